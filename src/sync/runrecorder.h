#pragma once

#include "core/clock.h"
#include "core/error.h"
#include "core/syncrun.h"
#include "storage/synchistoryrepository.h"

#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/**
 * @brief Writes one run of one job to the sync history: its start, its events, its counts and its end.
 *
 * Events are kept in memory until flushEvents(), so a job can store a page's events in the
 * same transaction as the page's data. finish() writes what is left.
 */
class RunRecorder
{
public:
    RunRecorder(QSqlDatabase db, qint64 companyId, SyncJob job, RunTrigger trigger,
                const Clock &clock = SystemClock::instance());

    /** @brief Records the run as started; returns its id. */
    Result<qint64> start();

    /** @brief Queues an event; the run's company is filled in. */
    void addEvent(SyncEvent event);
    /** @brief Writes an event at once and returns its id, for a hold that must point at it. */
    Result<qint64> recordNow(SyncEvent event);
    /** @brief Writes the queued events; inside the caller's transaction when there is one. */
    VoidResult flushEvents();
    /** @brief Drops the queued events, after the transaction that would have stored them rolled back. */
    void discardEvents();

    /** @brief Holds an item back from a job (usually this run's) until the admin retries it. */
    VoidResult hold(SyncJob job, const QString &entityKey, qint64 eventId, const QString &reason);

    /** @brief Writes the queued events and the end of the run. */
    VoidResult finish(RunResult result, Decimal dripsUsed, const QString &message);

    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] qint64 companyId() const { return m_companyId; }
    [[nodiscard]] SyncJob job() const { return m_job; }
    RunCounts &counts() { return m_counts; }
    [[nodiscard]] const RunCounts &counts() const { return m_counts; }
    [[nodiscard]] int pendingEvents() const { return int(m_events.size()); }

private:
    SyncHistoryRepository m_history;
    const Clock &m_clock;
    qint64 m_companyId = 0;
    SyncJob m_job;
    RunTrigger m_trigger;
    qint64 m_runId = 0;
    RunCounts m_counts;
    QList<SyncEvent> m_events;
};

} // namespace posbridge
