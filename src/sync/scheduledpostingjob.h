#pragma once

#include "sync/job.h"
#include "sync/jobcatalog.h"
#include "sync/productpostingjob.h"

namespace posbridge {

/**
 * @brief Runs product posting as one of the engine's jobs.
 *
 * The engine's runner opens the company's API and records the run; this job hands both to a
 * ProductPostingJob and copies its counts back. A posting run is therefore scheduled, paused,
 * cancelled and shown in the history like an order download.
 */
class ScheduledPostingJob final : public Job
{
public:
    explicit ScheduledPostingJob(PostingJobOptions options = {});

    VoidResult run(JobContext &context) override;

private:
    PostingJobOptions m_options;
};

/**
 * @brief Product posting as the engine schedules it: at the company's posting interval while
 * Lightspeed POS Enabled is on, and at once on Post Products Now.
 */
JobKind productPostingKind(const PostingJobOptions &options = {});

} // namespace posbridge
