#pragma once

#include "core/error.h"
#include "core/syncrun.h"

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
 * NOTE: this is the part that product posting needs. The Sync History page brings the full
 * repository with the same names; this file gives way to it when both meet.
 */
class SyncHistoryRepository
{
public:
    explicit SyncHistoryRepository(QSqlDatabase db);
    SyncHistoryRepository(QSqlDatabase db, const Clock &clock);

    /** @brief Records a run that starts now, with the result Running; returns its id. */
    Result<qint64> startRun(qint64 companyId, SyncJob job, RunTrigger trigger);
    /** @brief Appends events to a run and returns their ids in the order given. */
    Result<QList<qint64>> addEvents(qint64 runId, const QList<SyncEvent> &events);
    /** @brief Appends one event and returns its id. */
    Result<qint64> addEvent(qint64 runId, const SyncEvent &event);
    /** @brief Stores how the run ended, with the current time as its end. */
    VoidResult finishRun(qint64 runId, RunResult result, const RunCounts &counts, Decimal dripsUsed,
                         const QString &message);

    /** @brief Holds an item back from its job until the admin retries it. */
    VoidResult hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId, const QString &reason);
    Result<bool> isHeld(qint64 companyId, SyncJob job, const QString &entityKey) const;
    /** @brief Keys of the items the job must skip. */
    Result<QSet<QString>> heldKeys(qint64 companyId, SyncJob job) const;
    /** @brief Releases the given items; returns how many were held. */
    Result<int> releaseHolds(qint64 companyId, SyncJob job, const QStringList &entityKeys);

    Result<SyncRun> run(qint64 runId) const;

private:
    qint64 nowMs() const;

    QSqlDatabase m_db;
    const Clock *m_clock = nullptr;
};

} // namespace posbridge
