#pragma once

#include "core/clock.h"
#include "core/integrationsettings.h"
#include "sync/companysyncstatus.h"
#include "sync/jobrunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace posbridge {

class CompanyWorker;
class JobCatalog;

/** @brief Timing rules of a company's scheduler. */
struct SchedulerOptions
{
    /** @brief Delay before the first retry after a failed run; it doubles with each failure, with ±20 % jitter. */
    qint64 retryBaseDelayMs = 15'000;
    /** @brief Longest delay between retries; a job's own interval replaces it when longer. */
    qint64 maxRetryDelayMs = 30 * 60'000;
    /** @brief Delay of the first run of a job that was just turned on or resumed. */
    qint64 startDelayMs = 1'000;
};

/**
 * @brief Decides when each job of one company runs, and runs them one at a time on its worker.
 *
 * Each enabled job runs every interval of the company's settings. A scheduled run is preceded
 * by the jobs its kind runs after (inventory upload and reconciliation by an order download),
 * so a cycle downloads orders before it uploads stock. A failed run is tried again after
 * retryBaseDelayMs, doubled with each further failure and varied by ±20 %, up to
 * maxRetryDelayMs or the job's interval when that is longer. A paused company (authorization expired) runs nothing
 * until it is resumed. Settings apply at once: a job turned off is cancelled and leaves the
 * queue, one turned on runs within startDelayMs, and the worker thread stops when nothing
 * is enabled.
 */
class CompanyScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyScheduler)

public:
    CompanyScheduler(qint64 companyId, const JobCatalog &catalog, std::unique_ptr<CompanyWorker> worker,
                     const Clock &clock, SchedulerOptions options, QObject *parent = nullptr);
    ~CompanyScheduler() override;

    [[nodiscard]] qint64 companyId() const { return m_companyId; }
    [[nodiscard]] const IntegrationSettings &settings() const { return m_settings; }

    /** @brief Applies the company's saved settings: switches and intervals. */
    void applySettings(const IntegrationSettings &settings);
    /** @brief Sets when each job last ran well, from the history, so intervals carry over a restart. */
    void setLastRuns(const QHash<SyncJob, QDateTime> &lastRuns);
    /** @brief Pauses (with a translated reason) or resumes every job; pausing cancels the running one. */
    void setPaused(bool paused, const QString &reason = {});
    [[nodiscard]] bool isPaused() const { return m_paused; }

    /** @brief Queues a run now; false when the job is off in the settings. */
    bool runNow(SyncJob job, RunTrigger trigger);
    /** @brief Cancels the running job and drops the queued ones. */
    void cancel();
    [[nodiscard]] bool isEnabled(SyncJob job) const;
    [[nodiscard]] bool isIdle() const;

    [[nodiscard]] CompanySyncStatus status() const;
    /** @brief Records the bucket level of the company's connection for status(). */
    void setBucket(bool known, double level, double size);

Q_SIGNALS:
    void statusChanged(qint64 companyId);
    void jobStarted(qint64 companyId, posbridge::SyncJob job, posbridge::RunTrigger trigger);
    void jobProgressed(qint64 companyId, posbridge::SyncJob job, int done, int total, const QString &message);
    void jobFinished(const posbridge::JobReport &report);

private:
    struct Entry
    {
        JobStatus status;
        int intervalSeconds = 0;
        int failures = 0;
        QDateTime lastSuccessAt;
    };

    void onTimer();
    void rearm();
    void enqueue(SyncJob job, RunTrigger trigger, bool withPrerequisites);
    bool isQueuedOrRunning(SyncJob job) const;
    void dispatch();
    void onWorkerFinished(const JobReport &report);
    void onWorkerProgressed(qint64 companyId, SyncJob job, int done, int total, const QString &message);
    void scheduleAfter(Entry &entry, const JobReport &report);
    qint64 retryDelayMs(int failures, int intervalSeconds) const;
    Entry *entry(SyncJob job);

    qint64 m_companyId = 0;
    const JobCatalog &m_catalog;
    std::unique_ptr<CompanyWorker> m_worker;
    const Clock &m_clock;
    SchedulerOptions m_options;
    IntegrationSettings m_settings;
    QList<Entry> m_entries; ///< one per job kind, in catalogue order
    QList<JobRequest> m_queue;
    std::optional<JobRequest> m_running;
    bool m_paused = false;
    QString m_pausedReason;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    QString m_progressMessage;
    bool m_bucketKnown = false;
    double m_bucketLevel = 0;
    double m_bucketSize = 0;
    QTimer m_timer;
};

} // namespace posbridge
