#include "guitesthelpers.h"

#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using posbridge::testing::child;

// The form on a machine without a Secret Service: it says so with the fix, keeps what the
// admin typed, and saves nothing.
class TestNoKeychainForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formExplainsAndSavesNothing();
};

void TestNoKeychainForm::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/posbridge-no-bus");
    qunsetenv("DISPLAY");
}

void TestNoKeychainForm::formExplainsAndSavesNothing()
{
    QTemporaryDir dir;
    auto database = Database::open({dir.filePath(QStringLiteral("nokeychain.sqlite"))});
    QVERIFY(database.ok());
    auto executor = std::make_shared<DatabaseExecutor>(*database);
    KeychainSecretStore secrets;
    CompanyService companies(executor, &secrets);
    QVERIFY(companies.addCompany(QStringLiteral("Offline")).result().ok());

    ConnectionRegistry registry;
    ConnectionManager connections(executor, secrets, registry);
    SyncHistoryService history(executor);
    CsvExportService exports(executor);
    MainWindow window({&companies, &connections, &history, &exports});
    window.show();
    window.start();
    SettingsPage *page = window.settingsPage();
    QTRY_VERIFY(page->isLoaded());

    auto *banner = child<QLabel>(page, "bannerText");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Secret Service")), qPrintable(banner->text()));

    child<QCheckBox>(page, "posEnabledCheck")->setChecked(true);
    child<QLineEdit>(page, "clientIdEdit")->setText(QStringLiteral("typed-client"));
    child<QLineEdit>(page, "clientSecretEdit")->setText(QStringLiteral("typed-secret"));
    child<QLineEdit>(page, "redirectUriEdit")->setText(QStringLiteral("https://example.com/cb"));
    QVERIFY(page->isValid());

    QSignalSpy failed(page, &SettingsPage::saveFailed);
    child<QPushButton>(page, "saveButton")->click();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("GNOME Keyring")));
    QVERIFY(banner->text().contains(QStringLiteral("Secret Service")));

    // What the admin typed is still there, and still unsaved.
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), QStringLiteral("typed-client"));
    QCOMPARE(child<QLineEdit>(page, "clientSecretEdit")->text(), QStringLiteral("typed-secret"));
    QVERIFY(page->isDirty());
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());

    // Nothing reached the database.
    const int rows = executor
                         ->run([](Database &db) {
                             QSqlQuery query(db.connection());
                             query.exec(QStringLiteral("SELECT COUNT(*) FROM integration_settings"));
                             return query.next() ? query.value(0).toInt() : -1;
                         })
                         .result();
    QCOMPARE(rows, 0);
}

QTEST_MAIN(TestNoKeychainForm)
#include "tst_nokeychainform.moc"
