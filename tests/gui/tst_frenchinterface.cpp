// Starts the interface in French as a French-speaking user would see it: POS Bridge's own texts,
// Qt's standard buttons, plural forms, and dates and numbers in the French locale.

#include "guitesthelpers.h"

#include "core/decimal.h"
#include "gui/aboutdialog.h"
#include "gui/displayformat.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/translations.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;
using posbridge::testing::answerNextInput;
using posbridge::testing::child;

namespace {

// The services of the main window over a database file, with secrets kept in memory.
struct FrenchApp
{
    std::shared_ptr<Database> database;
    std::shared_ptr<DatabaseExecutor> executor;
    MemorySecretStore secrets;
    std::unique_ptr<CompanyService> companies;
    std::unique_ptr<SyncHistoryService> history;
    std::unique_ptr<CsvExportService> exports;
    ConnectionRegistry registry;
    std::unique_ptr<ConnectionManager> connections;
    std::unique_ptr<MainWindow> window;

    explicit FrenchApp(const QString &path)
    {
        auto opened = Database::open({path});
        if (!opened)
            qFatal("cannot open database: %s", qPrintable(opened.error().toLogString()));
        database = *opened;
        executor = std::make_shared<DatabaseExecutor>(database);
        companies = std::make_unique<CompanyService>(executor, &secrets);
        connections = std::make_unique<ConnectionManager>(executor, secrets, registry);
        history = std::make_unique<SyncHistoryService>(executor);
        exports = std::make_unique<CsvExportService>(executor);
        window = std::make_unique<MainWindow>(
            MainWindowServices{companies.get(), connections.get(), history.get(), exports.get()});
        window->show();
        window->start();
    }

    ~FrenchApp()
    {
        window.reset();
        exports.reset();
        history.reset();
        connections.reset();
        companies.reset();
        executor.reset();
        database.reset();
    }
};

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

class TestFrenchInterface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowShowsFrench();
    void settingsSuffixesFollowCount();
    void qtStandardButtonsInFrench();
    void pluralFormsChosenByCount();
    void datesAndNumbersFormattedInFrench();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FrenchApp> m_app;
};

void TestFrenchInterface::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // What View › Language › Français stores; the system locale of the test machine does not matter.
    Translations::setPreferredLanguage(u"fr"_s);
    QCOMPARE(Translations::install(*qApp), u"fr"_s);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_app = std::make_unique<FrenchApp>(m_dir->filePath(u"french.sqlite"_s));
    answerNextInput(u"Épicerie Dupré"_s);
    child<QPushButton>(m_app->window.get(), "addCompanyButton")->click();
    QTRY_VERIFY(m_app->window->currentCompanyId() != 0);
    QTRY_VERIFY(m_app->window->settingsPage()->isLoaded());
}

void TestFrenchInterface::cleanupTestCase()
{
    m_app.reset();
    m_dir.reset();
    Translations::setPreferredLanguage({});
}

void TestFrenchInterface::mainWindowShowsFrench()
{
    MainWindow *window = m_app->window.get();
    QCOMPARE(child<QMenu>(window, "fileMenu")->title(), u"&Fichier"_s);
    QCOMPARE(child<QMenu>(window, "helpMenu")->title(), u"A&ide"_s);
    QCOMPARE(withoutMnemonic(child<QPushButton>(window, "addCompanyButton")->text()), u"Ajouter…"_s);

    SettingsPage *page = window->settingsPage();
    auto *tabs = child<QTabWidget>(window, "companyTabs");
    QCOMPARE(withoutMnemonic(tabs->tabText(tabs->indexOf(page))), u"Paramètres généraux"_s);
    QCOMPARE(withoutMnemonic(child<QLabel>(page, "shopNameLabel")->text()), u"Nom de la boutique\u00a0:"_s);
    QCOMPARE(child<QLabel>(page, "authTokenLabel")->text(), u"Jeton d'accès\u00a0:"_s);
}

void TestFrenchInterface::settingsSuffixesFollowCount()
{
    auto *buffer = child<QSpinBox>(m_app->window->settingsPage(), "safetyBufferSpin");
    buffer->setValue(1);
    QCOMPARE(buffer->suffix(), u" unité"_s);
    buffer->setValue(3);
    QCOMPARE(buffer->suffix(), u" unités"_s);
    buffer->setValue(0);
    QCOMPARE(buffer->suffix(), u" unité"_s);
}

void TestFrenchInterface::qtStandardButtonsInFrench()
{
    // These texts come from Qt's own catalogue (qtbase_fr.qm), not from POS Bridge's.
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Cancel);
    QCOMPARE(withoutMnemonic(box.button(QMessageBox::Cancel)->text()), u"Annuler"_s);
    QCOMPARE(withoutMnemonic(box.button(QMessageBox::Save)->text()), u"Enregistrer"_s);

    AboutDialog about(m_app->window.get());
    QCOMPARE(about.windowTitle(), u"À propos de POS Bridge"_s);
    auto *buttons = child<QDialogButtonBox>(&about, "buttonBox");
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Close)->text()), u"Fermer"_s);
}

void TestFrenchInterface::pluralFormsChosenByCount()
{
    // French uses the singular for 0 and 1.
    const auto orders = [](int n) {
        return QCoreApplication::translate("posbridge::OrdersPage", "%n order(s)", nullptr, n);
    };
    QCOMPARE(orders(0), u"0 commande"_s);
    QCOMPARE(orders(1), u"1 commande"_s);
    QCOMPARE(orders(2), u"2 commandes"_s);
}

void TestFrenchInterface::datesAndNumbersFormattedInFrench()
{
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(moneyText(*Decimal::parse(u"1234.5")), u"1234,50"_s);
    QCOMPARE(decimalText(*Decimal::parse(u"0.25")), u"0,25"_s);
    const QDateTime time(QDate(2026, 12, 4), QTime(15, 7, 9));
    QCOMPARE(localDateTimeText(time), u"04/12/2026 15:07:09"_s);
    QCOMPARE(QLocale().toString(time.date(), u"d MMMM yyyy"_s), u"4 décembre 2026"_s);
}

QTEST_MAIN(TestFrenchInterface)
#include "tst_frenchinterface.moc"
