#include "sync/companyscheduler.h"

#include "sync/companyworker.h"
#include "sync/jobcatalog.h"
#include "sync/logging.h"

#include <QRandomGenerator>

namespace posbridge {

CompanyScheduler::CompanyScheduler(qint64 companyId, const JobCatalog &catalog, std::unique_ptr<CompanyWorker> worker,
                                   const Clock &clock, SchedulerOptions options, QObject *parent)
    : QObject(parent)
    , m_companyId(companyId)
    , m_catalog(catalog)
    , m_worker(std::move(worker))
    , m_clock(clock)
    , m_options(options)
{
    for (const JobKind &kind : m_catalog.kinds()) {
        Entry entry;
        entry.status.job = kind.job;
        m_entries << entry;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CompanyScheduler::onTimer);
    connect(m_worker.get(), &CompanyWorker::finished, this, &CompanyScheduler::onWorkerFinished);
    connect(m_worker.get(), &CompanyWorker::progressed, this, &CompanyScheduler::onWorkerProgressed);
}

CompanyScheduler::~CompanyScheduler() = default;

CompanyScheduler::Entry *CompanyScheduler::entry(SyncJob job)
{
    for (Entry &candidate : m_entries) {
        if (candidate.status.job == job)
            return &candidate;
    }
    return nullptr;
}

void CompanyScheduler::applySettings(const IntegrationSettings &settings)
{
    m_settings = settings;
    const QDateTime now = m_clock.nowUtc();
    for (Entry &e : m_entries) {
        const JobKind *kind = m_catalog.find(e.status.job);
        const bool wasEnabled = e.status.enabled;
        e.status.enabled = kind && kind->isEnabled(settings);
        e.intervalSeconds = kind ? qMax(1, kind->intervalSeconds(settings)) : 0;
        if (!e.status.enabled) {
            e.status.nextRunAt = {};
            e.failures = 0;
            continue;
        }
        if (!wasEnabled || !e.status.nextRunAt.isValid()) {
            const QDateTime due = e.lastSuccessAt.isValid() ? e.lastSuccessAt.addSecs(e.intervalSeconds) : now;
            e.status.nextRunAt = qMax(due, now.addMSecs(m_options.startDelayMs));
        } else if (e.failures == 0 && e.lastSuccessAt.isValid()) {
            e.status.nextRunAt = qMax(e.lastSuccessAt.addSecs(e.intervalSeconds), now);
        }
    }

    // A job turned off leaves the queue, and stops if it is running.
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [this](const JobRequest &request) { return !isEnabled(request.job); }),
                  m_queue.end());
    if (m_running && !isEnabled(m_running->job)) {
        qCInfo(lcSync).noquote() << "Cancelling" << syncJobKey(m_running->job) << "of company" << m_companyId
                                 << "because it was turned off";
        m_worker->cancel();
    }
    if (!m_running && m_queue.isEmpty() &&
        std::none_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.status.enabled; }))
        m_worker->stopThread();
    rearm();
    dispatch();
    Q_EMIT statusChanged(m_companyId);
}

void CompanyScheduler::setLastRuns(const QHash<SyncJob, QDateTime> &lastRuns)
{
    for (Entry &e : m_entries) {
        const QDateTime last = lastRuns.value(e.status.job);
        if (!last.isValid())
            continue;
        e.lastSuccessAt = last;
        if (!e.status.lastRunAt.isValid())
            e.status.lastRunAt = last;
        if (e.status.enabled && e.failures == 0)
            e.status.nextRunAt =
                qMax(last.addSecs(e.intervalSeconds), m_clock.nowUtc().addMSecs(m_options.startDelayMs));
    }
    rearm();
    Q_EMIT statusChanged(m_companyId);
}

void CompanyScheduler::setPaused(bool paused, const QString &reason)
{
    if (paused == m_paused && reason == m_pausedReason)
        return;
    m_paused = paused;
    m_pausedReason = paused ? reason : QString();
    if (paused) {
        m_queue.clear();
        m_worker->cancel();
        qCInfo(lcSync).noquote() << "Paused the sync of company" << m_companyId << ":" << reason;
    } else {
        const QDateTime soon = m_clock.nowUtc().addMSecs(m_options.startDelayMs);
        for (Entry &e : m_entries) {
            if (e.status.enabled) {
                e.failures = 0;
                e.status.nextRunAt = soon;
            }
        }
        qCInfo(lcSync) << "Resumed the sync of company" << m_companyId;
    }
    rearm();
    dispatch();
    Q_EMIT statusChanged(m_companyId);
}

bool CompanyScheduler::isEnabled(SyncJob job) const
{
    for (const Entry &e : m_entries) {
        if (e.status.job == job)
            return e.status.enabled;
    }
    return false;
}

bool CompanyScheduler::isIdle() const
{
    return !m_running && m_queue.isEmpty();
}

bool CompanyScheduler::runNow(SyncJob job, RunTrigger trigger)
{
    if (!isEnabled(job))
        return false;
    enqueue(job, trigger, false);
    dispatch();
    Q_EMIT statusChanged(m_companyId);
    return true;
}

void CompanyScheduler::cancel()
{
    const QDateTime now = m_clock.nowUtc();
    for (const JobRequest &request : std::as_const(m_queue)) {
        if (Entry *e = entry(request.job); e && e->status.enabled)
            e->status.nextRunAt = now.addSecs(e->intervalSeconds);
    }
    m_queue.clear();
    m_worker->cancel();
    rearm();
    Q_EMIT statusChanged(m_companyId);
}

void CompanyScheduler::onTimer()
{
    const QDateTime now = m_clock.nowUtc();
    if (!m_paused) {
        for (Entry &e : m_entries) {
            if (!e.status.enabled || !e.status.nextRunAt.isValid() || e.status.nextRunAt > now)
                continue;
            if (!isQueuedOrRunning(e.status.job))
                enqueue(e.status.job, RunTrigger::Schedule, true);
            // The next run is planned when this one ends; until then it is not due again.
            e.status.nextRunAt = {};
        }
    }
    dispatch();
    rearm();
    Q_EMIT statusChanged(m_companyId);
}

void CompanyScheduler::rearm()
{
    QDateTime earliest;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.status.enabled && e.status.nextRunAt.isValid() && (!earliest.isValid() || e.status.nextRunAt < earliest))
            earliest = e.status.nextRunAt;
    }
    if (!earliest.isValid() || m_paused) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound<qint64>(0, m_clock.nowUtc().msecsTo(earliest), 24LL * 3600 * 1000);
    m_timer.start(int(delay));
}

bool CompanyScheduler::isQueuedOrRunning(SyncJob job) const
{
    if (m_running && m_running->job == job)
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [job](const JobRequest &r) { return r.job == job; });
}

void CompanyScheduler::enqueue(SyncJob job, RunTrigger trigger, bool withPrerequisites)
{
    const JobKind *kind = m_catalog.find(job);
    if (!kind)
        return;
    if (withPrerequisites) {
        for (SyncJob before : kind->runsAfter) {
            if (!isEnabled(before))
                continue;
            const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                            [before](const JobRequest &r) { return r.job == before; });
            if (!queued) {
                m_queue.append({m_companyId, before, RunTrigger::Schedule});
                if (Entry *e = entry(before))
                    e->status.nextRunAt = {};
            }
        }
    }
    if (isQueuedOrRunning(job) && !(m_running && m_running->job == job))
        return;
    m_queue.append({m_companyId, job, trigger});
}

void CompanyScheduler::dispatch()
{
    while (!m_running && !m_paused && !m_queue.isEmpty()) {
        const JobRequest request = m_queue.takeFirst();
        const JobKind *kind = m_catalog.find(request.job);
        if (!kind || !isEnabled(request.job))
            continue;
        m_running = request;
        m_progressDone = 0;
        m_progressTotal = 0;
        m_progressMessage.clear();
        m_worker->start(request, std::shared_ptr<Job>(kind->create()));
        Q_EMIT jobStarted(m_companyId, request.job, request.trigger);
        Q_EMIT statusChanged(m_companyId);
    }
}

void CompanyScheduler::onWorkerProgressed(qint64 companyId, SyncJob job, int done, int total, const QString &message)
{
    m_progressDone = done;
    m_progressTotal = total;
    m_progressMessage = message;
    Q_EMIT jobProgressed(companyId, job, done, total, message);
}

void CompanyScheduler::onWorkerFinished(const JobReport &report)
{
    m_running.reset();
    m_progressMessage.clear();
    if (Entry *e = entry(report.job)) {
        e->status.lastRunAt = report.finishedAt;
        e->status.lastResult = report.result;
        e->status.lastMessage = report.message;
        scheduleAfter(*e, report);
    }
    Q_EMIT jobFinished(report);
    if (!m_paused && m_queue.isEmpty() &&
        std::none_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.status.enabled; }))
        m_worker->stopThread();
    dispatch();
    rearm();
    Q_EMIT statusChanged(m_companyId);
}

void CompanyScheduler::scheduleAfter(Entry &e, const JobReport &report)
{
    if (!e.status.enabled) {
        e.status.nextRunAt = {};
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    switch (report.result) {
    case RunResult::Succeeded:
    case RunResult::Partial:
    case RunResult::Running:
        e.failures = 0;
        e.lastSuccessAt = report.startedAt;
        e.status.nextRunAt = qMax(report.startedAt.addSecs(e.intervalSeconds), now);
        return;
    case RunResult::Cancelled:
        e.status.nextRunAt = now.addSecs(e.intervalSeconds);
        return;
    case RunResult::Failed:
        break;
    }
    ++e.failures;
    const qint64 delay = retryDelayMs(e.failures, e.intervalSeconds);
    e.status.nextRunAt = now.addMSecs(delay);
    qCInfo(lcSync).noquote() << syncJobKey(report.job) << "of company" << m_companyId << "failed" << e.failures
                             << "times in a row; next attempt in" << delay / 1000 << "s";
}

qint64 CompanyScheduler::retryDelayMs(int failures, int intervalSeconds) const
{
    const qint64 ceiling = qMax(m_options.maxRetryDelayMs, qint64(intervalSeconds) * 1000);
    const qint64 base = qMin(ceiling, m_options.retryBaseDelayMs << qMin(failures - 1, 20));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return qint64(double(base) * jitter);
}

CompanySyncStatus CompanyScheduler::status() const
{
    CompanySyncStatus status;
    status.companyId = m_companyId;
    status.paused = m_paused;
    status.pausedReason = m_pausedReason;
    if (m_running)
        status.runningJob = m_running->job;
    status.progressDone = m_progressDone;
    status.progressTotal = m_progressTotal;
    status.progressMessage = m_progressMessage;
    for (const Entry &e : m_entries) {
        JobStatus job = e.status;
        if (m_paused)
            job.nextRunAt = {};
        status.jobs << job;
    }
    status.bucketKnown = m_bucketKnown;
    status.bucketLevel = m_bucketLevel;
    status.bucketSize = m_bucketSize;
    return status;
}

void CompanyScheduler::setBucket(bool known, double level, double size)
{
    m_bucketKnown = known;
    m_bucketLevel = level;
    m_bucketSize = size;
}

} // namespace posbridge
