#pragma once

#include "core/error.h"
#include "core/syncrun.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

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

/** @brief Which runs a history query returns; an empty field does not filter. */
struct RunFilter
{
    qint64 companyId = 0; ///< 0 for all companies
    std::optional<SyncJob> job;
    std::optional<RunResult> result;
    QDateTime startedFrom;   ///< inclusive lower bound of the start time; invalid for none
    QDateTime startedBefore; ///< exclusive upper bound of the start time; invalid for none
};

/** @brief Keyset position in the newest-first list of runs: the last run already read. */
struct RunCursor
{
    qint64 startedAtMs = 0;
    qint64 runId = 0;
};

/** @brief One page of runs, newest first, and where the next page starts. */
struct RunPage
{
    QList<SyncRun> runs;
    std::optional<RunCursor> next; ///< empty when no run follows this page
};

/** @brief Which events a history query returns; an empty field does not filter. */
struct EventFilter
{
    qint64 runId = 0;          ///< 0 for the events of every run
    qint64 companyId = 0;      ///< 0 for all companies; ignored when runId is set
    QDateTime from;            ///< inclusive lower bound of the event time; invalid for none
    QDateTime before;          ///< exclusive upper bound of the event time; invalid for none
    bool problemsOnly = false; ///< only warnings and errors
};

/** @brief One page of a run's events, oldest first. */
struct EventPage
{
    QList<SyncEvent> events;
    std::optional<qint64> nextAfterId; ///< pass as afterEventId for the next page; empty at the end
};

/**
 * @brief The sync history: runs, their per-item events, and the items held back after a permanent failure.
 *
 * The sync engine writes through it from its worker threads (each with its own connection),
 * and the GUI reads through it on the DatabaseExecutor thread. Page queries use keyset
 * pagination on an index whose last columns are (started_at, id), so a page costs the same at
 * the end of a million events as at the start. No method opens a transaction except where
 * its documentation says so; a caller may wrap several calls in its own.
 */
class SyncHistoryRepository
{
public:
    /** @brief Largest page that runs() and events() return. */
    static constexpr int MAX_PAGE_SIZE = 1000;

    explicit SyncHistoryRepository(QSqlDatabase db);
    SyncHistoryRepository(QSqlDatabase db, const Clock &clock);

    // Write side, for the sync engine.

    /** @brief Records a run that starts now, with the result Running; returns its id. */
    Result<qint64> startRun(qint64 companyId, SyncJob job, RunTrigger trigger);

    /**
     * @brief Appends events to a run and returns their ids in the order given.
     *
     * An event without a time gets the current time; the company is taken from the run. Each
     * event is one execution of a prepared statement: inside the caller's transaction that costs
     * a few microseconds per event, while without one each event commits on its own (slower, and
     * a failure leaves the earlier events stored).
     */
    Result<QList<qint64>> addEvents(qint64 runId, const QList<SyncEvent> &events);
    /** @brief Appends one event and returns its id. */
    Result<qint64> addEvent(qint64 runId, const SyncEvent &event);

    /** @brief Stores how the run ended, with the current time as its end. */
    VoidResult finishRun(qint64 runId, RunResult result, const RunCounts &counts, Decimal dripsUsed,
                         const QString &message);

    /**
     * @brief Marks runs still Running that started before startedBefore as Failed, and returns how many.
     *
     * Called at start-up for the runs that a crash or a killed process left open. Their end time
     * becomes the time of their last event, or their start when they have none. startedBefore
     * should be the time this process started, so that runs of this process are not touched.
     */
    Result<int> markInterruptedRuns(const QDateTime &startedBefore);

    /**
     * @brief Holds an item back from its job until the admin retries it.
     *
     * entityKey is the job's own key of the item (for example "item:1234"). Holding an item that
     * is already held keeps its original time and points it at the newer event and reason.
     */
    VoidResult hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId, const QString &reason);
    Result<bool> isHeld(qint64 companyId, SyncJob job, const QString &entityKey) const;
    /** @brief Keys of the items the job must skip. */
    Result<QSet<QString>> heldKeys(qint64 companyId, SyncJob job) const;
    /** @brief Releases the given items; returns how many were held. */
    Result<int> releaseHolds(qint64 companyId, SyncJob job, const QStringList &entityKeys);
    /** @brief Releases the holds whose event belongs to the run (Retry failed items); returns how many. */
    Result<int> releaseHoldsOfRun(qint64 runId);

    /**
     * @brief Deletes the company's finished runs that started more than days ago, with their events.
     *
     * Deletes in batches of a few hundred runs, each batch one statement, so a sync waiting for
     * the write lock waits for one batch only. Returns the number of runs deleted.
     */
    Result<int> pruneOlderThan(qint64 companyId, int days);

    // Read side, for the GUI and exports.

    Result<SyncRun> run(qint64 runId) const;
    /** @brief Up to limit runs after the cursor (from the newest without one), newest first. */
    Result<RunPage> runs(const RunFilter &filter, const std::optional<RunCursor> &after, int limit) const;
    Result<qint64> countRuns(const RunFilter &filter) const;
    /** @brief Up to limit events of the run with an id above afterEventId, oldest first. */
    Result<EventPage> events(qint64 runId, qint64 afterEventId, int limit, bool problemsOnly = false) const;
    Result<qint64> countEvents(const EventFilter &filter) const;

    /** @brief Calls visit for every matching run, newest first, until it returns false; for exports. */
    VoidResult forEachRun(const RunFilter &filter, const std::function<bool(const SyncRun &)> &visit) const;
    /** @brief Calls visit for every matching event, oldest first, until it returns false; for exports. */
    VoidResult forEachEvent(const EventFilter &filter, const std::function<bool(const SyncEvent &)> &visit) const;

    /** @brief SQLite's plan for the runs() query, one line per step; lets tests check that an index is used. */
    Result<QStringList> explainRunsQuery(const RunFilter &filter, const std::optional<RunCursor> &after) const;
    /** @brief SQLite's plan for the events() query. */
    Result<QStringList> explainEventsQuery(qint64 runId, bool problemsOnly) const;

private:
    QSqlDatabase m_db;
    const Clock *m_clock = nullptr;
};

} // namespace posbridge
