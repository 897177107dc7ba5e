#include "backofficeseed.h"

#include "core/clock.h"
#include "gui/orderlinesmodel.h"
#include "gui/ordersmodel.h"
#include "gui/returnsmodel.h"
#include "gui/synceventsmodel.h"
#include "gui/syncrunsmodel.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/synchistoryrepository.h"
#include "storage/transaction.h"
#include "sync/synchistoryservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

namespace {

constexpr int ACME_RUNS = 45;
constexpr int GLOBEX_RUNS = 10;
constexpr int BIG_RUN_EVENTS = 25;
constexpr int ORDER_COUNT = 12;

/** Asks the model for pages, as a view scrolling to the end would, until the last one arrived. */
bool fetchAll(PagedTableModel *model)
{
    for (int guard = 0; guard < 1000; ++guard) {
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 5000))
            return false;
        if (model->isComplete())
            return true;
        if (!model->canFetchMore({}))
            return false;
        model->fetchMore({});
    }
    return false;
}

} // namespace

class TestHistoryModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runsModelLoadsPagesLazily();
    void runsModelDropsStalePages();
    void runsModelUpdatesALoadedRun();
    void eventsModelPagesOneRun();
    void ordersModelMarksCancelledAndUnknown();
    void orderLinesHighlightUnknownItems();
    void returnsModelShowsWarehouse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<SyncHistoryService> m_history;
    SeededCompany m_acme;
    SeededCompany m_globex;
    qint64 m_bigRun = 0;
    qint64 m_unknownOrderId = 0;
};

void TestHistoryModels::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("models.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    QSqlDatabase c = m_db->connection();
    m_acme = seedCompany(c, QStringLiteral("Acme"));
    m_globex = seedCompany(c, QStringLiteral("Globex"));

    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(6, 0), Qt::UTC));
    SyncHistoryRepository history(c, clock);
    Transaction transaction(c);
    for (int i = 0; i < ACME_RUNS + GLOBEX_RUNS; ++i) {
        clock.advanceMs(i % 3 == 0 ? 0 : 60'000);
        const qint64 company = i < ACME_RUNS ? m_acme.id : m_globex.id;
        const auto run =
            history.startRun(company, i % 2 ? SyncJob::OrderDownload : SyncJob::InventoryUpload, RunTrigger::Schedule);
        QVERIFY(run.ok());
        if (i == 7) {
            m_bigRun = *run;
            QList<SyncEvent> events;
            for (int e = 0; e < BIG_RUN_EVENTS; ++e) {
                SyncEvent event;
                event.level = e % 5 == 0 ? EventLevel::Error : EventLevel::Info;
                event.entity = QStringLiteral("item");
                event.lightspeedId = QString::number(1000 + e);
                event.httpStatus = e % 5 == 0 ? 422 : 200;
                event.message = QStringLiteral("Item %1").arg(e);
                events << event;
            }
            QVERIFY(history.addEvents(*run, events).ok());
        }
        QVERIFY(history
                    .finishRun(*run, i % 4 == 0 ? RunResult::Partial : RunResult::Succeeded, {3, 1, 1, 0, 1},
                               Decimal::fromInt(2), {})
                    .ok());
    }

    const QDateTime start(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= ORDER_COUNT; ++i) {
        QList<OrderLine> lines{saleLine(1, 900, m_acme.productId, QStringLiteral("1"), QStringLiteral("5"))};
        if (i % 4 == 0)
            lines << saleLine(2, 31'337, 0, QStringLiteral("2"), QStringLiteral("1.5"), QStringLiteral("Unknown"));
        if (i % 3 == 0)
            lines << saleLine(3, 900, m_acme.productId, QStringLiteral("-1"), QStringLiteral("5"));
        const qint64 orderId = importSale(c, sale(m_acme.id, 700 + i, start.addSecs(i * 60), lines), m_acme.booking);
        if (i % 4 == 0)
            m_unknownOrderId = orderId;
        if (i == 6)
            QVERIFY(*OrderRepository(c).cancelOrder(m_acme.id, 700 + i, start.addDays(1)));
    }
    QVERIFY(transaction.commit());

    m_executor = std::make_shared<DatabaseExecutor>(m_db);
    m_history = std::make_unique<SyncHistoryService>(m_executor);
}

void TestHistoryModels::cleanupTestCase()
{
    m_history.reset();
    m_executor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHistoryModels::runsModelLoadsPagesLazily()
{
    SyncRunsModel model(m_history.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(10);
    model.setCompanyNames({{m_acme.id, QStringLiteral("Acme")}});
    QSignalSpy pages(&model, &PagedTableModel::pageLoaded);

    RunFilter filter;
    filter.companyId = m_acme.id;
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(!model.isLoading());
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(pages.count(), 1);

    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), ACME_RUNS);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(pages.count(), 5);

    QSet<qint64> ids;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto run = model.runAt(row);
        QVERIFY(run.has_value());
        QCOMPARE(run->companyId, m_acme.id);
        QVERIFY(!previous.isValid() || run->startedAt <= previous);
        previous = run->startedAt;
        ids.insert(run->id);
        QCOMPARE(model.index(row, 0).data(SyncRunsModel::RunIdRole).toLongLong(), run->id);
    }
    QCOMPARE(ids.size(), ACME_RUNS);
    QCOMPARE(model.index(0, SyncRunsModel::CompanyColumn).data().toString(), QStringLiteral("Acme"));
    QVERIFY(!model.index(0, SyncRunsModel::ResultColumn).data(Qt::DecorationRole).isNull());

    filter.companyId = m_globex.id;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), GLOBEX_RUNS);
    // A company missing from the names shows its id.
    QVERIFY(model.index(0, SyncRunsModel::CompanyColumn).data().toString().contains(QString::number(m_globex.id)));
}

void TestHistoryModels::runsModelDropsStalePages()
{
    SyncRunsModel model(m_history.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RunFilter acme;
    acme.companyId = m_acme.id;
    RunFilter globex;
    globex.companyId = m_globex.id;
    model.setFilter(acme);
    model.setFilter(globex); // before Acme's page arrives
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), GLOBEX_RUNS);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.runAt(row)->companyId, m_globex.id);
}

void TestHistoryModels::runsModelUpdatesALoadedRun()
{
    SyncRunsModel model(m_history.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    QTRY_VERIFY(model.rowCount() > 0);
    SyncRun changed = *model.runAt(0);
    changed.message = QStringLiteral("Changed");
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.updateRun(changed);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(model.index(0, SyncRunsModel::MessageColumn).data().toString(), QStringLiteral("Changed"));
    changed.id = -1;
    model.updateRun(changed); // not loaded: ignored
    QCOMPARE(dataChanged.count(), 1);
}

void TestHistoryModels::eventsModelPagesOneRun()
{
    SyncEventsModel model(m_history.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(10);
    model.setRun(m_bigRun);
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), BIG_RUN_EVENTS);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, SyncEventsModel::LightspeedIdColumn).data().toString(), QString::number(1000 + row));
    QCOMPARE(model.index(0, SyncEventsModel::HttpStatusColumn).data().toString(), QStringLiteral("422"));
    QCOMPARE(model.index(0, SyncEventsModel::LevelColumn).data().toString(), QStringLiteral("Error"));

    model.setRun(m_bigRun, true);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), BIG_RUN_EVENTS / 5);

    model.setRun(0);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModels::ordersModelMarksCancelledAndUnknown()
{
    OrdersModel model(m_executor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(5);
    OrderFilter filter;
    filter.companyId = m_acme.id;
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 5);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), ORDER_COUNT);

    int cancelled = 0;
    int unknown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const OrderSummary summary = *model.orderAt(row);
        QCOMPARE(summary.order.saleId, 700 + ORDER_COUNT - row);
        QCOMPARE(model.index(row, OrdersModel::SaleIdColumn).data().toString(), QString::number(summary.order.saleId));
        const QFont font = model.index(row, OrdersModel::SaleIdColumn).data(Qt::FontRole).value<QFont>();
        if (summary.order.status == OrderStatus::Cancelled) {
            ++cancelled;
            QVERIFY(font.strikeOut());
            QCOMPARE(model.index(row, OrdersModel::StatusColumn).data().toString(), QStringLiteral("Cancelled"));
            QVERIFY(!model.index(row, OrdersModel::StatusColumn).data(Qt::DecorationRole).isNull());
        }
        if (summary.hasUnmatchedLines) {
            ++unknown;
            QVERIFY(!model.index(row, OrdersModel::FlagsColumn).data(Qt::DecorationRole).isNull());
            QVERIFY(model.index(row, OrdersModel::FlagsColumn).data().toString().contains(QStringLiteral("Unknown")));
        }
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(unknown, ORDER_COUNT / 4);

    filter.unmatchedOnly = true;
    model.setFilter(filter);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), ORDER_COUNT / 4);
}

void TestHistoryModels::orderLinesHighlightUnknownItems()
{
    OrderLinesModel model(m_executor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &OrderLinesModel::loaded);
    model.setOrder(m_unknownOrderId);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 3);

    const QModelIndex matched = model.index(0, OrderLinesModel::ProductColumn);
    const QModelIndex unknown = model.index(1, OrderLinesModel::ProductColumn);
    QCOMPARE(matched.data().toString(), QStringLiteral("MUG-1 — Mug"));
    QVERIFY(matched.data(Qt::BackgroundRole).isNull());
    QCOMPARE(unknown.data().toString(), QStringLiteral("Unknown item"));
    QCOMPARE(unknown.data(Qt::BackgroundRole).value<QBrush>(), QApplication::palette().brush(QPalette::ToolTipBase));
    QVERIFY(!unknown.data(Qt::DecorationRole).isNull());
    QVERIFY(unknown.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(unknown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("31337")));
    QCOMPARE(model.index(1, OrderLinesModel::ItemIdColumn).data().toString(), QStringLiteral("31337"));
    QCOMPARE(model.index(2, OrderLinesModel::QuantityColumn).data().toString(), QStringLiteral("-1"));

    model.setOrder(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModels::returnsModelShowsWarehouse()
{
    ReturnsModel model(m_executor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2);
    ReturnFilter filter;
    filter.companyId = m_acme.id;
    model.setFilter(filter);
    QVERIFY(fetchAll(&model));
    QCOMPARE(model.rowCount(), ORDER_COUNT / 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReturnDetail detail = *model.returnAt(row);
        QCOMPARE(model.index(row, ReturnsModel::WarehouseColumn).data().toString(), QStringLiteral("Returns"));
        QCOMPARE(model.index(row, ReturnsModel::SaleIdColumn).data().toString(), QString::number(detail.saleId));
        const bool cancelled = detail.saleId == 706;
        QCOMPARE(detail.record.cancelled, cancelled);
        QCOMPARE(model.index(row, ReturnsModel::StatusColumn).data().toString(),
                 cancelled ? QStringLiteral("Cancelled") : QStringLiteral("Booked"));
    }
}

QTEST_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
