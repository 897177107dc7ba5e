#include "sync/traystatemodel.h"

#include "sync/connectionmanager.h"
#include "sync/syncengine.h"
#include "sync/synctext.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace posbridge {

namespace {

bool failedLastTime(const JobStatus &job)
{
    return job.enabled && job.lastRunAt.isValid() && job.lastResult == RunResult::Failed;
}

} // namespace

TrayStateModel::TrayStateModel(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_limiter(clock)
{
}

TrayStateModel::~TrayStateModel() = default;

void TrayStateModel::watch(SyncEngine *engine, ConnectionManager *connections)
{
    connect(engine, &SyncEngine::statusChanged, this,
            [this, engine](qint64 companyId) { updateStatus(engine->status(companyId)); });
    connect(engine, &SyncEngine::jobFinished, this, &TrayStateModel::onJobFinished);
    connect(engine, &SyncEngine::allPausedChanged, this, &TrayStateModel::setAllPaused);
    connect(connections, &ConnectionManager::authorizationExpired, this, &TrayStateModel::reportAuthorizationExpired);
    connect(connections, &ConnectionManager::authorizationRenewed, this, &TrayStateModel::reportAuthorizationRenewed);
    m_engine = engine;
    setAllPaused(engine->isAllPaused());
    for (const qint64 companyId : m_order)
        updateStatus(engine->status(companyId));
}

void TrayStateModel::onJobFinished(const JobReport &report)
{
    // An expired authorization gets its own notification, so its failed run adds none.
    if (report.authorizationExpired())
        reportAuthorizationExpired(report.companyId);
    else if (report.result == RunResult::Failed)
        reportRunFailed(report.companyId, report.job, report.message);
}

void TrayStateModel::setCompanies(const QList<std::pair<qint64, QString>> &companies)
{
    QHash<qint64, Entry> kept;
    m_order.clear();
    for (const auto &[companyId, name] : companies) {
        Entry entry = m_entries.value(companyId);
        entry.name = name;
        if (m_engine)
            entry.status = m_engine->status(companyId);
        entry.status.companyId = companyId;
        kept.insert(companyId, entry);
        m_order.append(companyId);
    }
    m_entries = kept;
    Q_EMIT changed();
}

void TrayStateModel::updateStatus(const CompanySyncStatus &status)
{
    const auto found = m_entries.find(status.companyId);
    if (found == m_entries.end())
        return;
    found->status = status;
    for (auto failure = found->failures.begin(); failure != found->failures.end();) {
        const JobStatus *job = status.job(failure.key());
        const bool superseded = job && job->lastRunAt.isValid() && job->lastResult != RunResult::Failed;
        failure = superseded ? found->failures.erase(failure) : std::next(failure);
    }
    Q_EMIT changed();
}

void TrayStateModel::setAllPaused(bool paused)
{
    if (paused == m_allPaused)
        return;
    m_allPaused = paused;
    Q_EMIT changed();
}

void TrayStateModel::reportAuthorizationExpired(qint64 companyId)
{
    if (auto found = m_entries.find(companyId); found != m_entries.end())
        found->authorizationExpired = true;
    Q_EMIT changed();
    requestNotification(companyId, NotificationKind::AuthorizationExpired, tr("Authorization expired"),
                        tr("%1 stopped syncing: Lightspeed no longer accepts its authorization. Use Fetch Token "
                           "to connect it again.")
                            .arg(nameOf(companyId)));
}

void TrayStateModel::reportAuthorizationRenewed(qint64 companyId)
{
    if (auto found = m_entries.find(companyId); found != m_entries.end())
        found->authorizationExpired = false;
    // A later expiry is news again, however soon it comes.
    m_limiter.reset(companyId, NotificationKind::AuthorizationExpired);
    Q_EMIT changed();
}

void TrayStateModel::reportRunFailed(qint64 companyId, SyncJob job, const QString &message)
{
    if (auto found = m_entries.find(companyId); found != m_entries.end())
        found->failures.insert(job, message);
    Q_EMIT changed();
    requestNotification(companyId, NotificationKind::RunFailed, tr("Sync failed"),
                        tr("%1: %2 failed: %3").arg(nameOf(companyId), syncJobName(job), message));
}

void TrayStateModel::requestNotification(qint64 companyId, NotificationKind kind, const QString &title,
                                         const QString &message)
{
    const NotificationDecision decision = m_limiter.offer(companyId, kind);
    if (!decision.show)
        return;
    QString text = message;
    if (decision.suppressed > 0)
        text += QLatin1Char('\n') + tr("%n similar notification(s) were not shown.", nullptr, decision.suppressed);
    Q_EMIT notificationRequested(title, text);
}

QString TrayStateModel::nameOf(qint64 companyId) const
{
    const auto found = m_entries.constFind(companyId);
    return found != m_entries.cend() && !found->name.isEmpty() ? found->name : tr("Company %1").arg(companyId);
}

TrayCompany TrayStateModel::describe(qint64 companyId, const Entry &entry) const
{
    TrayCompany company{companyId, entry.name, TrayState::Idle, {}};
    const CompanySyncStatus &status = entry.status;
    const auto failed = std::find_if(status.jobs.cbegin(), status.jobs.cend(), failedLastTime);

    if (entry.authorizationExpired) {
        company.state = TrayState::Attention;
        company.detail = tr("Authorization expired — use Fetch Token");
    } else if (status.paused && !m_allPaused) {
        company.state = TrayState::Attention;
        company.detail = status.pausedReason;
    } else if (!entry.failures.isEmpty()) {
        company.state = TrayState::Attention;
        const SyncJob job = entry.failures.constBegin().key();
        company.detail = tr("%1 failed: %2").arg(syncJobName(job), entry.failures.constBegin().value());
    } else if (failed != status.jobs.cend()) {
        company.state = TrayState::Attention;
        company.detail = tr("%1 failed: %2").arg(syncJobName(failed->job), failed->lastMessage);
    } else if (status.runningJob) {
        company.state = TrayState::Syncing;
        company.detail = tr("Syncing: %1").arg(syncJobName(*status.runningJob));
    } else if (status.paused) {
        company.detail = tr("Paused");
    } else if (const auto next = status.nextRun()) {
        company.detail =
            tr("Next: %1").arg(QLocale().toString(next->nextRunAt.toLocalTime().time(), QLocale::ShortFormat));
    } else {
        company.detail = tr("Sync off");
    }
    return company;
}

TrayState TrayStateModel::companyState(qint64 companyId) const
{
    const auto found = m_entries.constFind(companyId);
    return found != m_entries.cend() ? describe(companyId, *found).state : TrayState::Idle;
}

QList<TrayCompany> TrayStateModel::companies() const
{
    QList<TrayCompany> result;
    result.reserve(m_order.size());
    for (const qint64 companyId : m_order)
        result.append(describe(companyId, m_entries.value(companyId)));
    return result;
}

TrayState TrayStateModel::state() const
{
    TrayState overall = TrayState::Idle;
    for (const TrayCompany &company : companies()) {
        if (company.state == TrayState::Attention)
            return TrayState::Attention;
        if (company.state == TrayState::Syncing)
            overall = TrayState::Syncing;
    }
    return overall;
}

QString TrayStateModel::toolTip() const
{
    QStringList lines{tr("POS Bridge")};
    if (m_allPaused)
        lines << tr("All syncing is paused.");
    for (const TrayCompany &company : companies())
        lines << tr("%1: %2").arg(company.name, company.detail);
    return lines.join(QLatin1Char('\n'));
}

bool TrayStateModel::anySyncEnabled() const
{
    for (const Entry &entry : m_entries) {
        for (const JobStatus &job : entry.status.jobs) {
            if (job.enabled)
                return true;
        }
    }
    return false;
}

} // namespace posbridge
