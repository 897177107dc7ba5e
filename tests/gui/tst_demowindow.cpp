#include "guitesthelpers.h"
#include "resulttext.h"

#include "gui/demobanner.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/warehousespage.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/demoenvironment.h"
#include "sync/synchistoryservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <csignal>

using namespace posbridge;
using namespace Qt::StringLiterals;
using posbridge::testing::child;
using posbridge::testing::errorText;

// The window as `posbridge --demo` opens it: a real sandbox, demo database and keychain.
class TestDemoWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensDemoStoreFilledIn();
    void titleAndBannerSayDemo();
    void helpMenuShowsCredentials();
    void stoppedSandboxShowsWarning();

private:
    QTemporaryDir m_folder;
    KeychainSecretStore m_secrets;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<SyncHistoryService> m_history;
    std::unique_ptr<CsvExportService> m_exports;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<MainWindow> m_window;
};

void TestDemoWindow::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_demo = std::make_unique<DemoEnvironment>(&m_secrets);
    DemoOptions options;
    options.databasePath = m_folder.filePath(u"demo.sqlite"_s);
    options.logPath = m_folder.filePath(u"sandbox.log"_s);
    options.sandboxArguments = {u"--items"_s, u"30"_s, u"--days"_s, u"1"_s};
    auto started = m_demo->start(options);
    QVERIFY2(started.ok(), errorText(started).constData());

    m_executor = std::make_shared<DatabaseExecutor>(*started);
    m_companies = std::make_unique<CompanyService>(m_executor, &m_secrets);
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, m_secrets, *m_registry);
    m_history = std::make_unique<SyncHistoryService>(m_executor);
    m_exports = std::make_unique<CsvExportService>(m_executor);
    m_window = std::make_unique<MainWindow>(
        MainWindowServices{m_companies.get(), m_connections.get(), m_history.get(), m_exports.get()});
    m_window->setDemo(m_demo->info());
    QSignalSpy loaded(m_window->settingsPage(), &SettingsPage::loaded);
    m_window->show();
    m_window->start(m_demo->info().companyId);
    QTRY_VERIFY(m_window->settingsPage()->isLoaded() && !m_window->settingsPage()->isBusy());
}

void TestDemoWindow::cleanupTestCase()
{
    m_window.reset();
    m_connections.reset();
    m_registry.reset();
    m_companies.reset();
    m_executor.reset();
    m_demo.reset();
}

void TestDemoWindow::opensDemoStoreFilledIn()
{
    QCOMPARE(m_window->currentCompanyId(), m_demo->info().companyId);
    SettingsPage *page = m_window->settingsPage();
    QVERIFY2(page->isValid(), qPrintable(page->issues().values().join(u"; "_s)));
    QVERIFY(!page->isDirty());
    QVERIFY(child<QCheckBox>(page, "posEnabledCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), u"posbridge-demo"_s);
    QCOMPARE(page->currentClientSecret(), u"posbridge-demo-secret-6f1c2a"_s);
    QCOMPARE(child<QComboBox>(page, "shopNameCombo")->currentText(), u"Downtown"_s);
    QCOMPARE(child<QLineEdit>(page, "redirectUriEdit")->text(), u"https://localhost/posbridge/callback"_s);
    QCOMPARE(child<QLineEdit>(page, "tokenUrlEdit")->text(), m_demo->info().sandboxUrl + u"/auth/oauth/token"_s);
    QCOMPARE(child<QComboBox>(page, "returnsWarehouseCombo")->currentText(), u"Returns"_s);
    QCOMPARE(child<QComboBox>(page, "sellingWarehouseCombo")->currentText(), u"Main Store"_s);
    QVERIFY(!child<QCheckBox>(page, "orderDownloadCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(page, "inventoryUploadCheck")->isChecked());
    QTRY_COMPARE(m_window->warehousesPage()->warehouseCount(), 2);
}

void TestDemoWindow::titleAndBannerSayDemo()
{
    QVERIFY(m_window->isDemo());
    QCOMPARE(m_window->windowTitle(), u"Demo Store (Demo) — POS Bridge[*]"_s);
    DemoBanner *banner = m_window->demoBanner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    for (const QString &part : {m_demo->info().loginEmail, m_demo->info().loginPassword, m_demo->info().sandboxUrl,
                                m_demo->info().databasePath})
        QVERIFY2(banner->text().contains(part), qPrintable(part));
    QVERIFY(child<QLabel>(m_window.get(), "demoStatusLabel")->isVisible());
}

void TestDemoWindow::helpMenuShowsCredentials()
{
    auto *action = child<QAction>(m_window.get(), "actionDemoCredentials");
    QVERIFY(child<QMenu>(m_window.get(), "helpMenu")->actions().contains(action));
    action->trigger();
    auto *dialog = m_window->findChild<QDialog *>(u"DemoCredentialsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), m_demo->info().loginEmail);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), m_demo->info().loginPassword);
    QCOMPARE(child<QLineEdit>(dialog, "sandboxEdit")->text(), m_demo->info().sandboxUrl);

    // A second request raises the same window rather than opening another.
    action->trigger();
    QCOMPARE(m_window->findChildren<QDialog *>(u"DemoCredentialsDialog"_s).size(), 1);
    dialog->close();
}

void TestDemoWindow::stoppedSandboxShowsWarning()
{
    DemoBanner *banner = m_window->demoBanner();
    child<QToolButton>(banner, "closeButton")->click();
    QVERIFY(!banner->isVisible());
    QObject::connect(m_demo.get(), &DemoEnvironment::sandboxStopped, m_window.get(),
                     &MainWindow::showDemoSandboxStopped);
    QSignalSpy stopped(m_demo.get(), &DemoEnvironment::sandboxStopped);
    QVERIFY(::kill(static_cast<pid_t>(m_demo->sandboxProcessId()), SIGKILL) == 0);
    QVERIFY(stopped.wait(5000));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"killed"_s), qPrintable(banner->text()));
}

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
