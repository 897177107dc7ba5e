#pragma once

#include "core/syncrun.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace posbridge {

/** @brief The schedule of one job of one company, as the status bar and the tray show it. */
struct JobStatus
{
    SyncJob job = SyncJob::OrderDownload;
    bool enabled = false;
    QDateTime lastRunAt; ///< UTC end of the last run in this session; invalid when none
    RunResult lastResult = RunResult::Succeeded;
    QString lastMessage; ///< translated; why the last run failed
    QDateTime nextRunAt; ///< UTC; invalid when the job is off or the company is paused
};

/** @brief Everything the status bar and the tray show about one company's sync. */
struct CompanySyncStatus
{
    qint64 companyId = 0;
    bool paused = false;
    QString pausedReason; ///< translated, such as "Authorization expired — use Fetch Token"
    std::optional<SyncJob> runningJob;
    int progressDone = 0;
    int progressTotal = 0; ///< 0 when the total is unknown
    QString progressMessage;
    QList<JobStatus> jobs;
    bool bucketKnown = false;
    double bucketLevel = 0;
    double bucketSize = 0;

    /** @brief The job status whose last run ended most recently, or nothing before any run. */
    [[nodiscard]] std::optional<JobStatus> lastRun() const;
    /** @brief The enabled job that runs next, or nothing when none is scheduled. */
    [[nodiscard]] std::optional<JobStatus> nextRun() const;
    [[nodiscard]] const JobStatus *job(SyncJob job) const;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::CompanySyncStatus)
