#include "sync/jobrunner.h"

#include "lightspeed/apierrors.h"
#include "storage/database.h"
#include "sync/connectionmanager.h"
#include "sync/logging.h"
#include "sync/runrecorder.h"
#include "sync/shopdirectory.h"

#include <QCoreApplication>

namespace posbridge {

bool JobReport::authorizationExpired() const
{
    return error && error->code == ErrorCode::AuthorizationExpired;
}

bool JobReport::transientFailure() const
{
    return error && ApiErrors::isTransient(*error);
}

JobRunner::JobRunner(std::shared_ptr<Database> database, ConnectionManager &connections, ShopDirectory &shops,
                     const Clock &clock)
    : m_database(std::move(database))
    , m_connections(connections)
    , m_shops(shops)
    , m_clock(clock)
{
}

void JobRunner::notify(qint64 companyId, qint64 runId) const
{
    if (m_runObserver && runId != 0)
        m_runObserver(companyId, runId);
}

JobReport JobRunner::run(const JobRequest &request, Job &job, const CancellationToken &cancel,
                         const ProgressCallback &progress)
{
    JobReport report;
    report.companyId = request.companyId;
    report.job = request.job;
    report.trigger = request.trigger;
    report.startedAt = m_clock.nowUtc();

    RunRecorder recorder(m_database->connection(), request.companyId, request.job, request.trigger, m_clock);
    const auto runId = recorder.start();
    if (!runId) {
        report.error = runId.error();
        report.message = runId.error().message;
        report.finishedAt = m_clock.nowUtc();
        qCWarning(lcSync).noquote() << "Could not record a run of" << syncJobKey(request.job) << "for company"
                                    << request.companyId << ":" << runId.error().toLogString();
        return report;
    }
    report.runId = *runId;
    notify(request.companyId, report.runId);
    qCInfo(lcSync).noquote() << "Run" << report.runId << "started:" << syncJobKey(request.job) << "for company"
                             << request.companyId << "(" << runTriggerKey(request.trigger) << ")";

    VoidResult outcome;
    std::unique_ptr<CompanyApi> api;
    if (auto opened = m_connections.openApi(request.companyId, cancel); !opened) {
        outcome = opened.error();
    } else {
        api = std::move(opened).value();
        JobContext context;
        context.companyId = request.companyId;
        context.job = request.job;
        context.trigger = request.trigger;
        context.database = m_database.get();
        context.api = api.get();
        context.recorder = &recorder;
        context.cancel = cancel;
        context.clock = &m_clock;
        context.progress = [this, &progress, &report](int done, int total, const QString &message) {
            if (progress)
                progress(done, total, message);
            notify(report.companyId, report.runId);
        };
        if (auto shop = m_shops.shopIdFor(api->settings, *api->retail, cancel); !shop) {
            outcome = shop.error();
        } else {
            context.shopId = *shop;
            outcome = job.run(context);
        }
        report.drips = api->client->stats().drips;
    }

    report.counts = recorder.counts();
    if (outcome.ok()) {
        report.result = report.counts.failed > 0 ? RunResult::Partial : RunResult::Succeeded;
        if (report.counts.failed > 0)
            report.message = QCoreApplication::translate("JobRunner", "%n items failed; see the run's events.", nullptr,
                                                         report.counts.failed);
    } else {
        report.error = outcome.error();
        report.result = outcome.error().code == ErrorCode::Cancelled ? RunResult::Cancelled : RunResult::Failed;
        report.message = report.result == RunResult::Cancelled ? QCoreApplication::translate("JobRunner", "Cancelled.")
                                                               : outcome.error().message;
    }

    const Decimal drips = Decimal::parse(QString::number(report.drips, 'f', 4)).value_or(Decimal());
    if (auto finished = recorder.finish(report.result, drips, report.message); !finished)
        qCWarning(lcSync).noquote() << "Could not record the end of run" << report.runId << ":"
                                    << finished.error().toLogString();
    report.finishedAt = m_clock.nowUtc();
    notify(report.companyId, report.runId);
    qCInfo(lcSync).noquote() << "Run" << report.runId << "of" << syncJobKey(request.job) << "for company"
                             << request.companyId << "ended:" << runResultKey(report.result) << "after"
                             << report.startedAt.msecsTo(report.finishedAt) << "ms," << report.counts.created
                             << "created," << report.counts.updated << "updated," << report.counts.skipped << "skipped,"
                             << report.counts.failed << "failed," << report.drips << "drips"
                             << (report.error ? report.error->toLogString() : QString());
    return report;
}

} // namespace posbridge
