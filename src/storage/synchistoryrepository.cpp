#include "storage/synchistoryrepository.h"

#include "core/clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncHistoryRepository", text);
}

} // namespace

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_clock(&SystemClock::instance())
{
}

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{
}

Result<qint64> SyncHistoryRepository::startRun(qint64 companyId, SyncJob job, RunTrigger trigger)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_runs (company_id, job, run_trigger, result, started_at) VALUES "
                                 "(:company, :job, :trigger, :result, :started) RETURNING id"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":trigger"), runTriggerKey(trigger));
    query.bindValue(QStringLiteral(":result"), runResultKey(RunResult::Running));
    query.bindValue(QStringLiteral(":started"), m_clock->nowUtc().toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return sqlError(query, tr("record the start of the sync run"));
    return query.value(0).toLongLong();
}

Result<QList<qint64>> SyncHistoryRepository::addEvents(qint64 runId, const QList<SyncEvent> &events)
{
    QList<qint64> ids;
    if (events.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_events (run_id, company_id, at, level, entity, lightspeed_id, local_id, http_status, "
        "message, retryable) SELECT :run, company_id, :at, :level, :entity, :lightspeed, :local, :status, :message, "
        ":retryable FROM sync_runs WHERE id = :run RETURNING id"));
    ids.reserve(events.size());
    for (const SyncEvent &event : events) {
        const QDateTime at = event.at.isValid() ? event.at : m_clock->nowUtc();
        query.bindValue(QStringLiteral(":run"), runId);
        query.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":level"), eventLevelKey(event.level));
        query.bindValue(QStringLiteral(":entity"), sqlvalues::text(event.entity));
        query.bindValue(QStringLiteral(":lightspeed"), sqlvalues::text(event.lightspeedId));
        query.bindValue(QStringLiteral(":local"), event.localId);
        query.bindValue(QStringLiteral(":status"), event.httpStatus);
        query.bindValue(QStringLiteral(":message"), sqlvalues::text(event.message));
        query.bindValue(QStringLiteral(":retryable"), int(event.retryable));
        if (!query.exec())
            return sqlError(query, tr("record a sync event"));
        if (!query.next())
            return makeError(ErrorCode::NotFound, tr("The sync run %1 no longer exists.").arg(runId));
        ids << query.value(0).toLongLong();
        query.finish();
    }
    return ids;
}

Result<qint64> SyncHistoryRepository::addEvent(qint64 runId, const SyncEvent &event)
{
    auto ids = addEvents(runId, {event});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

VoidResult SyncHistoryRepository::finishRun(qint64 runId, RunResult result, const RunCounts &counts, Decimal dripsUsed,
                                            const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE sync_runs SET result = :result, finished_at = :finished, fetched = :fetched, created = :created, "
        "updated = :updated, skipped = :skipped, failed = :failed, drips_used = :drips, message = :message WHERE id = "
        ":id"));
    query.bindValue(QStringLiteral(":result"), runResultKey(result));
    query.bindValue(QStringLiteral(":finished"), m_clock->nowUtc().toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":fetched"), counts.fetched);
    query.bindValue(QStringLiteral(":created"), counts.created);
    query.bindValue(QStringLiteral(":updated"), counts.updated);
    query.bindValue(QStringLiteral(":skipped"), counts.skipped);
    query.bindValue(QStringLiteral(":failed"), counts.failed);
    query.bindValue(QStringLiteral(":drips"), dripsUsed.units());
    query.bindValue(QStringLiteral(":message"), sqlvalues::text(message));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, tr("record the end of the sync run"));
    return {};
}

Result<int> SyncHistoryRepository::markInterruptedRuns(const QDateTime &startedBefore)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE sync_runs SET result = :failed, finished_at = COALESCE((SELECT MAX(e.at) FROM sync_events e WHERE "
        "e.run_id = sync_runs.id), started_at), message = :message WHERE result = :running AND started_at < :before"));
    query.bindValue(QStringLiteral(":failed"), runResultKey(RunResult::Failed));
    query.bindValue(QStringLiteral(":message"), tr("The run was interrupted: POS Bridge stopped before it ended."));
    query.bindValue(QStringLiteral(":running"), runResultKey(RunResult::Running));
    query.bindValue(QStringLiteral(":before"), startedBefore.toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, tr("close interrupted sync runs"));
    return query.numRowsAffected();
}

VoidResult SyncHistoryRepository::hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId,
                                       const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_holds (company_id, job, entity_key, event_id, reason, since) VALUES (:company, :job, :key, "
        ":event, :reason, :since) ON CONFLICT (company_id, job, entity_key) DO UPDATE SET event_id = "
        "excluded.event_id, reason = excluded.reason"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":key"), entityKey);
    query.bindValue(QStringLiteral(":event"), sqlvalues::idOrNull(eventId));
    query.bindValue(QStringLiteral(":reason"), sqlvalues::text(reason));
    query.bindValue(QStringLiteral(":since"), m_clock->nowUtc().toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, tr("hold the failed item"));
    return {};
}

Result<QSet<QString>> SyncHistoryRepository::heldKeys(qint64 companyId, SyncJob job) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_key FROM sync_holds WHERE company_id = :company AND job = :job"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    if (!query.exec())
        return sqlError(query, tr("read the held items"));
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

Result<int> SyncHistoryRepository::releaseHoldsOfRun(qint64 runId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_holds WHERE event_id IN (SELECT id FROM sync_events WHERE run_id = "
                                 ":run)"));
    query.bindValue(QStringLiteral(":run"), runId);
    if (!query.exec())
        return sqlError(query, tr("release the held items"));
    return query.numRowsAffected();
}

Result<int> SyncHistoryRepository::pruneOlderThan(qint64 companyId, int days)
{
    const qint64 before = m_clock->nowUtc().addDays(-days).toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_runs WHERE company_id = :company AND started_at < :before AND "
                                 "result <> :running"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":before"), before);
    query.bindValue(QStringLiteral(":running"), runResultKey(RunResult::Running));
    if (!query.exec())
        return sqlError(query, tr("delete old sync history"));
    return query.numRowsAffected();
}

Result<SyncRun> SyncHistoryRepository::run(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, company_id, job, run_trigger, result, started_at, finished_at, fetched, "
                                 "created, updated, skipped, failed, drips_used, message FROM sync_runs WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, tr("read the sync run"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("The sync run %1 no longer exists.").arg(runId));
    SyncRun run;
    int i = 0;
    run.id = query.value(i++).toLongLong();
    run.companyId = query.value(i++).toLongLong();
    run.job = syncJobFromKey(query.value(i++).toString()).value_or(SyncJob::OrderDownload);
    run.trigger = runTriggerFromKey(query.value(i++).toString()).value_or(RunTrigger::Schedule);
    run.result = runResultFromKey(query.value(i++).toString()).value_or(RunResult::Failed);
    run.startedAt = sqlvalues::timeFrom(query.value(i++));
    run.finishedAt = sqlvalues::timeFrom(query.value(i++));
    run.fetched = query.value(i++).toInt();
    run.created = query.value(i++).toInt();
    run.updated = query.value(i++).toInt();
    run.skipped = query.value(i++).toInt();
    run.failed = query.value(i++).toInt();
    run.dripsUsed = Decimal::fromUnits(query.value(i++).toLongLong());
    run.message = query.value(i++).toString();
    return run;
}

Result<QHash<SyncJob, QDateTime>> SyncHistoryRepository::lastSuccessfulRuns(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT job, MAX(started_at) FROM sync_runs WHERE company_id = :company AND result IN "
                                 "(:succeeded, :partial) GROUP BY job"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":succeeded"), runResultKey(RunResult::Succeeded));
    query.bindValue(QStringLiteral(":partial"), runResultKey(RunResult::Partial));
    if (!query.exec())
        return sqlError(query, tr("read the last sync runs"));
    QHash<SyncJob, QDateTime> last;
    while (query.next()) {
        if (const auto job = syncJobFromKey(query.value(0).toString()))
            last.insert(*job, sqlvalues::timeFrom(query.value(1)));
    }
    return last;
}

} // namespace posbridge
