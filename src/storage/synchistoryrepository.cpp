#include "storage/synchistoryrepository.h"

#include "core/clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SyncHistoryRepository)
};

// Runs per DELETE statement of pruneOlderThan().
constexpr int PRUNE_BATCH = 200;
// Keys per DELETE statement of releaseHolds().
constexpr qsizetype KEY_CHUNK = 500;

const QString RUN_COLUMNS = QStringLiteral("id, company_id, job, run_trigger, result, started_at, finished_at, "
                                           "fetched, created, updated, skipped, failed, drips_used, message");
const QString EVENT_COLUMNS = QStringLiteral(
    "id, run_id, company_id, at, level, entity, lightspeed_id, local_id, http_status, message, retryable");

using Bindings = QList<std::pair<QString, QVariant>>;

/** A WHERE clause and the values of its placeholders. */
struct Conditions
{
    QStringList terms;
    Bindings bindings;

    void add(const QString &term, const QString &placeholder, const QVariant &value)
    {
        terms << term;
        bindings.append({placeholder, value});
    }

    [[nodiscard]] QString where() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

Conditions runConditions(const RunFilter &filter, const std::optional<RunCursor> &after)
{
    Conditions c;
    if (filter.companyId != 0)
        c.add(QStringLiteral("company_id = :company"), QStringLiteral(":company"), filter.companyId);
    if (filter.job)
        c.add(QStringLiteral("job = :job"), QStringLiteral(":job"), syncJobKey(*filter.job));
    if (filter.result)
        c.add(QStringLiteral("result = :result"), QStringLiteral(":result"), runResultKey(*filter.result));
    if (filter.startedFrom.isValid())
        c.add(QStringLiteral("started_at >= :from"), QStringLiteral(":from"), filter.startedFrom.toMSecsSinceEpoch());
    if (after) {
        // The cursor lies inside the range, so it already implies the upper bound. Leaving that
        // bound out also keeps SQLite from choosing an index with fewer equality columns.
        c.add(QStringLiteral("(started_at, id) < (:cursor_at, :cursor_id)"), QStringLiteral(":cursor_at"),
              after->startedAtMs);
        c.bindings.append({QStringLiteral(":cursor_id"), after->runId});
    } else if (filter.startedBefore.isValid()) {
        c.add(QStringLiteral("started_at < :before"), QStringLiteral(":before"),
              filter.startedBefore.toMSecsSinceEpoch());
    }
    return c;
}

Conditions eventConditions(const EventFilter &filter)
{
    Conditions c;
    if (filter.runId != 0)
        c.add(QStringLiteral("run_id = :run"), QStringLiteral(":run"), filter.runId);
    else if (filter.companyId != 0)
        c.add(QStringLiteral("company_id = :company"), QStringLiteral(":company"), filter.companyId);
    if (filter.from.isValid())
        c.add(QStringLiteral("at >= :from"), QStringLiteral(":from"), filter.from.toMSecsSinceEpoch());
    if (filter.before.isValid())
        c.add(QStringLiteral("at < :before"), QStringLiteral(":before"), filter.before.toMSecsSinceEpoch());
    if (filter.problemsOnly)
        c.add(QStringLiteral("level <> :info"), QStringLiteral(":info"), eventLevelKey(EventLevel::Info));
    return c;
}

/** Order of forEachEvent(): by time within a company (its index), by id otherwise. */
QString eventOrder(const EventFilter &filter)
{
    return filter.runId == 0 && filter.companyId != 0 ? QStringLiteral(" ORDER BY at, id")
                                                      : QStringLiteral(" ORDER BY id");
}

void bindAll(QSqlQuery &query, const Bindings &bindings)
{
    for (const auto &[placeholder, value] : bindings)
        query.bindValue(placeholder, value);
}

QString runsPageSql(const Conditions &conditions)
{
    return QStringLiteral("SELECT %1 FROM sync_runs%2 ORDER BY started_at DESC, id DESC LIMIT :limit")
        .arg(RUN_COLUMNS, conditions.where());
}

QString eventsPageSql(bool problemsOnly)
{
    return QStringLiteral("SELECT %1 FROM sync_events WHERE run_id = :run AND id > :after%2 ORDER BY id LIMIT :limit")
        .arg(EVENT_COLUMNS, problemsOnly ? QStringLiteral(" AND level <> :info") : QString());
}

SyncRun runFromQuery(const QSqlQuery &query)
{
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

SyncEvent eventFromQuery(const QSqlQuery &query)
{
    SyncEvent event;
    event.id = query.value(0).toLongLong();
    event.runId = query.value(1).toLongLong();
    event.companyId = query.value(2).toLongLong();
    event.at = sqlvalues::timeFrom(query.value(3));
    event.level = eventLevelFromKey(query.value(4).toString()).value_or(EventLevel::Info);
    event.entity = query.value(5).toString();
    event.lightspeedId = query.value(6).toString();
    event.localId = query.value(7).toLongLong();
    event.httpStatus = query.value(8).toInt();
    event.message = query.value(9).toString();
    event.retryable = query.value(10).toBool();
    return event;
}

/**
 * Whether inserts read their new id through RETURNING. SQLite returns lastInsertId() from the
 * connection, while RETURNING makes it build a temporary table per statement, and with the
 * default temp_store that table is a file. PostgreSQL has no usable lastInsertId() for identity
 * columns, so it uses RETURNING.
 */
bool usesReturning(const QSqlDatabase &db)
{
    return db.driverName() != QStringLiteral("QSQLITE");
}

std::optional<qint64> insertedId(QSqlQuery &query, bool returning)
{
    if (!returning) {
        const QVariant id = query.lastInsertId();
        return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Result<QStringList> explain(QSqlDatabase db, const QString &sql, const Bindings &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return sqlError(query, Messages::tr("explain a history query"));
    bindAll(query, bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("explain a history query"));
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps;
}

} // namespace

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db)
    : SyncHistoryRepository(std::move(db), SystemClock::instance())
{
}

SyncHistoryRepository::SyncHistoryRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{
}

Result<qint64> SyncHistoryRepository::startRun(qint64 companyId, SyncJob job, RunTrigger trigger)
{
    const bool returning = usesReturning(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_runs (company_id, job, run_trigger, result, started_at) VALUES "
                                 "(:company, :job, :trigger, :result, :now)%1")
                      .arg(returning ? QStringLiteral(" RETURNING id") : QString()));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":trigger"), runTriggerKey(trigger));
    query.bindValue(QStringLiteral(":result"), runResultKey(RunResult::Running));
    query.bindValue(QStringLiteral(":now"), m_clock->nowUtc().toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, Messages::tr("record the start of a sync run"));
    const auto id = insertedId(query, returning);
    if (!id)
        return sqlError(query, Messages::tr("record the start of a sync run"));
    return *id;
}

Result<QList<qint64>> SyncHistoryRepository::addEvents(qint64 runId, const QList<SyncEvent> &events)
{
    QList<qint64> ids;
    if (events.isEmpty())
        return ids;

    // One prepared single-row statement, executed per event: Qt's SQLite driver looks up every
    // parameter by position on each execution, which makes multi-row VALUES lists with
    // hundreds of parameters slower than this loop. The company comes from the run in the same
    // statement, so an unknown run inserts nothing.
    const bool returning = usesReturning(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO sync_events (run_id, company_id, at, level, entity, lightspeed_id, "
                       "local_id, http_status, message, retryable) SELECT ?, company_id, ?, ?, ?, ?, ?, ?, ?, "
                       "? FROM sync_runs WHERE id = ?%1")
            .arg(returning ? QStringLiteral(" RETURNING id") : QString()));
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    ids.reserve(events.size());
    for (const SyncEvent &event : events) {
        query.bindValue(0, runId);
        query.bindValue(1, event.at.isValid() ? event.at.toMSecsSinceEpoch() : now);
        query.bindValue(2, eventLevelKey(event.level));
        query.bindValue(3, sqlvalues::text(event.entity));
        query.bindValue(4, sqlvalues::text(event.lightspeedId));
        query.bindValue(5, event.localId);
        query.bindValue(6, event.httpStatus);
        query.bindValue(7, sqlvalues::text(event.message));
        query.bindValue(8, event.retryable ? 1 : 0);
        query.bindValue(9, runId);
        if (!query.exec())
            return sqlError(query, Messages::tr("record the events of a sync run"));
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, Messages::tr("The sync run %1 no longer exists.").arg(runId));
        const auto id = insertedId(query, returning);
        if (!id)
            return sqlError(query, Messages::tr("record the events of a sync run"));
        ids << *id;
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
    if (result == RunResult::Running)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("The result of a finished run is invalid: it cannot be Running."));

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_runs SET result = :result, finished_at = :now, fetched = :fetched, "
                                 "created = :created, updated = :updated, skipped = :skipped, failed = :failed, "
                                 "drips_used = :drips, message = :message WHERE id = :id"));
    query.bindValue(QStringLiteral(":result"), runResultKey(result));
    query.bindValue(QStringLiteral(":now"), m_clock->nowUtc().toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":fetched"), counts.fetched);
    query.bindValue(QStringLiteral(":created"), counts.created);
    query.bindValue(QStringLiteral(":updated"), counts.updated);
    query.bindValue(QStringLiteral(":skipped"), counts.skipped);
    query.bindValue(QStringLiteral(":failed"), counts.failed);
    query.bindValue(QStringLiteral(":drips"), dripsUsed.units());
    query.bindValue(QStringLiteral(":message"), sqlvalues::text(message));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, Messages::tr("record the end of a sync run"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, Messages::tr("The sync run %1 no longer exists.").arg(runId));
    return {};
}

Result<int> SyncHistoryRepository::markInterruptedRuns(const QDateTime &startedBefore)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE sync_runs SET result = :failed, message = :message, finished_at = COALESCE((SELECT MAX(e.at) FROM "
        "sync_events e WHERE e.run_id = sync_runs.id), started_at) WHERE result = :running AND started_at < :before"));
    query.bindValue(QStringLiteral(":failed"), runResultKey(RunResult::Failed));
    query.bindValue(QStringLiteral(":message"),
                    Messages::tr("Interrupted: POS Bridge stopped before the run finished."));
    query.bindValue(QStringLiteral(":running"), runResultKey(RunResult::Running));
    query.bindValue(QStringLiteral(":before"), startedBefore.toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, Messages::tr("close the sync runs left open by an earlier stop"));
    return query.numRowsAffected();
}

VoidResult SyncHistoryRepository::hold(qint64 companyId, SyncJob job, const QString &entityKey, qint64 eventId,
                                       const QString &reason)
{
    if (entityKey.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("The key of the item to hold is missing."));

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
    query.bindValue(QStringLiteral(":now"), m_clock->nowUtc().toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, Messages::tr("hold a failed item back"));
    return {};
}

Result<bool> SyncHistoryRepository::isHeld(qint64 companyId, SyncJob job, const QString &entityKey) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM sync_holds WHERE company_id = :company AND job = :job AND entity_key = :key"));
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
    for (qsizetype first = 0; first < entityKeys.size(); first += KEY_CHUNK) {
        const QStringList chunk = entityKeys.mid(first, KEY_CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":k%1").arg(i);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM sync_holds WHERE company_id = :company AND job = :job AND "
                                     "entity_key IN (%1)")
                          .arg(placeholders.join(u',')));
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":job"), syncJobKey(job));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        if (!query.exec())
            return sqlError(query, Messages::tr("release held items"));
        released += query.numRowsAffected();
    }
    return released;
}

Result<int> SyncHistoryRepository::releaseHoldsOfRun(qint64 runId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("DELETE FROM sync_holds WHERE event_id IN (SELECT id FROM sync_events WHERE run_id = :run)"));
    query.bindValue(QStringLiteral(":run"), runId);
    if (!query.exec())
        return sqlError(query, Messages::tr("release the held items of the run"));
    return query.numRowsAffected();
}

Result<int> SyncHistoryRepository::pruneOlderThan(qint64 companyId, int days)
{
    if (days < 1)
        return makeError(
            ErrorCode::InvalidInput,
            Messages::tr("The history retention period of %1 days is invalid; it must be at least 1 day.").arg(days));

    const qint64 cutoff = m_clock->nowUtc().addDays(-days).toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM sync_runs WHERE id IN (SELECT id FROM sync_runs WHERE company_id = :company AND started_at < "
        ":cutoff AND result <> :running ORDER BY started_at LIMIT :batch)"));
    int deleted = 0;
    for (;;) {
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":cutoff"), cutoff);
        query.bindValue(QStringLiteral(":running"), runResultKey(RunResult::Running));
        query.bindValue(QStringLiteral(":batch"), PRUNE_BATCH);
        if (!query.exec())
            return sqlError(query, Messages::tr("delete old sync history"));
        const int batch = query.numRowsAffected();
        deleted += batch;
        if (batch < PRUNE_BATCH)
            return deleted;
    }
}

Result<SyncRun> SyncHistoryRepository::run(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_runs WHERE id = :id").arg(RUN_COLUMNS));
    query.bindValue(QStringLiteral(":id"), runId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the sync run"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The sync run %1 no longer exists.").arg(runId));
    return runFromQuery(query);
}

Result<RunPage> SyncHistoryRepository::runs(const RunFilter &filter, const std::optional<RunCursor> &after,
                                            int limit) const
{
    limit = std::clamp(limit, 1, MAX_PAGE_SIZE);
    const Conditions conditions = runConditions(filter, after);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(runsPageSql(conditions));
    bindAll(query, conditions.bindings);
    // Reading one row more than the page shows whether another page follows.
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the sync runs"));

    RunPage page;
    page.runs.reserve(limit);
    while (query.next()) {
        if (page.runs.size() == limit) {
            const SyncRun &last = page.runs.constLast();
            page.next = RunCursor{last.startedAt.toMSecsSinceEpoch(), last.id};
            break;
        }
        page.runs << runFromQuery(query);
    }
    return page;
}

Result<qint64> SyncHistoryRepository::countRuns(const RunFilter &filter) const
{
    const Conditions conditions = runConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_runs") + conditions.where());
    bindAll(query, conditions.bindings);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the sync runs"));
    return query.value(0).toLongLong();
}

Result<EventPage> SyncHistoryRepository::events(qint64 runId, qint64 afterEventId, int limit, bool problemsOnly) const
{
    limit = std::clamp(limit, 1, MAX_PAGE_SIZE);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(eventsPageSql(problemsOnly));
    query.bindValue(QStringLiteral(":run"), runId);
    query.bindValue(QStringLiteral(":after"), afterEventId);
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (problemsOnly)
        query.bindValue(QStringLiteral(":info"), eventLevelKey(EventLevel::Info));
    if (!query.exec())
        return sqlError(query, Messages::tr("list the events of the sync run"));

    EventPage page;
    page.events.reserve(limit);
    while (query.next()) {
        if (page.events.size() == limit) {
            page.nextAfterId = page.events.constLast().id;
            break;
        }
        page.events << eventFromQuery(query);
    }
    return page;
}

Result<qint64> SyncHistoryRepository::countEvents(const EventFilter &filter) const
{
    const Conditions conditions = eventConditions(filter);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_events") + conditions.where());
    bindAll(query, conditions.bindings);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the sync events"));
    return query.value(0).toLongLong();
}

VoidResult SyncHistoryRepository::forEachRun(const RunFilter &filter,
                                             const std::function<bool(const SyncRun &)> &visit) const
{
    const Conditions conditions = runConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_runs%2 ORDER BY started_at DESC, id DESC")
                      .arg(RUN_COLUMNS, conditions.where()));
    bindAll(query, conditions.bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the sync runs"));
    while (query.next()) {
        if (!visit(runFromQuery(query)))
            break;
    }
    return {};
}

VoidResult SyncHistoryRepository::forEachEvent(const EventFilter &filter,
                                               const std::function<bool(const SyncEvent &)> &visit) const
{
    const Conditions conditions = eventConditions(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM sync_events%2%3").arg(EVENT_COLUMNS, conditions.where(), eventOrder(filter)));
    bindAll(query, conditions.bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the sync events"));
    while (query.next()) {
        if (!visit(eventFromQuery(query)))
            break;
    }
    return {};
}

Result<QStringList> SyncHistoryRepository::explainRunsQuery(const RunFilter &filter,
                                                            const std::optional<RunCursor> &after) const
{
    const Conditions conditions = runConditions(filter, after);
    Bindings bindings = conditions.bindings;
    bindings.append({QStringLiteral(":limit"), 201});
    return explain(m_db, runsPageSql(conditions), bindings);
}

Result<QStringList> SyncHistoryRepository::explainEventsQuery(qint64 runId, bool problemsOnly) const
{
    Bindings bindings{{QStringLiteral(":run"), runId}, {QStringLiteral(":after"), 0}, {QStringLiteral(":limit"), 201}};
    if (problemsOnly)
        bindings.append({QStringLiteral(":info"), eventLevelKey(EventLevel::Info)});
    return explain(m_db, eventsPageSql(problemsOnly), bindings);
}

} // namespace posbridge
