#include "resulttext.h"

#include "core/integrationsettings.h"
#include "storage/companyrepository.h"
#include "storage/dashboardqueries.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

namespace {

const QTimeZone MONTREAL("America/Montreal");
constexpr qint64 SHOP_ID = 7;

QDateTime montreal(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, MONTREAL);
}

} // namespace

class TestDashboardQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dayRangesFollowDstChanges_data();
    void dayRangesFollowDstChanges();
    void ordersCountInShopDays();
    void todayCountsReturnsAndFailures();
    void runDurationsPerJobAndDay();
    void loadFallsBackToSystemZone();
    void loadUsesStoredShopZone();
    void tooManyDaysAreRejected();
    void countQueriesUseIndexes();

private:
    qint64 insertOrder(qint64 companyId, qint64 saleId, const QDateTime &completedAt, bool cancelled = false);
    void insertReturn(qint64 companyId, qint64 orderId, const QDateTime &createdAt, bool cancelled = false);
    void insertRun(qint64 companyId, SyncJob job, RunResult result, const QDateTime &startedAt, qint64 durationMs,
                   int failedItems = 0);
    void exec(QSqlQuery &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
    qint64 m_nextLine = 1;
};

void TestDashboardQueries::initTestCase()
{
    QVERIFY(MONTREAL.isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("dashboard.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    CompanyRepository companies(m_db->connection());
    m_acme = companies.add(QStringLiteral("Acme"))->id;
    m_globex = companies.add(QStringLiteral("Globex"))->id;
    IntegrationSettings settings;
    settings.companyId = m_acme;
    settings.shopName = QStringLiteral("Main Street");
    settings.shopId = SHOP_ID;
    const VoidResult saved = SettingsRepository(m_db->connection()).save(settings);
    QVERIFY2(saved.ok(), errorText(saved).constData());
}

void TestDashboardQueries::init()
{
    QSqlQuery query(m_db->connection());
    for (const char *table : {"returns", "order_lines", "orders", "sync_runs", "shop_time_zones"})
        QVERIFY(query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
}

void TestDashboardQueries::exec(QSqlQuery &query)
{
    if (!query.exec())
        QFAIL(qPrintable(query.lastError().text()));
}

qint64 TestDashboardQueries::insertOrder(qint64 companyId, qint64 saleId, const QDateTime &completedAt, bool cancelled)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO orders (company_id, sale_id, status, completed_at, imported_at) VALUES "
                                 "(:company, :sale, :status, :completed, :completed)"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":sale"), saleId);
    query.bindValue(QStringLiteral(":status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("completed"));
    query.bindValue(QStringLiteral(":completed"), completedAt.toMSecsSinceEpoch());
    exec(query);
    return query.lastInsertId().toLongLong();
}

void TestDashboardQueries::insertReturn(qint64 companyId, qint64 orderId, const QDateTime &createdAt, bool cancelled)
{
    QSqlQuery line(m_db->connection());
    line.prepare(
        QStringLiteral("INSERT INTO order_lines (order_id, sale_line_id, quantity) VALUES (:order, :line, -1)"));
    line.bindValue(QStringLiteral(":order"), orderId);
    line.bindValue(QStringLiteral(":line"), m_nextLine++);
    exec(line);
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO returns (company_id, order_id, order_line_id, quantity, created_at, "
                                 "cancelled) VALUES (:company, :order, :line, 1, :created, :cancelled)"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":order"), orderId);
    query.bindValue(QStringLiteral(":line"), line.lastInsertId());
    query.bindValue(QStringLiteral(":created"), createdAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":cancelled"), cancelled ? 1 : 0);
    exec(query);
}

void TestDashboardQueries::insertRun(qint64 companyId, SyncJob job, RunResult result, const QDateTime &startedAt,
                                     qint64 durationMs, int failedItems)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO sync_runs (company_id, job, run_trigger, result, started_at, "
                                 "finished_at, failed) VALUES (:company, :job, 'schedule', :result, :started, "
                                 ":finished, :failed)"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":result"), runResultKey(result));
    query.bindValue(QStringLiteral(":started"), startedAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":finished"), result == RunResult::Running
                                                     ? QVariant(QMetaType::fromType<qint64>())
                                                     : QVariant(startedAt.toMSecsSinceEpoch() + durationMs));
    query.bindValue(QStringLiteral(":failed"), failedItems);
    exec(query);
}

void TestDashboardQueries::dayRangesFollowDstChanges_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("hours");
    QTest::addColumn<QDateTime>("utcStart");

    QTest::newRow("winter day") << QDate(2026, 1, 15) << qint64(24)
                                << QDateTime(QDate(2026, 1, 15), QTime(5, 0), Qt::UTC);
    QTest::newRow("spring forward") << QDate(2026, 3, 8) << qint64(23)
                                    << QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC);
    QTest::newRow("summer day") << QDate(2026, 7, 1) << qint64(24)
                                << QDateTime(QDate(2026, 7, 1), QTime(4, 0), Qt::UTC);
    QTest::newRow("fall back") << QDate(2026, 11, 1) << qint64(25)
                               << QDateTime(QDate(2026, 11, 1), QTime(4, 0), Qt::UTC);
}

void TestDashboardQueries::dayRangesFollowDstChanges()
{
    QFETCH(QDate, date);
    QFETCH(qint64, hours);
    QFETCH(QDateTime, utcStart);

    const QList<DayRange> ranges = DashboardQueries::dayRanges(date, 2, MONTREAL);
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.last().date, date);
    QCOMPARE(ranges.last().start, utcStart);
    QCOMPARE(ranges.last().start.secsTo(ranges.last().end), hours * 3600);
    QCOMPARE(ranges.first().end, ranges.last().start);
}

void TestDashboardQueries::ordersCountInShopDays()
{
    const QDate saturday(2026, 3, 7);
    const QDate sunday(2026, 3, 8); // clocks go forward at 02:00 in Montreal
    const QDate monday(2026, 3, 9);
    // Late on Saturday in Montreal is already Sunday in UTC.
    insertOrder(m_acme, 1, montreal(saturday, QTime(23, 30)));
    insertOrder(m_acme, 2, montreal(sunday, QTime(0, 10)));
    insertOrder(m_acme, 3, montreal(sunday, QTime(3, 0)));
    // Late on Sunday is Monday in UTC, and the day is one hour short.
    insertOrder(m_acme, 4, montreal(sunday, QTime(23, 50)));
    insertOrder(m_acme, 5, montreal(monday, QTime(0, 0)));
    insertOrder(m_acme, 6, montreal(sunday, QTime(12, 0)), true);
    insertOrder(m_globex, 7, montreal(sunday, QTime(12, 0)));

    const DashboardQueries queries(m_db->connection());
    const auto counts = queries.ordersPerDay(m_acme, DashboardQueries::dayRanges(monday, 3, MONTREAL));
    QVERIFY2(counts.ok(), errorText(counts).constData());
    QCOMPARE(counts->size(), 3);
    QCOMPARE(counts->at(0), qint64(1));
    QCOMPARE(counts->at(1), qint64(3));
    QCOMPARE(counts->at(2), qint64(1));
}

void TestDashboardQueries::todayCountsReturnsAndFailures()
{
    const QDate today(2026, 5, 12);
    const qint64 order = insertOrder(m_acme, 10, montreal(today.addDays(-1), QTime(15, 0)));
    insertOrder(m_acme, 11, montreal(today, QTime(9, 0)));
    insertReturn(m_acme, order, montreal(today, QTime(10, 0)));
    insertReturn(m_acme, order, montreal(today, QTime(11, 0)), true);
    insertReturn(m_acme, order, montreal(today.addDays(-1), QTime(23, 59)));
    insertRun(m_acme, SyncJob::OrderDownload, RunResult::Failed, montreal(today, QTime(8, 0)), 500);
    insertRun(m_acme, SyncJob::InventoryUpload, RunResult::Partial, montreal(today, QTime(8, 5)), 500, 4);
    insertRun(m_acme, SyncJob::InventoryUpload, RunResult::Succeeded, montreal(today, QTime(8, 10)), 500);
    insertRun(m_acme, SyncJob::OrderDownload, RunResult::Failed, montreal(today.addDays(-1), QTime(23, 0)), 500, 2);
    insertRun(m_globex, SyncJob::OrderDownload, RunResult::Failed, montreal(today, QTime(8, 0)), 500, 9);

    const DashboardQueries queries(m_db->connection());
    const auto counts = queries.countDay(m_acme, DashboardQueries::dayRanges(today, 1, MONTREAL).last());
    QVERIFY2(counts.ok(), errorText(counts).constData());
    QCOMPARE(counts->orders, qint64(1));
    QCOMPARE(counts->returns, qint64(1));
    QCOMPARE(counts->failedRuns, qint64(1));
    QCOMPARE(counts->failedItems, qint64(4));
}

void TestDashboardQueries::runDurationsPerJobAndDay()
{
    const QDate today(2026, 5, 12);
    insertRun(m_acme, SyncJob::OrderDownload, RunResult::Succeeded, montreal(today, QTime(8, 0)), 1000);
    insertRun(m_acme, SyncJob::OrderDownload, RunResult::Failed, montreal(today, QTime(9, 0)), 3000);
    insertRun(m_acme, SyncJob::OrderDownload, RunResult::Running, montreal(today, QTime(10, 0)), 0);
    insertRun(m_acme, SyncJob::ProductPosting, RunResult::Succeeded, montreal(today.addDays(-1), QTime(8, 0)), 700);

    const DashboardQueries queries(m_db->connection());
    const auto durations = queries.runDurations(m_acme, DashboardQueries::dayRanges(today, 2, MONTREAL));
    QVERIFY2(durations.ok(), errorText(durations).constData());
    QCOMPARE(durations->size(), 2);
    const RunDurationDay &posting = durations->at(0);
    QCOMPARE(posting.date, today.addDays(-1));
    QCOMPARE(posting.job, SyncJob::ProductPosting);
    QCOMPARE(posting.runs, qint64(1));
    QCOMPARE(posting.averageMs, qint64(700));
    const RunDurationDay &download = durations->at(1);
    QCOMPARE(download.date, today);
    QCOMPARE(download.job, SyncJob::OrderDownload);
    QCOMPARE(download.runs, qint64(2));
    QCOMPARE(download.averageMs, qint64(2000));
    QCOMPARE(download.maxMs, qint64(3000));
}

void TestDashboardQueries::loadFallsBackToSystemZone()
{
    const QTimeZone tokyo("Asia/Tokyo");
    // 20:00 UTC on the 11th is already the 12th in Tokyo.
    const QDateTime now(QDate(2026, 5, 11), QTime(20, 0), Qt::UTC);
    insertOrder(m_acme, 20, now.addSecs(-60));

    const auto data = DashboardQueries(m_db->connection()).load(m_acme, now, 30, tokyo);
    QVERIFY2(data.ok(), errorText(data).constData());
    QVERIFY(!data->shopZoneKnown);
    QCOMPARE(data->zone, tokyo);
    QCOMPARE(data->today, QDate(2026, 5, 12));
    QCOMPARE(data->days.size(), 30);
    QCOMPARE(data->days.last(), QDate(2026, 5, 12));
    QCOMPARE(data->ordersPerDay.size(), 30);
    QCOMPARE(data->ordersPerDay.last(), qint64(1));
    QCOMPARE(data->todayCounts.orders, qint64(1));
}

void TestDashboardQueries::loadUsesStoredShopZone()
{
    DashboardQueries queries(m_db->connection());
    const VoidResult stored = queries.storeShopTimeZones(
        m_acme, {{SHOP_ID - 1, QStringLiteral("Europe/Paris")}, {SHOP_ID, QStringLiteral("America/Montreal")}});
    QVERIFY2(stored.ok(), errorText(stored).constData());
    QCOMPARE(*queries.shopTimeZone(m_acme), QStringLiteral("America/Montreal"));
    QCOMPARE(*queries.shopTimeZone(m_globex), QString());

    // 02:00 UTC on the 12th is still the 11th in Montreal.
    const QDateTime now(QDate(2026, 5, 12), QTime(2, 0), Qt::UTC);
    const auto data = queries.load(m_acme, now, 7, QTimeZone::utc());
    QVERIFY2(data.ok(), errorText(data).constData());
    QVERIFY(data->shopZoneKnown);
    QCOMPARE(data->zone, MONTREAL);
    QCOMPARE(data->today, QDate(2026, 5, 11));
}

void TestDashboardQueries::tooManyDaysAreRejected()
{
    const DashboardQueries queries(m_db->connection());
    const QList<DayRange> days =
        DashboardQueries::dayRanges(QDate(2026, 5, 12), DashboardQueries::MAX_DAYS + 1, MONTREAL);
    QVERIFY(!queries.ordersPerDay(m_acme, days).ok());
    QVERIFY(!queries.runDurations(m_acme, days).ok());
}

void TestDashboardQueries::countQueriesUseIndexes()
{
    const auto plan = DashboardQueries(m_db->connection()).explainCountQueries();
    QVERIFY2(plan.ok(), errorText(plan).constData());
    QVERIFY(!plan->isEmpty());
    for (const QString &step : *plan) {
        if (step.startsWith(QLatin1String("USE TEMP B-TREE")))
            continue;
        QVERIFY2(step.contains(QLatin1String("USING COVERING INDEX")), qPrintable(step));
    }
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
