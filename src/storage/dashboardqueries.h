#pragma once

#include "core/error.h"
#include "core/syncrun.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

namespace posbridge {

/** @brief One calendar day of a time zone as a UTC range: [start, end). */
struct DayRange
{
    QDate date;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, exclusive; 23 or 25 hours after start on a DST change
};

/** @brief What happened on one day: the counts behind the Dashboard's "Today" box. */
struct DayCounts
{
    qint64 orders = 0;      ///< completed orders; voided sales are not counted
    qint64 returns = 0;     ///< returns booked, without cancelled ones
    qint64 failedRuns = 0;  ///< runs that stopped on an error
    qint64 failedItems = 0; ///< items that failed in any run, including partial ones
};

/** @brief Finished runs of one job on one day, for the run-duration chart. */
struct RunDurationDay
{
    QDate date;
    SyncJob job = SyncJob::OrderDownload;
    qint64 runs = 0;
    qint64 averageMs = 0;
    qint64 maxMs = 0;
};

/** @brief Everything the Dashboard page shows from the database for one company. */
struct DashboardData
{
    qint64 companyId = 0;
    /** The zone the days are counted in: the shop's, or the system's when the shop's is not stored. */
    QTimeZone zone;
    bool shopZoneKnown = false;
    QDate today;
    DayCounts todayCounts;
    QList<QDate> days;          ///< oldest first; the last one is today
    QList<qint64> ordersPerDay; ///< parallel to days
    QList<RunDurationDay> durations;
};

/**
 * @brief Read-only, bounded queries behind the Dashboard page, and the shop time zones they count days in.
 *
 * Every count is a range on an index that starts with (company_id, time), so its cost grows
 * with the rows of the requested days only. Days are computed in a time zone and converted to
 * UTC ranges first, because the database stores UTC milliseconds and SQLite cannot convert
 * to a named zone portably.
 */
class DashboardQueries
{
public:
    /** @brief Largest number of days that ordersPerDay() and runDurations() accept. */
    static constexpr int MAX_DAYS = 92;

    explicit DashboardQueries(QSqlDatabase db);

    /** @brief The UTC range of each of the days days up to lastDay in the zone, oldest first. */
    static QList<DayRange> dayRanges(const QDate &lastDay, int days, const QTimeZone &zone);

    Result<DayCounts> countDay(qint64 companyId, const DayRange &day) const;
    /** @brief Completed orders on each day; at most MAX_DAYS days. */
    Result<QList<qint64>> ordersPerDay(qint64 companyId, const QList<DayRange> &days) const;
    /** @brief Average and longest duration of each job's finished runs, per day they started; at most MAX_DAYS. */
    Result<QList<RunDurationDay>> runDurations(qint64 companyId, const QList<DayRange> &days) const;

    /** @brief Stores the IANA time zone of each shop of the company's account; shops without one are skipped. */
    VoidResult storeShopTimeZones(qint64 companyId, const QList<std::pair<qint64, QString>> &shopZones);
    /** @brief The stored zone of the company's shop (its settings' shopID); empty when not stored or unknown to Qt. */
    Result<QString> shopTimeZone(qint64 companyId) const;

    /**
     * @brief Reads everything the Dashboard shows for the company, counting days in the shop's time zone.
     *
     * Falls back to fallbackZone when the shop's zone is not stored. days is clamped to 1…MAX_DAYS.
     */
    Result<DashboardData> load(qint64 companyId, const QDateTime &now, int days, const QTimeZone &fallbackZone) const;

    /** @brief SQLite's plan for each count query, one line per step; lets tests check that indexes are used. */
    Result<QStringList> explainCountQueries() const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
