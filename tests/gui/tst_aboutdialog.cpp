#include "guitesthelpers.h"

#include "gui/aboutdialog.h"
#include "gui/applicationicon.h"
#include "gui/mainwindow.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace posbridge;
using posbridge::testing::child;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsProjectVersion();
    void showsBuildAndRuntimeQtVersions();
    void showsApplicationIcon();
    void listsLibraryLicences_data();
    void listsLibraryLicences();
    void applicationIconHasEverySize();
    void helpMenuOpensAboutDialog();
};

void TestAboutDialog::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestAboutDialog::showsProjectVersion()
{
    AboutDialog dialog;

    QCOMPARE(child<QLabel>(&dialog, "versionLabel")->text(), QStringLiteral("Version " POSBRIDGE_VERSION));
}

void TestAboutDialog::showsBuildAndRuntimeQtVersions()
{
    AboutDialog dialog;

    const QString text = child<QLabel>(&dialog, "qtVersionLabel")->text();
    QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void TestAboutDialog::showsApplicationIcon()
{
    AboutDialog dialog;

    const QPixmap pixmap = child<QLabel>(&dialog, "iconLabel")->pixmap();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(64, 64));
}

void TestAboutDialog::listsLibraryLicences_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("licence");

    QTest::newRow("Qt") << QStringLiteral("Qt 6") << QStringLiteral("LGPL version 3");
    QTest::newRow("Qt WebEngine") << QStringLiteral("Qt WebEngine (Chromium)") << QStringLiteral("BSD-3-Clause");
    QTest::newRow("QtKeychain") << QStringLiteral("QtKeychain") << QStringLiteral("BSD-3-Clause");
    QTest::newRow("SQLite") << QStringLiteral("SQLite") << QStringLiteral("Public domain");
    QTest::newRow("OpenSSL") << QStringLiteral("OpenSSL 3") << QStringLiteral("Apache License 2.0");
    QTest::newRow("Qt Charts") << QStringLiteral("Qt Charts") << QStringLiteral("GPL version 3");
    QTest::newRow("Qt HTTP Server") << QStringLiteral("Qt HTTP Server (in posbridge-sandbox)")
                                    << QStringLiteral("GPL version 3");
    QTest::newRow("libsecret") << QStringLiteral("libsecret") << QStringLiteral("LGPL version 2.1 or later");
    QTest::newRow("GLib") << QStringLiteral("GLib") << QStringLiteral("LGPL version 2.1 or later");
}

void TestAboutDialog::listsLibraryLicences()
{
    QFETCH(QString, library);
    QFETCH(QString, licence);
    AboutDialog dialog;
    auto *tree = child<QTreeWidget>(&dialog, "licenceTree");

    const QList<QTreeWidgetItem *> rows = tree->findItems(library, Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first()->text(1).contains(licence), qPrintable(rows.first()->text(1)));
}

void TestAboutDialog::applicationIconHasEverySize()
{
    const QList<QSize> sizes = applicationIcon().availableSizes();

    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QStringLiteral("missing %1 px").arg(size)));
}

void TestAboutDialog::helpMenuOpensAboutDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::open({dir.filePath(QStringLiteral("about.sqlite"))});
    QVERIFY2(static_cast<bool>(database), qPrintable(database ? QString() : database.error().toLogString()));
    auto executor = std::make_shared<DatabaseExecutor>(*database);
    MemorySecretStore secrets;
    CompanyService companies(executor, &secrets);
    SyncHistoryService history(executor);
    CsvExportService exports(executor);
    ConnectionRegistry registry;
    ConnectionManager connections(executor, secrets, registry);
    MainWindow window({&companies, &connections, &history, &exports});
    window.show();

    QString openedTitle;
    QString openedVersion;
    posbridge::testing::onNextModal([&](QWidget *modal) {
        openedTitle = modal->windowTitle();
        if (auto *dialog = qobject_cast<AboutDialog *>(modal))
            openedVersion = child<QLabel>(dialog, "versionLabel")->text();
        modal->close();
    });
    child<QAction>(&window, "actionAbout")->trigger();

    QCOMPARE(openedTitle, QStringLiteral("About POS Bridge"));
    QCOMPARE(openedVersion, QStringLiteral("Version " POSBRIDGE_VERSION));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
