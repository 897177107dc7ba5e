#include "storage/dashboardqueries.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQueries)
};

// orders.status of a sale that was not voided, as the order download job stores it.
const QString COMPLETED_STATUS = QStringLiteral("completed");

const QString ORDERS_SQL =
    QStringLiteral("SELECT COUNT(*) FROM orders WHERE company_id = :company AND status = :status "
                   "AND completed_at >= :start AND completed_at < :end");
const QString RETURNS_SQL = QStringLiteral("SELECT COUNT(*) FROM returns WHERE company_id = :company "
                                           "AND created_at >= :start AND created_at < :end AND cancelled = 0");
const QString FAILURES_SQL =
    QStringLiteral("SELECT COUNT(CASE WHEN result = :failed THEN 1 END), COALESCE(SUM(failed), 0) FROM sync_runs "
                   "WHERE company_id = :company AND started_at >= :start AND started_at < :end");
const QString DURATIONS_SQL = QStringLiteral(
    "SELECT job, COUNT(*), AVG(finished_at - started_at), MAX(finished_at - started_at) FROM sync_runs "
    "WHERE company_id = :company AND started_at >= :start AND started_at < :end AND finished_at IS NOT NULL "
    "GROUP BY job ORDER BY job");

void bindDay(QSqlQuery &query, qint64 companyId, const DayRange &day)
{
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":start"), day.start.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":end"), day.end.toMSecsSinceEpoch());
}

/** Runs a prepared single-number query for one day. */
Result<qint64> countOn(QSqlQuery &query, qint64 companyId, const DayRange &day, const QString &what)
{
    bindDay(query, companyId, day);
    if (!query.exec() || !query.next())
        return sqlError(query, what);
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

} // namespace

DashboardQueries::DashboardQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<DayRange> DashboardQueries::dayRanges(const QDate &lastDay, int days, const QTimeZone &zone)
{
    QList<DayRange> ranges;
    if (!lastDay.isValid() || days <= 0)
        return ranges;
    ranges.reserve(days);
    for (int offset = days - 1; offset >= 0; --offset) {
        const QDate date = lastDay.addDays(-offset);
        // startOfDay() handles the zones whose DST change skips midnight itself.
        ranges.append({date, date.startOfDay(zone).toUTC(), date.addDays(1).startOfDay(zone).toUTC()});
    }
    return ranges;
}

Result<DayCounts> DashboardQueries::countDay(qint64 companyId, const DayRange &day) const
{
    DayCounts counts;
    QSqlQuery orders(m_db);
    orders.prepare(ORDERS_SQL);
    orders.bindValue(QStringLiteral(":status"), COMPLETED_STATUS);
    auto orderCount = countOn(orders, companyId, day, Messages::tr("count today's orders"));
    if (!orderCount)
        return orderCount.error();
    counts.orders = *orderCount;

    QSqlQuery returns(m_db);
    returns.prepare(RETURNS_SQL);
    auto returnCount = countOn(returns, companyId, day, Messages::tr("count today's returns"));
    if (!returnCount)
        return returnCount.error();
    counts.returns = *returnCount;

    QSqlQuery failures(m_db);
    failures.prepare(FAILURES_SQL);
    failures.bindValue(QStringLiteral(":failed"), runResultKey(RunResult::Failed));
    bindDay(failures, companyId, day);
    if (!failures.exec() || !failures.next())
        return sqlError(failures, Messages::tr("count today's failed runs"));
    counts.failedRuns = failures.value(0).toLongLong();
    counts.failedItems = failures.value(1).toLongLong();
    return counts;
}

Result<QList<qint64>> DashboardQueries::ordersPerDay(qint64 companyId, const QList<DayRange> &days) const
{
    if (days.size() > MAX_DAYS)
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("The chart covers at most %1 days, not %2.").arg(MAX_DAYS).arg(days.size()),
                     QStringLiteral("ordersPerDay: too many days")};
    QSqlQuery query(m_db);
    query.prepare(ORDERS_SQL);
    query.bindValue(QStringLiteral(":status"), COMPLETED_STATUS);
    QList<qint64> counts;
    counts.reserve(days.size());
    for (const DayRange &day : days) {
        auto count = countOn(query, companyId, day, Messages::tr("count the orders per day"));
        if (!count)
            return count.error();
        counts.append(*count);
    }
    return counts;
}

Result<QList<RunDurationDay>> DashboardQueries::runDurations(qint64 companyId, const QList<DayRange> &days) const
{
    if (days.size() > MAX_DAYS)
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("The chart covers at most %1 days, not %2.").arg(MAX_DAYS).arg(days.size()),
                     QStringLiteral("runDurations: too many days")};
    QSqlQuery query(m_db);
    query.prepare(DURATIONS_SQL);
    QList<RunDurationDay> result;
    for (const DayRange &day : days) {
        bindDay(query, companyId, day);
        if (!query.exec())
            return sqlError(query, Messages::tr("read the run durations"));
        while (query.next()) {
            const auto job = syncJobFromKey(query.value(0).toString());
            if (!job)
                continue;
            RunDurationDay entry;
            entry.date = day.date;
            entry.job = *job;
            entry.runs = query.value(1).toLongLong();
            entry.averageMs = std::llround(query.value(2).toDouble());
            entry.maxMs = query.value(3).toLongLong();
            result.append(entry);
        }
        query.finish();
    }
    return result;
}

VoidResult DashboardQueries::storeShopTimeZones(qint64 companyId, const QList<std::pair<qint64, QString>> &shopZones)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO shop_time_zones (company_id, shop_id, time_zone, updated_at) VALUES "
                                 "(:company, :shop, :zone, :now) ON CONFLICT (company_id, shop_id) DO UPDATE SET "
                                 "time_zone = excluded.time_zone, updated_at = excluded.updated_at"));
    for (const auto &[shopId, zone] : shopZones) {
        if (zone.trimmed().isEmpty())
            continue;
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":shop"), shopId);
        query.bindValue(QStringLiteral(":zone"), zone.trimmed());
        query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return sqlError(query, Messages::tr("store the time zone of the shop"));
    }
    return {};
}

Result<QString> DashboardQueries::shopTimeZone(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT z.time_zone FROM integration_settings s JOIN shop_time_zones z ON "
                       "z.company_id = s.company_id AND z.shop_id = s.shop_id WHERE s.company_id = :company"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the time zone of the shop"));
    if (!query.next())
        return QString();
    const QString zone = query.value(0).toString();
    return QTimeZone(zone.toUtf8()).isValid() ? zone : QString();
}

Result<DashboardData> DashboardQueries::load(qint64 companyId, const QDateTime &now, int days,
                                             const QTimeZone &fallbackZone) const
{
    DashboardData data;
    data.companyId = companyId;
    auto zoneName = shopTimeZone(companyId);
    if (!zoneName)
        return zoneName.error();
    data.shopZoneKnown = !zoneName->isEmpty();
    data.zone = data.shopZoneKnown ? QTimeZone(zoneName->toUtf8()) : fallbackZone;
    data.today = now.toTimeZone(data.zone).date();

    const QList<DayRange> ranges = dayRanges(data.today, qBound(1, days, MAX_DAYS), data.zone);
    auto today = countDay(companyId, ranges.last());
    if (!today)
        return today.error();
    data.todayCounts = *today;
    auto orders = ordersPerDay(companyId, ranges);
    if (!orders)
        return orders.error();
    data.ordersPerDay = *orders;
    auto durations = runDurations(companyId, ranges);
    if (!durations)
        return durations.error();
    data.durations = *durations;
    for (const DayRange &range : ranges)
        data.days.append(range.date);
    return data;
}

Result<QStringList> DashboardQueries::explainCountQueries() const
{
    QStringList plan;
    for (const QString &sql : {ORDERS_SQL, RETURNS_SQL, FAILURES_SQL, DURATIONS_SQL}) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        query.bindValue(QStringLiteral(":company"), 1);
        query.bindValue(QStringLiteral(":start"), 0);
        query.bindValue(QStringLiteral(":end"), 1);
        if (sql == ORDERS_SQL)
            query.bindValue(QStringLiteral(":status"), COMPLETED_STATUS);
        if (sql == FAILURES_SQL)
            query.bindValue(QStringLiteral(":failed"), runResultKey(RunResult::Failed));
        if (!query.exec())
            return sqlError(query, Messages::tr("explain the dashboard queries"));
        while (query.next())
            plan << query.value(3).toString();
    }
    return plan;
}

} // namespace posbridge
