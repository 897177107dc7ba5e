#include "sync/syncengine.h"

#include "core/futures.h"
#include "lightspeed/ratelimiter.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "storage/synchistoryrepository.h"
#include "sync/companyservice.h"
#include "sync/companyworker.h"
#include "sync/connectionmanager.h"
#include "sync/logging.h"
#include "sync/synchistoryservice.h"

#include <QPointer>

namespace posbridge {

namespace {

/** A company's settings with the times its jobs last ran well. */
struct CompanyStart
{
    IntegrationSettings settings;
    QHash<SyncJob, QDateTime> lastRuns;
};

Result<CompanyStart> loadCompany(Database &db, qint64 companyId)
{
    CompanyStart start;
    auto settings = SettingsRepository(db.connection()).load(companyId);
    if (!settings)
        return settings.error();
    start.settings = *settings;
    start.settings.companyId = companyId;
    SyncHistoryRepository history(db.connection());
    for (SyncJob job :
         {SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation, SyncJob::ProductPosting}) {
        for (RunResult result : {RunResult::Succeeded, RunResult::Partial}) {
            RunFilter filter;
            filter.companyId = companyId;
            filter.job = job;
            filter.result = result;
            const auto page = history.runs(filter, std::nullopt, 1);
            if (!page)
                return page.error();
            if (page->runs.isEmpty())
                continue;
            const QDateTime startedAt = page->runs.constFirst().startedAt;
            if (!start.lastRuns.contains(job) || start.lastRuns.value(job) < startedAt)
                start.lastRuns.insert(job, startedAt);
        }
    }
    return start;
}

bool connectionChanged(const IntegrationSettings &before, const IntegrationSettings &after)
{
    return before.clientId != after.clientId || before.accountId != after.accountId ||
           before.tokenUrl != after.tokenUrl || before.revokeUrl != after.revokeUrl ||
           before.apiBaseUrl != after.apiBaseUrl;
}

} // namespace

SyncEngine::SyncEngine(std::shared_ptr<DatabaseExecutor> executor, ConnectionManager &connections,
                       SyncEngineOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_executor(std::move(executor))
    , m_connections(connections)
    , m_options(options)
    , m_clock(clock)
    , m_catalog(options.orderDownload)
{
    qRegisterMetaType<posbridge::JobReport>();
    qRegisterMetaType<posbridge::SyncJob>();
    qRegisterMetaType<posbridge::RunTrigger>();

    connect(&m_connections, &ConnectionManager::authorizationExpired, this, &SyncEngine::onAuthorizationExpired);
    connect(&m_connections, &ConnectionManager::tokensUpdated, this, &SyncEngine::onTokensUpdated);
    connect(&m_connections, &ConnectionManager::tokensCleared, this, &SyncEngine::onTokensCleared);
    connect(&m_connections, &ConnectionManager::authorizationRenewed, this, &SyncEngine::onTokensUpdated);
    // A company that never fetched a token waits for Fetch Token instead of failing at every interval.
    connect(&m_connections, &ConnectionManager::connectionStateChanged, this,
            [this](qint64 companyId, TokenManager::State state) {
                if (state == TokenManager::State::NotConnected && !m_expired.contains(companyId))
                    onTokensCleared(companyId);
            });
    connect(&m_bucketTimer, &QTimer::timeout, this, &SyncEngine::pollBuckets);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::registerJob(JobKind kind)
{
    m_catalog.add(std::move(kind));
}

void SyncEngine::watchHistory(SyncHistoryService *history)
{
    m_history = history;
    connect(history, &SyncHistoryService::retryRequested, this, &SyncEngine::retry);
}

void SyncEngine::watchSettings(CompanyService *companies)
{
    connect(companies, &CompanyService::settingsSaved, this, &SyncEngine::reloadCompany);
    // A removed company loads as default settings, with everything off, which stops its worker.
    connect(companies, &CompanyService::companiesChanged, this, [this] {
        for (const auto &[companyId, scheduler] : m_schedulers)
            reloadCompany(companyId);
    });
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    auto loaded = m_executor->run([](Database &db) -> Result<QList<CompanyStart>> {
        auto enabled = SettingsRepository(db.connection()).listEnabled();
        if (!enabled)
            return enabled.error();
        QList<CompanyStart> companies;
        for (const IntegrationSettings &settings : *enabled) {
            auto company = loadCompany(db, settings.companyId);
            if (!company)
                return company.error();
            companies << *company;
        }
        return companies;
    });
    whenFinished(loaded, this, [this](const Result<QList<CompanyStart>> &companies) {
        if (!m_started)
            return;
        if (!companies) {
            qCWarning(lcSync).noquote() << "Could not read the companies' settings:" << companies.error().toLogString();
            return;
        }
        for (const CompanyStart &company : *companies)
            applySettings(company.settings, company.lastRuns);
        qCInfo(lcSync) << "Sync engine started with" << companies->size() << "companies that sync";
    });
    m_bucketTimer.start(m_options.bucketPollMs);
}

void SyncEngine::stop()
{
    m_started = false;
    m_bucketTimer.stop();
    for (const auto &[companyId, scheduler] : m_schedulers)
        scheduler->cancel();
    // Destroying a scheduler destroys its worker, which waits for the cancelled job to return.
    m_schedulers.clear();
}

void SyncEngine::reloadCompany(qint64 companyId)
{
    if (!m_started)
        return;
    auto loaded = m_executor->run([companyId](Database &db) { return loadCompany(db, companyId); });
    whenFinished(loaded, this, [this, companyId](const Result<CompanyStart> &company) {
        if (!m_started)
            return;
        if (!company) {
            qCWarning(lcSync).noquote() << "Could not read the settings of company" << companyId << ":"
                                        << company.error().toLogString();
            return;
        }
        applySettings(company->settings, company->lastRuns);
    });
}

CompanyScheduler *SyncEngine::schedulerFor(qint64 companyId)
{
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        return found->second.get();

    auto worker = std::make_unique<CompanyWorker>(companyId, m_executor->database(), m_connections, m_shops, m_clock);
    // Open Sync History pages follow the run; the history service may be called from any thread.
    worker->setRunObserver([history = QPointer<SyncHistoryService>(m_history)](qint64 company, qint64 runId) {
        if (history)
            history->notifyRunChanged(company, runId);
    });
    auto scheduler =
        std::make_unique<CompanyScheduler>(companyId, m_catalog, std::move(worker), m_clock, m_options.scheduler);
    CompanyScheduler *raw = scheduler.get();
    connect(raw, &CompanyScheduler::statusChanged, this, &SyncEngine::statusChanged);
    connect(raw, &CompanyScheduler::jobStarted, this, &SyncEngine::jobStarted);
    connect(raw, &CompanyScheduler::jobProgressed, this, &SyncEngine::jobProgressed);
    connect(raw, &CompanyScheduler::jobFinished, this, &SyncEngine::onJobFinished);
    m_schedulers.emplace(companyId, std::move(scheduler));
    return raw;
}

void SyncEngine::applySettings(const IntegrationSettings &settings, const QHash<SyncJob, QDateTime> &lastRuns)
{
    const bool known = m_schedulers.count(settings.companyId) > 0;
    CompanyScheduler *scheduler = schedulerFor(settings.companyId);
    if (known && connectionChanged(scheduler->settings(), settings))
        m_connections.invalidate(settings.companyId);
    scheduler->applySettings(settings);
    if (!known)
        scheduler->setLastRuns(lastRuns);
    if (m_expired.contains(settings.companyId) || m_allPaused)
        applyPause(scheduler, settings.companyId);
    qCInfo(lcSync).noquote() << "Company" << settings.companyId << "syncs:"
                             << "order download" << (scheduler->isEnabled(SyncJob::OrderDownload) ? "on" : "off")
                             << "- inventory upload" << (scheduler->isEnabled(SyncJob::InventoryUpload) ? "on" : "off");
}

bool SyncEngine::runNow(qint64 companyId, SyncJob job, RunTrigger trigger)
{
    if (!canRun(companyId, job))
        return false;
    return m_schedulers.at(companyId)->runNow(job, trigger);
}

void SyncEngine::retry(qint64 companyId, SyncJob job)
{
    runNow(companyId, job, RunTrigger::Retry);
}

void SyncEngine::cancel(qint64 companyId)
{
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        found->second->cancel();
}

bool SyncEngine::canRun(qint64 companyId, SyncJob job) const
{
    const auto found = m_schedulers.find(companyId);
    return found != m_schedulers.end() && !found->second->isPaused() && found->second->isEnabled(job);
}

CompanySyncStatus SyncEngine::status(qint64 companyId) const
{
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        return found->second->status();
    CompanySyncStatus none;
    none.companyId = companyId;
    return none;
}

void SyncEngine::onAuthorizationExpired(qint64 companyId)
{
    const QString reason = tr("Authorization expired — use Fetch Token");
    m_expired.insert(companyId, reason);
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        found->second->setPaused(true, reason);
    Q_EMIT companyPaused(companyId, reason);
}

void SyncEngine::onTokensCleared(qint64 companyId)
{
    const QString reason = tr("Not connected — use Fetch Token");
    m_expired.insert(companyId, reason);
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        found->second->setPaused(true, reason);
    Q_EMIT companyPaused(companyId, reason);
}

void SyncEngine::onTokensUpdated(qint64 companyId)
{
    if (!m_expired.remove(companyId))
        return;
    const auto found = m_schedulers.find(companyId);
    if (found != m_schedulers.end())
        applyPause(found->second.get(), companyId);
    if (!m_allPaused)
        Q_EMIT companyResumed(companyId);
}

void SyncEngine::applyPause(CompanyScheduler *scheduler, qint64 companyId)
{
    // An expired authorization outranks Pause All: its reason tells the admin what to do.
    if (m_expired.contains(companyId))
        scheduler->setPaused(true, m_expired.value(companyId));
    else if (m_allPaused)
        scheduler->setPaused(true, tr("Paused — use Resume All"));
    else
        scheduler->setPaused(false);
}

void SyncEngine::setAllPaused(bool paused)
{
    if (paused == m_allPaused)
        return;
    m_allPaused = paused;
    qCInfo(lcSync) << (paused ? "Pausing" : "Resuming") << "every company's sync";
    for (const auto &[companyId, scheduler] : m_schedulers)
        applyPause(scheduler.get(), companyId);
    Q_EMIT allPausedChanged(paused);
}

void SyncEngine::onJobFinished(const JobReport &report)
{
    if (report.authorizationExpired() && !m_expired.contains(report.companyId))
        onAuthorizationExpired(report.companyId);
    if (report.result == RunResult::Failed)
        Q_EMIT runFailed(report.companyId, report.job, report.message);
    Q_EMIT jobFinished(report);
}

void SyncEngine::pollBuckets()
{
    for (const auto &[companyId, scheduler] : m_schedulers) {
        const std::shared_ptr<RateLimiter> limiter = m_connections.rateLimiterFor(companyId);
        if (!limiter)
            continue;
        const RateLimiter::Snapshot snapshot = limiter->snapshot();
        const CompanySyncStatus before = scheduler->status();
        if (before.bucketKnown == snapshot.bucketKnown && qAbs(before.bucketLevel - snapshot.level) < 0.5 &&
            before.bucketSize == snapshot.size)
            continue;
        scheduler->setBucket(snapshot.bucketKnown, snapshot.level, snapshot.size);
        Q_EMIT bucketLevelChanged(companyId, snapshot.level, snapshot.size);
        Q_EMIT statusChanged(companyId);
    }
}

} // namespace posbridge
