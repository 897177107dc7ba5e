#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief What the generated history looks like. */
struct HistoryDataSpec
{
    int companies = 3;
    int runs = 100'000;
    qint64 events = 1'000'000;
    /** Orders per company, imported through OrderRepository so the Orders page has data too. */
    int ordersPerCompany = 0;
    /** Runs spread evenly over this many days before now. */
    int days = 180;
    quint32 seed = 20260101;
};

/** @brief What generate() wrote. */
struct GeneratedHistory
{
    QList<qint64> companyIds;
    qint64 runs = 0;
    qint64 events = 0;
    qint64 orders = 0;
    qint64 biggestRunId = 0;
    qint64 biggestRunEvents = 0;
};

/**
 * @brief Fills a database with a synthetic sync history (and optionally orders) for benchmarks and demos.
 *
 * Runs and events go in through one prepared INSERT each, re-executed inside a single
 * transaction; Qt's SQLite driver then costs a few microseconds per row. About one run in a
 * thousand is a large one (1,000 events), the rest have up to 18 events, so the totals match
 * the spec exactly.
 */
class HistoryDataGenerator
{
public:
    explicit HistoryDataGenerator(HistoryDataSpec spec);

    Result<GeneratedHistory> generate(QSqlDatabase db);

private:
    Result<QList<qint64>> addCompanies(QSqlDatabase db);
    QList<int> eventsPerRun();
    VoidResult addOrders(QSqlDatabase db, qint64 companyId, GeneratedHistory &generated);

    HistoryDataSpec m_spec;
};

} // namespace posbridge
