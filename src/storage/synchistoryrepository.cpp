#include "storage/synchistoryrepository.h"

#include "core/clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SyncHistoryRepository)
};

} // namespace

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{
}

qint64 SyncHistoryRepository::nowMs() const
{
    return (m_clock ? *m_clock : SystemClock::instance()).nowUtc().toMSecsSinceEpoch();
}

Result<qint64> SyncHistoryRepository::startRun(qint64 companyId, SyncJob job, RunTrigger trigger)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_runs (company_id, job, run_trigger, result, started_at) VALUES "
                                 "(:company, :job, :trigger, :result, :now) RETURNING id"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":trigger"), runTriggerKey(trigger));
    query.bindValue(QStringLiteral(":result"), runResultKey(RunResult::Running));
    query.bindValue(QStringLiteral(":now"), nowMs());
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("record the start of the run"));
    return query.value(0).toLongLong();
}

Result<QList<qint64>> SyncHistoryRepository::addEvents(qint64 runId, const QList<SyncEvent> &events)
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_events (run_id, company_id, at, level, entity, lightspeed_id, local_id, http_status, "
        "message, retryable) SELECT id, company_id, :at, :level, :entity, :lightspeed, :local, :status, :message, "
        ":retryable FROM sync_runs WHERE id = :run RETURNING id"));
    for (const SyncEvent &event : events) {
        query.bindValue(QStringLiteral(":at"), event.at.isValid() ? event.at.toMSecsSinceEpoch() : nowMs());
        query.bindValue(QStringLiteral(":level"), eventLevelKey(event.level));
        query.bindValue(QStringLiteral(":entity"), sqlvalues::text(event.entity));
        query.bindValue(QStringLiteral(":lightspeed"), sqlvalues::text(event.lightspeedId));
        query.bindValue(QStringLiteral(":local"), event.localId);
        query.bindValue(QStringLiteral(":status"), event.httpStatus);
        query.bindValue(QStringLiteral(":message"), sqlvalues::text(event.message));
        query.bindValue(QStringLiteral(":retryable"), int(event.retryable));
        query.bindValue(QStringLiteral(":run"), runId);
        if (!query.exec() || !query.next())
            return sqlError(query, Messages::tr("record a sync event"));
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

VoidResult SyncHistoryRepository::finishRun(qint64 runId, RunResult result, const RunCounts &counts,
                                            Decimal dripsUsed, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE sync_runs SET result = :result, finished_at = :now, fetched = :fetched, created = :created, updated "
        "= :updated, skipped = :skipped, failed = :failed, drips_used = :drips, message = :message WHERE id = :id"));
    query.bindValue(QStringLiteral(":result"), runResultKey(result));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":fetched"), counts.fetched);
    query.bindValue(QStringLiteral(":created"), counts.created);
    query.bindValue(QStringLiteral(":updated"), counts.updated);
    query.bindValue(QStringLiteral(":skipped"), counts.skipped);
    query.bindValue(QStringLiteral(":failed"), counts.failed);
    query.bindValue(QStringLiteral(":drips"), dripsUsed.units());
    query.bindValue(QStringLiteral(":message"), sqlvalues::text(message));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, Messages::tr("record the end of the run"));
    return {};
}

VoidResult SyncHistoryRepository::hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId,
                                       const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_holds (company_id, job, entity_key, event_id, reason, since) VALUES (:company, :job, :key, "
        ":event, :reason, :now) ON CONFLICT (company_id, job, entity_key) DO UPDATE SET event_id = excluded.event_id, "
        "reason = excluded.reason"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":key"), entityKey);
    query.bindValue(QStringLiteral(":event"), sqlvalues::idOrNull(eventId));
    query.bindValue(QStringLiteral(":reason"), sqlvalues::text(reason));
    query.bindValue(QStringLiteral(":now"), nowMs());
    if (!query.exec())
        return sqlError(query, Messages::tr("hold back a failed item"));
    return {};
}

Result<bool> SyncHistoryRepository::isHeld(qint64 companyId, SyncJob job, const QString &entityKey) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM sync_holds WHERE company_id = :company AND job = :job AND entity_key = :key"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":key"), entityKey);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the held items"));
    return query.next();
}

Result<QSet<QString>> SyncHistoryRepository::heldKeys(qint64 companyId, SyncJob job) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_key FROM sync_holds WHERE company_id = :company AND job = :job"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    if (!query.exec())
        return sqlError(query, Messages::tr("read the held items"));
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

Result<int> SyncHistoryRepository::releaseHolds(qint64 companyId, SyncJob job, const QStringList &entityKeys)
{
    int released = 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM sync_holds WHERE company_id = :company AND job = :job AND entity_key = :key"));
    for (const QString &key : entityKeys) {
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":job"), syncJobKey(job));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec())
            return sqlError(query, Messages::tr("release the held items"));
        released += query.numRowsAffected();
    }
    return released;
}

Result<SyncRun> SyncHistoryRepository::run(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, company_id, job, run_trigger, result, started_at, finished_at, fetched, "
                                 "created, updated, skipped, failed, drips_used, message FROM sync_runs WHERE id = "
                                 ":id"));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the run"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The run no longer exists."));
    SyncRun run;
    run.id = query.value(0).toLongLong();
    run.companyId = query.value(1).toLongLong();
    run.job = syncJobFromKey(query.value(2).toString()).value_or(SyncJob::OrderDownload);
    run.trigger = runTriggerFromKey(query.value(3).toString()).value_or(RunTrigger::Schedule);
    run.result = runResultFromKey(query.value(4).toString()).value_or(RunResult::Failed);
    run.startedAt = sqlvalues::timeFrom(query.value(5));
    run.finishedAt = sqlvalues::timeFrom(query.value(6));
    run.fetched = query.value(7).toInt();
    run.created = query.value(8).toInt();
    run.updated = query.value(9).toInt();
    run.skipped = query.value(10).toInt();
    run.failed = query.value(11).toInt();
    run.dripsUsed = Decimal::fromUnits(query.value(12).toLongLong());
    run.message = query.value(13).toString();
    return run;
}

} // namespace posbridge
