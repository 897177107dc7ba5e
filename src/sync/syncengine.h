#pragma once

#include "core/clock.h"
#include "core/integrationsettings.h"
#include "core/syncrun.h"
#include "sync/companyscheduler.h"
#include "sync/companysyncstatus.h"
#include "sync/jobcatalog.h"
#include "sync/jobrunner.h"
#include "sync/orderdownloadjob.h"
#include "sync/shopdirectory.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace posbridge {

class CompanyService;
class ConnectionManager;
class DatabaseExecutor;
class SyncHistoryService;

/** @brief Tuning of the sync engine; the defaults suit the application. */
struct SyncEngineOptions
{
    OrderDownloadOptions orderDownload;
    SchedulerOptions scheduler;
    /** @brief How often the bucket level of each connection is sampled for the status bar. */
    int bucketPollMs = 1'000;
};

/**
 * @brief The application's sync engine: one scheduler and one worker thread per company.
 *
 * start() reads the settings of every company and schedules what they enable. Closing runs
 * that an earlier process left open and deleting old history are the SyncHistoryService's
 * work, which the application starts beside the engine. The engine watches
 * CompanyService::settingsSaved and applies the switches and intervals at once. A company
 * whose authorization expired (ConnectionManager::authorizationExpired) or whose tokens were
 * deleted pauses until new tokens are installed. Jobs of one company run one at a time on its
 * worker thread; companies run in parallel, sharing one rate limiter per Lightspeed connection.
 *
 * Everything here runs on the thread that owns the engine (the GUI thread); the jobs never
 * do. Signals carry the company ID.
 */
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(std::shared_ptr<DatabaseExecutor> executor, ConnectionManager &connections,
               SyncEngineOptions options = {}, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    /** @brief Cancels the running jobs and waits for the worker threads. */
    ~SyncEngine() override;

    /** @brief Adds or replaces a kind of job, such as product posting; call before start(). */
    void registerJob(JobKind kind);

    /**
     * @brief Starts a retry when the Sync History requests one, and tells open history pages about runs.
     *
     * Call before start(); the service must outlive the engine or be destroyed after stop().
     */
    void watchHistory(SyncHistoryService *history);

    /** @brief Applies the settings of every company each time CompanyService saves them. */
    void watchSettings(CompanyService *companies);

    /**
     * @brief Reads every company's settings in the background and starts the schedules they enable.
     */
    void start();
    /** @brief Cancels every running job, stops the schedules and waits for the worker threads. */
    void stop();
    [[nodiscard]] bool isStarted() const { return m_started; }

    /** @brief Reads the company's saved settings in the background and applies them. */
    void reloadCompany(qint64 companyId);

    /**
     * @brief Runs a job of the company as soon as its worker is free (Actions › … Now).
     *
     * Returns false, and runs nothing, when the company's settings do not enable the job or
     * the company is paused.
     */
    bool runNow(qint64 companyId, SyncJob job, RunTrigger trigger = RunTrigger::Manual);
    /** @brief Runs a job again after the admin released its failed items in the Sync History. */
    void retry(qint64 companyId, SyncJob job);
    /** @brief Cancels the company's running job and drops its queued ones. */
    void cancel(qint64 companyId);

    /**
     * @brief Pauses every company (Pause All in the tray) or resumes them (Resume All).
     *
     * Pausing cancels the running jobs. Resuming leaves a company whose authorization expired
     * paused until new tokens arrive. Companies that start later follow the same state.
     */
    void setAllPaused(bool paused);
    [[nodiscard]] bool isAllPaused() const { return m_allPaused; }

    /** @brief Whether runNow() would accept the job now. */
    [[nodiscard]] bool canRun(qint64 companyId, SyncJob job) const;
    [[nodiscard]] CompanySyncStatus status(qint64 companyId) const;
    [[nodiscard]] ShopDirectory &shops() { return m_shops; }

Q_SIGNALS:
    /** @brief Something in status(companyId) changed: a run, a schedule, progress, pause or bucket level. */
    void statusChanged(qint64 companyId);
    void jobStarted(qint64 companyId, posbridge::SyncJob job, posbridge::RunTrigger trigger);
    void jobProgressed(qint64 companyId, posbridge::SyncJob job, int done, int total, const QString &message);
    void jobFinished(const posbridge::JobReport &report);
    /** @brief A run failed; message is translated and also in the run's history. */
    void runFailed(qint64 companyId, posbridge::SyncJob job, const QString &message);
    void bucketLevelChanged(qint64 companyId, double level, double size);
    /** @brief The company stopped syncing until the admin acts; reason is translated. */
    void companyPaused(qint64 companyId, const QString &reason);
    void companyResumed(qint64 companyId);
    /** @brief setAllPaused() changed the state. */
    void allPausedChanged(bool paused);

private:
    CompanyScheduler *schedulerFor(qint64 companyId);
    void applySettings(const IntegrationSettings &settings, const QHash<SyncJob, QDateTime> &lastRuns);
    void onAuthorizationExpired(qint64 companyId);
    void onTokensUpdated(qint64 companyId);
    void onTokensCleared(qint64 companyId);
    void onJobFinished(const JobReport &report);
    void pollBuckets();
    void applyPause(CompanyScheduler *scheduler, qint64 companyId);

    std::shared_ptr<DatabaseExecutor> m_executor;
    ConnectionManager &m_connections;
    SyncEngineOptions m_options;
    const Clock &m_clock;
    JobCatalog m_catalog;
    ShopDirectory m_shops;
    std::map<qint64, std::unique_ptr<CompanyScheduler>> m_schedulers;
    QHash<qint64, QString> m_expired; ///< companies paused for their authorization, with the reason
    SyncHistoryService *m_history = nullptr;
    QTimer m_bucketTimer;
    bool m_started = false;
    bool m_allPaused = false;
};

} // namespace posbridge
