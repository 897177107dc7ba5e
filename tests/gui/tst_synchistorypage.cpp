#include "backofficeseed.h"
#include "csvtestreader.h"
#include "guitesthelpers.h"

#include "core/clock.h"
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "gui/orderlinesmodel.h"
#include "gui/ordersmodel.h"
#include "gui/orderspage.h"
#include "gui/returnsmodel.h"
#include "gui/synceventsmodel.h"
#include "gui/synchistorypage.h"
#include "gui/syncrunsmodel.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/synchistoryrepository.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportkinds.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

namespace {

constexpr int ACME_RUNS = 3;
constexpr int FAILED_EVENTS = 2;

// The application over one database file, with the keychain replaced by memory.
struct AppUnderTest
{
    std::shared_ptr<Database> database;
    std::shared_ptr<DatabaseExecutor> executor;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<CompanyService> companies;
    std::unique_ptr<SyncHistoryService> history;
    std::unique_ptr<CsvExportService> exports;
    std::unique_ptr<ConnectionRegistry> registry;
    std::unique_ptr<ConnectionManager> connections;
    std::unique_ptr<MainWindow> window;

    AppUnderTest(std::shared_ptr<Database> db, qint64 companyId)
        : database(std::move(db))
    {
        executor = std::make_shared<DatabaseExecutor>(database);
        secrets = std::make_unique<MemorySecretStore>();
        companies = std::make_unique<CompanyService>(executor, secrets.get());
        history = std::make_unique<SyncHistoryService>(executor);
        exports = std::make_unique<CsvExportService>(executor);
        registry = std::make_unique<ConnectionRegistry>();
        connections = std::make_unique<ConnectionManager>(executor, *secrets, *registry);
        window = std::make_unique<MainWindow>(
            MainWindowServices{companies.get(), connections.get(), history.get(), exports.get()});
        window->show();
        window->start(companyId);
    }

    ~AppUnderTest()
    {
        window.reset();
        exports.reset();
        history.reset();
        companies.reset();
        executor.reset();
    }

    SyncHistoryPage *historyPage() const { return window->syncHistoryPage(); }
};

} // namespace

class TestSyncHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyTabShowsSelectedCompany();
    void selectingRunShowsItsEvents();
    void retryReleasesHoldsAndRequestsRun();
    void newRunAppearsWhenEngineReports();
    void ordersTabShowsLinesAndUnknownItems();
    void exportDialogWritesChosenData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    SeededCompany m_acme;
    SeededCompany m_globex;
    qint64 m_partialRun = 0;
    QDateTime m_start;
};

void TestSyncHistoryPage::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestSyncHistoryPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("page.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    QSqlDatabase c = m_db->connection();
    m_acme = seedCompany(c, QStringLiteral("Acme"));
    m_globex = seedCompany(c, QStringLiteral("Globex"));

    m_start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    ManualClock clock(m_start);
    SyncHistoryRepository history(c, clock);
    for (int i = 0; i < ACME_RUNS; ++i) {
        const auto run = history.startRun(m_acme.id, SyncJob::InventoryUpload, RunTrigger::Schedule);
        if (i == 1) {
            m_partialRun = *run;
            QList<SyncEvent> events;
            for (int e = 0; e < FAILED_EVENTS; ++e) {
                SyncEvent event;
                event.level = EventLevel::Error;
                event.entity = QStringLiteral("itemShop");
                event.lightspeedId = QString::number(900 + e);
                event.httpStatus = 422;
                event.message = QStringLiteral("Rejected quantity");
                events << event;
            }
            const auto ids = history.addEvents(*run, events);
            QVERIFY(ids.ok());
            for (int e = 0; e < FAILED_EVENTS; ++e)
                QVERIFY(history
                            .hold(m_acme.id, SyncJob::InventoryUpload, QStringLiteral("item:%1").arg(900 + e),
                                  ids->at(e), QStringLiteral("422"))
                            .ok());
        }
        clock.advanceMs(5000);
        QVERIFY(history
                    .finishRun(*run, i == 1 ? RunResult::Partial : RunResult::Succeeded, {5, 0, 3, 0, i == 1 ? 2 : 0},
                               Decimal::fromInt(4), {})
                    .ok());
        clock.advanceMs(60'000);
    }
    for (int i = 0; i < 2; ++i) {
        const auto run = history.startRun(m_globex.id, SyncJob::OrderDownload, RunTrigger::Manual);
        QVERIFY(history.finishRun(*run, RunResult::Succeeded, {}, {}, {}).ok());
    }

    importSale(c,
               sale(m_acme.id, 501, m_start,
                    {saleLine(1, 900, m_acme.productId, QStringLiteral("1"), QStringLiteral("9.5")),
                     saleLine(2, 31'337, 0, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("Mystery"))}),
               m_acme.booking);
    importSale(c,
               sale(m_acme.id, 502, m_start.addSecs(60),
                    {saleLine(1, 900, m_acme.productId, QStringLiteral("-1"), QStringLiteral("9.5"))}),
               m_acme.booking);
}

void TestSyncHistoryPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSyncHistoryPage::historyTabShowsSelectedCompany()
{
    AppUnderTest app(m_db, m_acme.id);
    auto *tabs = child<QTabWidget>(app.window.get(), "companyTabs");
    const int tab = tabs->indexOf(app.historyPage());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab).remove(u'&'), QStringLiteral("Sync History"));
    tabs->setCurrentIndex(tab);

    SyncRunsModel *runs = app.historyPage()->runsModel();
    QTRY_COMPARE(runs->rowCount(), ACME_RUNS);
    for (int row = 0; row < runs->rowCount(); ++row)
        QCOMPARE(runs->runAt(row)->companyId, m_acme.id);
    QTRY_COMPARE(runs->index(0, SyncRunsModel::CompanyColumn).data().toString(), QStringLiteral("Acme"));
    auto *companyCombo = child<QComboBox>(app.historyPage(), "companyCombo");
    QTRY_COMPARE(companyCombo->currentText(), QStringLiteral("Acme"));
    QTRY_VERIFY(child<QLabel>(app.historyPage(), "countLabel")->text().contains(QStringLiteral("3")));

    companyCombo->setCurrentIndex(companyCombo->findData(qint64(0)));
    QTRY_COMPARE(runs->rowCount(), ACME_RUNS + 2);

    // Selecting another company in the list shows its runs.
    auto *companyList = child<QListView>(app.window.get(), "companyList");
    companyList->setCurrentIndex(companyList->model()->index(1, 0));
    QTRY_COMPARE(app.window->currentCompanyId(), m_globex.id);
    QTRY_COMPARE(runs->rowCount(), 2);
    QCOMPARE(runs->runAt(0)->companyId, m_globex.id);
    QCOMPARE(companyCombo->currentText(), QStringLiteral("Globex"));

    auto *jobCombo = child<QComboBox>(app.historyPage(), "jobCombo");
    jobCombo->setCurrentIndex(jobCombo->findData(int(SyncJob::InventoryUpload)));
    QTRY_VERIFY(runs->filter().job == SyncJob::InventoryUpload);
    QTRY_VERIFY(runs->isComplete());
    QCOMPARE(runs->rowCount(), 0);
}

void TestSyncHistoryPage::selectingRunShowsItsEvents()
{
    AppUnderTest app(m_db, m_acme.id);
    SyncHistoryPage *page = app.historyPage();
    QTRY_COMPARE(page->runsModel()->rowCount(), ACME_RUNS);
    auto *retry = child<QPushButton>(page, "retryButton");
    QVERIFY(!retry->isEnabled());

    const int row = page->runsModel()->rowOfRun(m_partialRun);
    QVERIFY(row >= 0);
    page->selectRow(row);
    QCOMPARE(page->selectedRunId(), m_partialRun);
    QTRY_COMPARE(page->eventsModel()->rowCount(), FAILED_EVENTS);
    QCOMPARE(page->eventsModel()->runId(), m_partialRun);
    QCOMPARE(page->eventsModel()->index(0, SyncEventsModel::LightspeedIdColumn).data().toString(),
             QStringLiteral("900"));
    QCOMPARE(page->eventsModel()->index(0, SyncEventsModel::HttpStatusColumn).data().toString(), QStringLiteral("422"));
    QVERIFY(child<QLabel>(page, "runSummaryLabel")->text().contains(QStringLiteral("Inventory upload")));
    QVERIFY(retry->isEnabled());

    // A run without failures offers no retry.
    page->selectRow(row == 0 ? 1 : 0);
    QTRY_COMPARE(page->eventsModel()->rowCount(), 0);
    QVERIFY(!retry->isEnabled());
}

void TestSyncHistoryPage::retryReleasesHoldsAndRequestsRun()
{
    AppUnderTest app(m_db, m_acme.id);
    SyncHistoryPage *page = app.historyPage();
    QTRY_COMPARE(page->runsModel()->rowCount(), ACME_RUNS);
    page->selectRow(page->runsModel()->rowOfRun(m_partialRun));

    QSignalSpy requested(app.history.get(), &SyncHistoryService::retryRequested);
    QSignalSpy finished(page, &SyncHistoryPage::retryFinished);
    child<QPushButton>(page, "retryButton")->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_acme.id);
    QCOMPARE(requested.at(0).at(1).value<SyncJob>(), SyncJob::InventoryUpload);

    app.executor->waitForDone();
    QVERIFY(SyncHistoryRepository(m_db->connection()).heldKeys(m_acme.id, SyncJob::InventoryUpload)->isEmpty());
    QVERIFY2(child<QLabel>(page, "statusLabel")->text().contains(QStringLiteral("2")),
             qPrintable(child<QLabel>(page, "statusLabel")->text()));
}

void TestSyncHistoryPage::newRunAppearsWhenEngineReports()
{
    AppUnderTest app(m_db, m_acme.id);
    SyncHistoryPage *page = app.historyPage();
    QTRY_COMPARE(page->runsModel()->rowCount(), ACME_RUNS);

    // The engine records a run on its own connection and reports it.
    SyncHistoryRepository engineSide(m_db->connection());
    const auto run = engineSide.startRun(m_acme.id, SyncJob::OrderDownload, RunTrigger::Manual);
    QVERIFY(run.ok());
    app.history->notifyRunChanged(m_acme.id, *run);
    QTRY_COMPARE(page->runsModel()->rowCount(), ACME_RUNS + 1);
    QCOMPARE(page->runsModel()->runAt(0)->result, RunResult::Running);

    // Events of the selected running run appear as the engine records them.
    page->selectRow(0);
    QTRY_VERIFY(page->eventsModel()->isComplete());
    QCOMPARE(page->eventsModel()->rowCount(), 0);
    SyncEvent fetched;
    fetched.entity = QStringLiteral("sale");
    fetched.lightspeedId = QStringLiteral("8001");
    QVERIFY(engineSide.addEvents(*run, {fetched, fetched}).ok());
    app.history->notifyRunChanged(m_acme.id, *run);
    QTRY_COMPARE(page->eventsModel()->rowCount(), 2);

    QVERIFY(engineSide.finishRun(*run, RunResult::Failed, {}, {}, QStringLiteral("Network down")).ok());
    app.history->notifyRunChanged(m_acme.id, *run);
    QTRY_COMPARE(page->runsModel()->runAt(0)->result, RunResult::Failed);
    QCOMPARE(page->runsModel()->index(0, SyncRunsModel::MessageColumn).data().toString(),
             QStringLiteral("Network down"));
}

void TestSyncHistoryPage::ordersTabShowsLinesAndUnknownItems()
{
    AppUnderTest app(m_db, m_acme.id);
    OrdersPage *page = app.window->ordersPage();
    auto *tabs = child<QTabWidget>(app.window.get(), "companyTabs");
    QCOMPARE(tabs->tabText(tabs->indexOf(page)).remove(u'&'), QStringLiteral("Orders"));

    QTRY_COMPARE(page->ordersModel()->rowCount(), 2);
    QTRY_COMPARE(page->returnsModel()->rowCount(), 1);
    QCOMPARE(page->returnsModel()->index(0, ReturnsModel::WarehouseColumn).data().toString(),
             QStringLiteral("Returns"));

    const int unknownRow = page->ordersModel()->orderAt(0)->hasUnmatchedLines ? 0 : 1;
    page->selectOrderRow(unknownRow);
    QTRY_COMPARE(page->linesModel()->rowCount(), 2);
    QCOMPARE(page->linesModel()->index(1, OrderLinesModel::ItemIdColumn).data().toString(), QStringLiteral("31337"));
    QVERIFY(!page->linesModel()->index(1, OrderLinesModel::ProductColumn).data(Qt::BackgroundRole).isNull());
    QVERIFY(child<QLabel>(page, "orderSummaryLabel")->text().contains(QStringLiteral("501")));

    auto *search = child<QLineEdit>(page, "searchEdit");
    search->setText(QStringLiteral("T502"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(page->ordersModel()->filter().text, QStringLiteral("T502"));
    QTRY_VERIFY(page->ordersModel()->isComplete());
    QCOMPARE(page->ordersModel()->rowCount(), 1);
    QCOMPARE(page->ordersModel()->orderAt(0)->order.saleId, 502);
}

void TestSyncHistoryPage::exportDialogWritesChosenData()
{
    AppUnderTest app(m_db, m_acme.id);
    QTRY_COMPARE(app.historyPage()->runsModel()->rowCount(), ACME_RUNS);
    const QString file = m_dir->filePath(QStringLiteral("history export.csv"));

    onNextModal([file](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialog->selectKind(QString::fromUtf16(csvexportids::SYNC_RUNS));
        dialog->setFilePath(file);
        dialog->accept();
    });
    child<QAction>(app.window.get(), "actionExport")->trigger();
    QTRY_VERIFY(QFile::exists(file));

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    const QChar delimiter = bytes.contains(';') ? u';' : u',';
    const auto csv = parseCsv(bytes, delimiter);
    QVERIFY(csv.has_value());
    QVERIFY(csv->hadByteOrderMark);
    // The dialog starts on the selected company: its three runs and the header.
    QCOMPARE(csv->rows.size(), ACME_RUNS + 1);
    QCOMPARE(csv->rows[1][0], QStringLiteral("Acme"));
}

QTEST_MAIN(TestSyncHistoryPage)
#include "tst_synchistorypage.moc"
