#pragma once

#include "core/error.h"
#include "core/syncrun.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace posbridge {

class Clock;

/** @brief Item counts that a run reports when it finishes. */
struct RunCounts
{
    int fetched = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int failed = 0;
};

/**
 * @brief The write side of the sync history: runs, their per-item events, and held items.
 *
 * NOTE: this is the subset of the history repository that the sync engine writes through;
 * the read side for the Sync History page comes with that page.
 *
 * No method opens a transaction, so the order download can store a page's events in the same
 * transaction as the page's orders.
 */
class SyncHistoryRepository
{
public:
    explicit SyncHistoryRepository(QSqlDatabase db);
    SyncHistoryRepository(QSqlDatabase db, const Clock &clock);

    /** @brief Records a run that starts now, with the result Running; returns its id. */
    Result<qint64> startRun(qint64 companyId, SyncJob job, RunTrigger trigger);

    /** @brief Appends events to a run and returns their ids in the order given; the company comes from the run. */
    Result<QList<qint64>> addEvents(qint64 runId, const QList<SyncEvent> &events);
    /** @brief Appends one event and returns its id. */
    Result<qint64> addEvent(qint64 runId, const SyncEvent &event);

    /** @brief Stores how the run ended, with the current time as its end. */
    VoidResult finishRun(qint64 runId, RunResult result, const RunCounts &counts, Decimal dripsUsed,
                         const QString &message);

    /** @brief Marks runs still Running that started before startedBefore as Failed; returns how many. */
    Result<int> markInterruptedRuns(const QDateTime &startedBefore);

    /** @brief Holds an item back from its job until the admin retries it; entityKey is such as "item:1234". */
    VoidResult hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId, const QString &reason);
    /** @brief Keys of the items the job must skip. */
    Result<QSet<QString>> heldKeys(qint64 companyId, SyncJob job) const;
    /** @brief Releases the holds whose event belongs to the run (Retry failed items); returns how many. */
    Result<int> releaseHoldsOfRun(qint64 runId);

    /** @brief Deletes the company's finished runs that started more than days ago, with their events. */
    Result<int> pruneOlderThan(qint64 companyId, int days);

    Result<SyncRun> run(qint64 runId) const;
    /** @brief When each job of the company last started a run that succeeded or partly succeeded. */
    Result<QHash<SyncJob, QDateTime>> lastSuccessfulRuns(qint64 companyId) const;

private:
    QSqlDatabase m_db;
    const Clock *m_clock = nullptr;
};

} // namespace posbridge
