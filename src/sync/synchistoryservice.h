#pragma once

#include "core/error.h"
#include "core/syncrun.h"
#include "storage/synchistoryrepository.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace posbridge {

class DatabaseExecutor;

/**
 * @brief The sync history for the GUI, and the link between the Sync History page and the sync engine.
 *
 * Queries run on the database executor's thread and return a QFuture, so a caller on the GUI
 * thread does not block on the database. The engine writes history itself through SyncHistoryRepository on its
 * worker threads; it calls notifyRunChanged() so that open pages refresh, and connects to
 * retryRequested() to start a retry run.
 */
class SyncHistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryService)

public:
    explicit SyncHistoryService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    ~SyncHistoryService() override;

    [[nodiscard]] const std::shared_ptr<DatabaseExecutor> &executor() const { return m_executor; }

    QFuture<Result<RunPage>> runs(const RunFilter &filter, const std::optional<RunCursor> &after, int limit);
    QFuture<Result<qint64>> countRuns(const RunFilter &filter);
    QFuture<Result<SyncRun>> run(qint64 runId);
    QFuture<Result<EventPage>> events(qint64 runId, qint64 afterEventId, int limit, bool problemsOnly);

    /**
     * @brief Releases the holds of the run's failed items, then requests a new run of the job from the engine.
     *
     * The future carries the number of items released. retryRequested() is emitted with the run's
     * company and job before the future finishes, also when no item was held (a run that failed
     * as a whole has no holds but is still worth retrying). A run still running is not retried.
     */
    QFuture<Result<int>> retryFailedItems(qint64 runId);

    /**
     * @brief Marks runs left Running by an earlier process as Failed; call once at start-up.
     *
     * Only runs that started before this service was created are touched, so runs that the
     * engine starts meanwhile are safe.
     */
    QFuture<Result<int>> markInterruptedRuns();

    /** @brief Deletes each company's history older than its retention setting; returns the runs deleted. */
    QFuture<Result<int>> pruneExpiredHistory();

    /** @brief Emits runChanged() so open pages refresh after a run started, progressed or finished; thread-safe. */
    void notifyRunChanged(qint64 companyId, qint64 runId);

Q_SIGNALS:
    /** @brief Emitted when the admin asked to retry the failed items of a run of this company and job. */
    void retryRequested(qint64 companyId, posbridge::SyncJob job);
    /** @brief Emitted on this object's thread after notifyRunChanged(). */
    void runChanged(qint64 companyId, qint64 runId);

private:
    /** Emits a signal on this object's thread; called from the executor thread. */
    void emitLater(std::function<void()> emitter);

    std::shared_ptr<DatabaseExecutor> m_executor;
    QDateTime m_startedAt;
};

} // namespace posbridge
