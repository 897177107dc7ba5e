#include "sync/companysyncstatus.h"

namespace posbridge {

std::optional<JobStatus> CompanySyncStatus::lastRun() const
{
    std::optional<JobStatus> latest;
    for (const JobStatus &status : jobs) {
        if (status.lastRunAt.isValid() && (!latest || latest->lastRunAt < status.lastRunAt))
            latest = status;
    }
    return latest;
}

std::optional<JobStatus> CompanySyncStatus::nextRun() const
{
    std::optional<JobStatus> earliest;
    for (const JobStatus &status : jobs) {
        if (status.enabled && status.nextRunAt.isValid() && (!earliest || status.nextRunAt < earliest->nextRunAt))
            earliest = status;
    }
    return earliest;
}

const JobStatus *CompanySyncStatus::job(SyncJob job) const
{
    for (const JobStatus &status : jobs) {
        if (status.job == job)
            return &status;
    }
    return nullptr;
}

} // namespace posbridge
