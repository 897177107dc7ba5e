#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/syncrun.h"
#include "storage/synchistoryrepository.h"
#include "sync/job.h"

#include <QDateTime>
#include <QMetaType>

#include <functional>
#include <memory>
#include <optional>

namespace posbridge {

class ConnectionManager;
class Database;
class ShopDirectory;

/** @brief One job to run for one company. */
struct JobRequest
{
    qint64 companyId = 0;
    SyncJob job = SyncJob::OrderDownload;
    RunTrigger trigger = RunTrigger::Schedule;
};

/** @brief How a run ended, for the scheduler, the status bar and the tray. */
struct JobReport
{
    qint64 companyId = 0;
    SyncJob job = SyncJob::OrderDownload;
    RunTrigger trigger = RunTrigger::Schedule;
    qint64 runId = 0; ///< 0 when even the history could not record the run
    RunResult result = RunResult::Failed;
    QString message; ///< translated; empty after a clean success
    std::optional<Error> error;
    RunCounts counts;
    double drips = 0;
    QDateTime startedAt;
    QDateTime finishedAt;

    /** @brief True when the run failed because Lightspeed no longer accepts the company's refresh token. */
    [[nodiscard]] bool authorizationExpired() const;
    /** @brief True when a later attempt may succeed by itself: network, 5xx, 429, timeouts. */
    [[nodiscard]] bool transientFailure() const;
};

/**
 * @brief Runs one job for one company on the calling thread, and records it in the sync history.
 *
 * Opens an API session through the ConnectionManager (so the thread gets its own ApiClient),
 * resolves the shop, records the run's start, runs the job, and records its end with the
 * counts and the drips its requests cost. Used by the worker threads and the crash harness.
 */
class JobRunner
{
public:
    JobRunner(std::shared_ptr<Database> database, ConnectionManager &connections, ShopDirectory &shops,
              const Clock &clock = SystemClock::instance());

    /** @brief Called with (companyId, runId) when a run starts, after each progress report and when it ends. */
    void setRunObserver(std::function<void(qint64, qint64)> observer) { m_runObserver = std::move(observer); }

    JobReport run(const JobRequest &request, Job &job, const CancellationToken &cancel,
                  const ProgressCallback &progress = {});

private:
    void notify(qint64 companyId, qint64 runId) const;

    std::shared_ptr<Database> m_database;
    ConnectionManager &m_connections;
    ShopDirectory &m_shops;
    const Clock &m_clock;
    std::function<void(qint64, qint64)> m_runObserver;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::JobReport)
