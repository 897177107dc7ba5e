#include "sync/synchistoryservice.h"

#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "sync/logging.h"

#include <QCoreApplication>

namespace posbridge {

SyncHistoryService::SyncHistoryService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : QObject(parent)
    , m_executor(std::move(executor))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

SyncHistoryService::~SyncHistoryService()
{
    // Queued work refers to this object; let it finish before the object goes away.
    m_executor->waitForDone();
}

void SyncHistoryService::emitLater(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

QFuture<Result<RunPage>> SyncHistoryService::runs(const RunFilter &filter, const std::optional<RunCursor> &after,
                                                  int limit)
{
    return m_executor->run([filter, after, limit](Database &db) {
        return SyncHistoryRepository(db.connection()).runs(filter, after, limit);
    });
}

QFuture<Result<qint64>> SyncHistoryService::countRuns(const RunFilter &filter)
{
    return m_executor->run([filter](Database &db) { return SyncHistoryRepository(db.connection()).countRuns(filter); });
}

QFuture<Result<SyncRun>> SyncHistoryService::run(qint64 runId)
{
    return m_executor->run([runId](Database &db) { return SyncHistoryRepository(db.connection()).run(runId); });
}

QFuture<Result<EventPage>> SyncHistoryService::events(qint64 runId, qint64 afterEventId, int limit, bool problemsOnly)
{
    return m_executor->run([runId, afterEventId, limit, problemsOnly](Database &db) {
        return SyncHistoryRepository(db.connection()).events(runId, afterEventId, limit, problemsOnly);
    });
}

QFuture<Result<int>> SyncHistoryService::retryFailedItems(qint64 runId)
{
    return m_executor->run([this, runId](Database &db) -> Result<int> {
        SyncHistoryRepository repository(db.connection());
        const auto run = repository.run(runId);
        if (!run)
            return run.error();
        if (run->result == RunResult::Running)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("SyncHistoryService",
                                                         "The run is still running. Retry it once it has finished."));

        auto released = repository.releaseHoldsOfRun(runId);
        if (!released)
            return released.error();
        qCInfo(lcSync) << "Retry of run" << runId << "requested; released" << *released << "held items";
        emitLater([this, companyId = run->companyId, job = run->job] { Q_EMIT retryRequested(companyId, job); });
        return released;
    });
}

QFuture<Result<int>> SyncHistoryService::markInterruptedRuns()
{
    const QDateTime startedBefore = m_startedAt;
    return m_executor->run([startedBefore](Database &db) {
        auto marked = SyncHistoryRepository(db.connection()).markInterruptedRuns(startedBefore);
        if (marked && *marked > 0)
            qCInfo(lcSync) << "Marked" << *marked << "interrupted sync runs as failed";
        return marked;
    });
}

QFuture<Result<int>> SyncHistoryService::pruneExpiredHistory()
{
    return m_executor->run([](Database &db) -> Result<int> {
        const auto companies = CompanyRepository(db.connection()).list();
        if (!companies)
            return companies.error();
        int deleted = 0;
        for (const Company &company : *companies) {
            const auto settings = SettingsRepository(db.connection()).load(company.id);
            if (!settings)
                return settings.error();
            if (settings->historyRetentionDays < 1)
                continue; // the form allows 1 to 3650 days; skip a value it would reject
            const auto pruned =
                SyncHistoryRepository(db.connection()).pruneOlderThan(company.id, settings->historyRetentionDays);
            if (!pruned)
                return pruned.error();
            deleted += *pruned;
        }
        if (deleted > 0)
            qCInfo(lcSync) << "Deleted" << deleted << "sync runs past their retention period";
        return deleted;
    });
}

void SyncHistoryService::notifyRunChanged(qint64 companyId, qint64 runId)
{
    emitLater([this, companyId, runId] { Q_EMIT runChanged(companyId, runId); });
}

} // namespace posbridge
