#include "guitesthelpers.h"

#include "gui/dashboardpage.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/translations.h"
#include "gui/warehousespage.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace posbridge;
using posbridge::testing::answerNextInput;
using posbridge::testing::answerNextMessage;
using posbridge::testing::answerNextMessageWithText;
using posbridge::testing::child;

namespace {

const QString CLIENT_SECRET = QStringLiteral("Sécret-0f9e8d7c6b5a4938271605f4e3d2c1b0");

// One running application over a database file: what a restart rebuilds.
struct AppUnderTest
{
    std::shared_ptr<Database> database;
    std::shared_ptr<DatabaseExecutor> executor;
    std::unique_ptr<KeychainSecretStore> secrets;
    std::unique_ptr<CompanyService> companies;
    std::unique_ptr<SyncHistoryService> history;
    std::unique_ptr<CsvExportService> exports;
    std::unique_ptr<ConnectionRegistry> registry;
    std::unique_ptr<ConnectionManager> connections;
    std::unique_ptr<MainWindow> window;

    explicit AppUnderTest(const QString &path)
    {
        auto opened = Database::open({path});
        if (!opened)
            qFatal("cannot open database: %s", qPrintable(opened.error().toLogString()));
        database = *opened;
        executor = std::make_shared<DatabaseExecutor>(database);
        secrets = std::make_unique<KeychainSecretStore>();
        companies = std::make_unique<CompanyService>(executor, secrets.get());
        registry = std::make_unique<ConnectionRegistry>();
        connections = std::make_unique<ConnectionManager>(executor, *secrets, *registry);
        history = std::make_unique<SyncHistoryService>(executor);
        exports = std::make_unique<CsvExportService>(executor);
        window = std::make_unique<MainWindow>(
            MainWindowServices{companies.get(), connections.get(), history.get(), exports.get()});
        window->show();
        window->start();
    }

    ~AppUnderTest()
    {
        window.reset();
        exports.reset();
        history.reset();
        connections.reset();
        registry.reset();
        companies.reset();
        executor.reset();
        database.reset();
    }

    SettingsPage *page() const { return window->settingsPage(); }
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    posbridge::testing::typeText(edit, text);
}

void typeInto(QComboBox *combo, const QString &text)
{
    combo->lineEdit()->selectAll();
    QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
    posbridge::testing::typeText(combo->lineEdit(), text);
}

void chooseText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QByteArray readAllDatabaseFiles(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsRoundTripThroughWindow();
    void unsavedChangesPromptOnSwitch();
    void closingAsksAboutUnsavedChanges();
    void warehouseInUseRemovalRefused();
    void removingCompanyRemovesSecrets();
    void pendingActionsExplainThemselves();
    void reopensLastCompanyAndLanguageChoice();
    void dashboardIsFirstTab();
    void startAtLoginTogglesAutostartEntry();

private:
    void addCompanyThroughWindow(AppUnderTest &app, const QString &name);
    void addWarehouseThroughWindow(AppUnderTest &app, const QString &name);
    void fillValidForm(AppUnderTest &app);
    QString dbPath() const { return m_dir->filePath(QStringLiteral("gui.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    // Closing a window in one test must not quit the event loops of the next.
    QApplication::setQuitOnLastWindowClosed(false);
    // Window geometry, last company and language go to a test-only settings file.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::addCompanyThroughWindow(AppUnderTest &app, const QString &name)
{
    const qint64 before = app.window->currentCompanyId();
    answerNextInput(name);
    child<QPushButton>(app.window.get(), "addCompanyButton")->click();
    QTRY_VERIFY(app.window->currentCompanyId() != 0 && app.window->currentCompanyId() != before);
    QTRY_VERIFY(app.page()->isLoaded());
}

void TestMainWindow::addWarehouseThroughWindow(AppUnderTest &app, const QString &name)
{
    const int before = app.window->warehousesPage()->warehouseCount();
    answerNextInput(name);
    child<QPushButton>(app.window->warehousesPage(), "addButton")->click();
    QTRY_COMPARE(app.window->warehousesPage()->warehouseCount(), before + 1);
}

void TestMainWindow::fillValidForm(AppUnderTest &app)
{
    SettingsPage *page = app.page();
    child<QCheckBox>(page, "posEnabledCheck")->setChecked(true);
    typeInto(child<QLineEdit>(page, "clientIdEdit"), QStringLiteral("client-abc"));
    typeInto(child<QLineEdit>(page, "clientSecretEdit"), CLIENT_SECRET);
    typeInto(child<QLineEdit>(page, "redirectUriEdit"), QStringLiteral("https://example.com/cb"));
    QTRY_VERIFY(page->isValid());
}

void TestMainWindow::settingsRoundTripThroughWindow()
{
    {
        AppUnderTest app(dbPath());
        addCompanyThroughWindow(app, QStringLiteral("Acme Détail"));
        addWarehouseThroughWindow(app, QStringLiteral("Main Store"));
        addWarehouseThroughWindow(app, QStringLiteral("Returns Room"));

        SettingsPage *page = app.page();
        auto *save = child<QPushButton>(page, "saveButton");
        QVERIFY(!save->isEnabled());
        QTRY_COMPARE(child<QComboBox>(page, "returnsWarehouseCombo")->count(), 3);

        // Switching POS on requires Client ID, Client Secret and Redirect URI.
        child<QCheckBox>(page, "posEnabledCheck")->setChecked(true);
        QVERIFY(page->isDirty());
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(page, "clientIdIssue")->isVisible());

        typeInto(child<QLineEdit>(page, "clientIdEdit"), QStringLiteral("3f2c1a9b8e7d"));
        typeInto(child<QLineEdit>(page, "clientSecretEdit"), CLIENT_SECRET);
        typeInto(child<QLineEdit>(page, "accountIdEdit"), QStringLiteral("12a"));
        typeInto(child<QComboBox>(page, "shopNameCombo"), QStringLiteral("Café Zoë"));
        typeInto(child<QComboBox>(page, "employeeCombo"), QStringLiteral("7"));
        typeInto(child<QLineEdit>(page, "redirectUriEdit"), QStringLiteral("http://backoffice.example.com/cb"));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(page, "accountIdIssue")->isVisible());
        QVERIFY(child<QLabel>(page, "redirectUriIssue")->isVisible());
        QVERIFY(child<QLabel>(page, "redirectUriIssue")->text().contains(QStringLiteral("https")));

        typeInto(child<QLineEdit>(page, "accountIdEdit"), QStringLiteral("123456"));
        typeInto(child<QLineEdit>(page, "redirectUriEdit"), QStringLiteral("https://backoffice.example.com/cb"));
        chooseText(child<QComboBox>(page, "returnsWarehouseCombo"), QStringLiteral("Returns Room"));
        QVERIFY2(page->isValid(), qPrintable(page->issues().values().join(u'\n')));
        QVERIFY(save->isEnabled());

        // Order download needs a fetched token, which this company does not have.
        child<QCheckBox>(page, "orderDownloadCheck")->setChecked(true);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(page, "orderDownloadIssue")->text().contains(QStringLiteral("Fetch Token")));
        child<QCheckBox>(page, "orderDownloadCheck")->setChecked(false);
        QVERIFY(save->isEnabled());

        // Sync options and Advanced.
        chooseText(child<QComboBox>(page, "sellingWarehouseCombo"), QStringLiteral("Main Store"));
        child<QSpinBox>(page, "safetyBufferSpin")->setValue(3);
        child<QSpinBox>(page, "orderIntervalSpin")->setValue(45);
        child<QSpinBox>(page, "inventoryIntervalSpin")->setValue(240);
        child<QSpinBox>(page, "postingIntervalSpin")->setValue(20);
        child<QSpinBox>(page, "reconciliationIntervalSpin")->setValue(12);
        child<QSpinBox>(page, "historyRetentionSpin")->setValue(90);
        auto *skuList = child<QListWidget>(page, "skuOrderList");
        skuList->item(3)->setCheckState(Qt::Checked); // manufacturer SKU
        skuList->setCurrentRow(3);
        child<QToolButton>(page, "skuUpButton")->click();
        typeInto(child<QLineEdit>(page, "apiBaseUrlEdit"), QStringLiteral("http://127.0.0.1:9/API/V3"));
        typeInto(child<QLineEdit>(page, "scopesEdit"), QStringLiteral("employee:all"));
        QVERIFY2(page->isValid(), qPrintable(page->issues().values().join(u'\n')));

        QSignalSpy saved(page, &SettingsPage::saved);
        save->click();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!page->isDirty());
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QLabel>(page, "unsavedLabel")->isVisible());
    }

    // A new window over the same database and keychain finds every value back.
    AppUnderTest app(dbPath());
    QTRY_VERIFY(app.page()->isLoaded());
    SettingsPage *page = app.page();
    QVERIFY(child<QCheckBox>(page, "posEnabledCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), QStringLiteral("3f2c1a9b8e7d"));
    QCOMPARE(child<QLineEdit>(page, "clientSecretEdit")->text(), CLIENT_SECRET);
    QCOMPARE(child<QLineEdit>(page, "clientSecretEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(page, "accountIdEdit")->text(), QStringLiteral("123456"));
    QCOMPARE(child<QComboBox>(page, "shopNameCombo")->currentText(), QStringLiteral("Café Zoë"));
    QCOMPARE(child<QComboBox>(page, "employeeCombo")->currentText(), QStringLiteral("7"));
    QCOMPARE(child<QLineEdit>(page, "redirectUriEdit")->text(), QStringLiteral("https://backoffice.example.com/cb"));
    QVERIFY(child<QLineEdit>(page, "authTokenEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(page, "authTokenEdit")->isReadOnly());
    QCOMPARE(child<QComboBox>(page, "returnsWarehouseCombo")->currentText(), QStringLiteral("Returns Room"));
    QCOMPARE(child<QComboBox>(page, "sellingWarehouseCombo")->currentText(), QStringLiteral("Main Store"));
    QVERIFY(!child<QCheckBox>(page, "orderDownloadCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(page, "inventoryUploadCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(page, "safetyBufferSpin")->value(), 3);
    QCOMPARE(child<QSpinBox>(page, "orderIntervalSpin")->value(), 45);
    QCOMPARE(child<QSpinBox>(page, "inventoryIntervalSpin")->value(), 240);
    QCOMPARE(child<QSpinBox>(page, "postingIntervalSpin")->value(), 20);
    QCOMPARE(child<QSpinBox>(page, "reconciliationIntervalSpin")->value(), 12);
    QCOMPARE(child<QSpinBox>(page, "historyRetentionSpin")->value(), 90);
    const QList<SkuField> expectedOrder = {SkuField::CustomSku, SkuField::Upc, SkuField::ManufacturerSku,
                                           SkuField::Ean};
    QCOMPARE(page->currentSettings().skuMatchingOrder, expectedOrder);
    QCOMPARE(child<QLineEdit>(page, "apiBaseUrlEdit")->text(), QStringLiteral("http://127.0.0.1:9/API/V3"));
    QCOMPARE(child<QLineEdit>(page, "scopesEdit")->text(), QStringLiteral("employee:all"));
    QVERIFY(!page->isDirty());

    // The secret lives in the keychain only: not in the database file nor its journal.
    const QByteArray files = readAllDatabaseFiles(dbPath());
    QVERIFY(!files.isEmpty());
    QVERIFY(!files.contains(CLIENT_SECRET.toUtf8()));
    QVERIFY(
        !files.contains(QByteArray(reinterpret_cast<const char *>(CLIENT_SECRET.utf16()), CLIENT_SECRET.size() * 2)));
    QVERIFY(files.contains(QByteArrayLiteral("3f2c1a9b8e7d")));

    // Clean the keychain entry this test wrote.
    QVERIFY(app.secrets->removeCompany(app.database->uuid(), app.window->currentCompanyId()).result().ok());
}

void TestMainWindow::unsavedChangesPromptOnSwitch()
{
    AppUnderTest app(dbPath());
    addCompanyThroughWindow(app, QStringLiteral("First"));
    const qint64 first = app.window->currentCompanyId();
    addCompanyThroughWindow(app, QStringLiteral("Second"));
    const qint64 second = app.window->currentCompanyId();
    QVERIFY(first != second);

    SettingsPage *page = app.page();
    typeInto(child<QLineEdit>(page, "clientIdEdit"), QStringLiteral("unsaved-id"));
    QVERIFY(page->isDirty());
    QVERIFY(app.window->isWindowModified());

    auto *list = child<QListView>(app.window.get(), "companyList");
    const QModelIndex firstIndex = list->model()->index(0, 0);

    // Cancel keeps the company and the edit.
    answerNextMessage(QMessageBox::Cancel);
    list->setCurrentIndex(firstIndex);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(app.window->currentCompanyId(), second);
    QCOMPARE(child<QLineEdit>(page, "clientIdEdit")->text(), QStringLiteral("unsaved-id"));

    // Discard switches and drops the edit.
    answerNextMessage(QMessageBox::Discard);
    list->setCurrentIndex(firstIndex);
    QTRY_COMPARE(app.window->currentCompanyId(), first);
    QTRY_VERIFY(page->isLoaded());
    QVERIFY(!page->isDirty());
    QVERIFY(child<QLineEdit>(page, "clientIdEdit")->text().isEmpty());
}

void TestMainWindow::closingAsksAboutUnsavedChanges()
{
    AppUnderTest app(dbPath());
    addCompanyThroughWindow(app, QStringLiteral("Closing"));
    fillValidForm(app);

    answerNextMessage(QMessageBox::Cancel);
    app.window->close();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(app.window->isVisible());

    // Save from the prompt, then the window closes.
    QSignalSpy saved(app.page(), &SettingsPage::saved);
    answerNextMessage(QMessageBox::Save);
    app.window->close();
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!app.window->isVisible());
    QVERIFY(app.secrets->removeCompany(app.database->uuid(), app.window->currentCompanyId()).result().ok());
}

void TestMainWindow::warehouseInUseRemovalRefused()
{
    AppUnderTest app(dbPath());
    addCompanyThroughWindow(app, QStringLiteral("Warehousing"));
    addWarehouseThroughWindow(app, QStringLiteral("Returns"));
    SettingsPage *page = app.page();
    QTRY_COMPARE(child<QComboBox>(page, "returnsWarehouseCombo")->count(), 2);
    chooseText(child<QComboBox>(page, "returnsWarehouseCombo"), QStringLiteral("Returns"));
    QSignalSpy saved(page, &SettingsPage::saved);
    child<QPushButton>(page, "saveButton")->click();
    QTRY_COMPARE(saved.count(), 1);

    WarehousesPage *warehouses = app.window->warehousesPage();
    auto *list = child<QListView>(warehouses, "warehouseList");
    list->setCurrentIndex(list->model()->index(0, 0));
    QString refusal;
    answerNextMessage(QMessageBox::Yes);
    child<QPushButton>(warehouses, "removeButton")->click();
    answerNextMessage(QMessageBox::Ok, &refusal);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("Returns Warehouse")), qPrintable(refusal));
    QCOMPARE(warehouses->warehouseCount(), 1);
}

void TestMainWindow::removingCompanyRemovesSecrets()
{
    AppUnderTest app(dbPath());
    addCompanyThroughWindow(app, QStringLiteral("Doomed"));
    const qint64 companyId = app.window->currentCompanyId();
    fillValidForm(app);
    QSignalSpy saved(app.page(), &SettingsPage::saved);
    child<QPushButton>(app.page(), "saveButton")->click();
    QTRY_COMPARE(saved.count(), 1);
    const SecretKey key{app.database->uuid(), companyId, SecretKind::ClientSecret};
    QCOMPARE(app.secrets->read(key).result().value(), std::optional<QString>(CLIENT_SECRET));

    answerNextMessageWithText(QStringLiteral("Remove"));
    child<QPushButton>(app.window.get(), "removeCompanyButton")->click();
    QTRY_COMPARE(app.window->currentCompanyId(), qint64(0));
    QTRY_VERIFY(!app.secrets->read(key).result().value().has_value());
    QCOMPARE(child<QListView>(app.window.get(), "companyList")->model()->rowCount(), 0);
}

void TestMainWindow::pendingActionsExplainThemselves()
{
    AppUnderTest app(dbPath());
    for (const char *name : {"actionSyncOrdersNow", "actionUploadInventoryNow", "actionPostProductsNow"}) {
        auto *action = child<QAction>(app.window.get(), name);
        QVERIFY2(!action->toolTip().isEmpty(), name);
    }
}

void TestMainWindow::reopensLastCompanyAndLanguageChoice()
{
    qint64 second = 0;
    QSize savedSize;
    {
        AppUnderTest app(dbPath());
        addCompanyThroughWindow(app, QStringLiteral("Alpha"));
        addCompanyThroughWindow(app, QStringLiteral("Beta"));
        second = app.window->currentCompanyId();
        app.window->resize(app.window->width() + 37, app.window->height() + 23);
        savedSize = app.window->size();
        app.window->close();

        answerNextMessage(QMessageBox::Ok);
        child<QAction>(app.window.get(), "languageAction_fr")->trigger();
        QCOMPARE(Translations::preferredLanguage(), QStringLiteral("fr"));
    }
    AppUnderTest app(dbPath());
    QTRY_COMPARE(app.window->currentCompanyId(), second);
    QCOMPARE(app.window->size(), savedSize);
    QVERIFY(child<QAction>(app.window.get(), "languageAction_fr")->isChecked());
    Translations::setPreferredLanguage({});
}

void TestMainWindow::dashboardIsFirstTab()
{
    AppUnderTest app(dbPath());
    auto *tabs = child<QTabWidget>(app.window.get(), "companyTabs");
    QCOMPARE(tabs->widget(0), app.window->dashboardPage());
    QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Dashboard"));
    // A new company is set up in the General Settings, so that tab opens.
    QCOMPARE(tabs->currentWidget(), app.window->settingsPage());
}

void TestMainWindow::startAtLoginTogglesAutostartEntry()
{
    QTemporaryDir configHome;
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
    {
        AppUnderTest app(dbPath());
        auto *action = child<QAction>(app.window.get(), "actionStartAtLogin");
        const QString entry = configHome.filePath(QStringLiteral("autostart/" POSBRIDGE_APP_ID ".desktop"));
        QVERIFY(!action->isChecked());

        action->trigger();
        QVERIFY(QFile::exists(entry));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(" --minimized\n"));

        action->trigger();
        QVERIFY(!QFile::exists(entry));
    }
    qputenv("XDG_CONFIG_HOME", previous);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
