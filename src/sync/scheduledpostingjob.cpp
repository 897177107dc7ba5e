#include "sync/scheduledpostingjob.h"

#include "sync/connectionmanager.h"
#include "sync/runrecorder.h"

namespace posbridge {

ScheduledPostingJob::ScheduledPostingJob(PostingJobOptions options)
    : m_options(std::move(options))
{
}

VoidResult ScheduledPostingJob::run(JobContext &context)
{
    ProductPostingJob posting(*context.database, *context.api->client, *context.api->retail, context.settings(),
                              m_options);
    const PostingOutcome outcome =
        posting.run(context.recorder->runId(), context.cancel, [&context](int done, int total, const QString &message) {
            context.reportProgress(done, total, message);
        });
    context.recorder->counts() = outcome.counts;
    if (outcome.stopError)
        return *outcome.stopError;
    return {};
}

JobKind productPostingKind(const PostingJobOptions &options)
{
    JobKind posting;
    posting.job = SyncJob::ProductPosting;
    posting.create = [options] { return std::make_unique<ScheduledPostingJob>(options); };
    // Lightspeed POS Enabled is what makes the company's products available for listing.
    posting.isEnabled = [](const IntegrationSettings &settings) { return settings.posEnabled; };
    posting.intervalSeconds = [](const IntegrationSettings &settings) { return settings.postingIntervalSeconds; };
    return posting;
}

} // namespace posbridge
