#include "core/clock.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/synchistoryrepository.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace posbridge;

namespace {

SyncEvent makeEvent(EventLevel level, const QString &lightspeedId, const QString &message = {})
{
    SyncEvent event;
    event.level = level;
    event.entity = QStringLiteral("item");
    event.lightspeedId = lightspeedId;
    event.localId = lightspeedId.toLongLong() + 1000;
    event.httpStatus = level == EventLevel::Error ? 422 : 200;
    event.message = message.isEmpty() ? QStringLiteral("Item %1").arg(lightspeedId) : message;
    event.retryable = level == EventLevel::Warning;
    return event;
}

QString describe(const RunFilter &filter)
{
    return QStringLiteral("company %1 job %2 result %3 from %4 before %5")
        .arg(filter.companyId)
        .arg(filter.job ? syncJobKey(*filter.job) : QStringLiteral("-"),
             filter.result ? runResultKey(*filter.result) : QStringLiteral("-"),
             filter.startedFrom.toString(Qt::ISODate), filter.startedBefore.toString(Qt::ISODate));
}

} // namespace

class TestSyncHistoryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runAndEventsRoundTrip();
    void finishRunRejectsBadInput();
    void eventsPageInOrder();
    void holdsKeepItemsBack();
    void retryReleasesHoldsOfRun();
    void pruningCascadesToEvents();
    void interruptedRunsBecomeFailed();
    void keysetPagingVisitsEachRunOnce_data();
    void keysetPagingVisitsEachRunOnce();
    void pageQueriesUseAnIndex_data();
    void pageQueriesUseAnIndex();
    void eventsQueryUsesRunIndex();
    void forEachStreamsMatchingRows();

private:
    qint64 addCompany(const QString &name);
    SyncHistoryRepository repository() { return SyncHistoryRepository(m_db->connection(), m_clock); }
    qint64 scalar(const QString &sql) const;
    /** Starts and finishes runs in a fixed pattern with ties in started_at; returns them all. */
    QList<SyncRun> seedPagingRuns();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    ManualClock m_clock;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
};

void TestSyncHistoryRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("history.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    m_clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    m_acme = addCompany(QStringLiteral("Acme"));
    m_globex = addCompany(QStringLiteral("Globex"));
}

void TestSyncHistoryRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestSyncHistoryRepository::addCompany(const QString &name)
{
    auto company = CompanyRepository(m_db->connection()).add(name);
    if (!company)
        qFatal("could not add company: %s", qPrintable(company.error().toLogString()));
    return company->id;
}

qint64 TestSyncHistoryRepository::scalar(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestSyncHistoryRepository::runAndEventsRoundTrip()
{
    auto history = repository();
    const QDateTime start = m_clock.nowUtc();
    const auto runId = history.startRun(m_acme, SyncJob::InventoryUpload, RunTrigger::Manual);
    QVERIFY(runId.ok());

    auto running = history.run(*runId);
    QVERIFY(running.ok());
    QCOMPARE(running->companyId, m_acme);
    QCOMPARE(running->job, SyncJob::InventoryUpload);
    QCOMPARE(running->trigger, RunTrigger::Manual);
    QCOMPARE(running->result, RunResult::Running);
    QCOMPARE(running->startedAt, start);
    QVERIFY(!running->finishedAt.isValid());
    QCOMPARE(running->durationMs(), -1);

    m_clock.advanceMs(1500);
    SyncEvent timed = makeEvent(EventLevel::Error, QStringLiteral("42"), QStringLiteral("Rejected: “Ünïcode”"));
    timed.at = start.addMSecs(700);
    const QList<SyncEvent> events{makeEvent(EventLevel::Info, QStringLiteral("41")), timed};
    const auto ids = history.addEvents(*runId, events);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    QVERIFY(ids->at(0) < ids->at(1));

    m_clock.advanceMs(500);
    QVERIFY(history
                .finishRun(*runId, RunResult::Partial, RunCounts{10, 2, 3, 4, 1}, *Decimal::parse(u"12.5"),
                           QStringLiteral("1 item failed"))
                .ok());

    const auto finished = history.run(*runId);
    QVERIFY(finished.ok());
    QCOMPARE(finished->result, RunResult::Partial);
    QCOMPARE(finished->durationMs(), 2000);
    QCOMPARE(finished->fetched, 10);
    QCOMPARE(finished->created, 2);
    QCOMPARE(finished->updated, 3);
    QCOMPARE(finished->skipped, 4);
    QCOMPARE(finished->failed, 1);
    QCOMPARE(finished->dripsUsed, *Decimal::parse(u"12.5"));
    QCOMPARE(finished->message, QStringLiteral("1 item failed"));

    const auto page = history.events(*runId, 0, 50);
    QVERIFY(page.ok());
    QCOMPARE(page->events.size(), 2);
    QVERIFY(!page->nextAfterId.has_value());
    const SyncEvent &info = page->events[0];
    QCOMPARE(info.id, ids->at(0));
    QCOMPARE(info.runId, *runId);
    QCOMPARE(info.companyId, m_acme);
    QCOMPARE(info.at, start.addMSecs(1500)); // no time given: the clock's time
    QCOMPARE(info.level, EventLevel::Info);
    const SyncEvent &error = page->events[1];
    QCOMPARE(error.at, start.addMSecs(700));
    QCOMPARE(error.level, EventLevel::Error);
    QCOMPARE(error.entity, QStringLiteral("item"));
    QCOMPARE(error.lightspeedId, QStringLiteral("42"));
    QCOMPARE(error.localId, 1042);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.message, QStringLiteral("Rejected: “Ünïcode”"));
    QCOMPARE(error.retryable, false);
}

void TestSyncHistoryRepository::finishRunRejectsBadInput()
{
    auto history = repository();
    const auto runId = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);
    QVERIFY(runId.ok());

    const auto stillRunning = history.finishRun(*runId, RunResult::Running, {}, {}, {});
    QVERIFY(!stillRunning.ok());
    QCOMPARE(stillRunning.error().code, ErrorCode::InvalidInput);

    const auto missing = history.finishRun(*runId + 100, RunResult::Succeeded, {}, {}, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    const auto noRun = history.addEvents(*runId + 100, {makeEvent(EventLevel::Info, QStringLiteral("1"))});
    QVERIFY(!noRun.ok());
    QCOMPARE(noRun.error().code, ErrorCode::NotFound);
}

void TestSyncHistoryRepository::eventsPageInOrder()
{
    auto history = repository();
    const auto runId = history.startRun(m_acme, SyncJob::Reconciliation, RunTrigger::Schedule);
    QVERIFY(runId.ok());
    QList<SyncEvent> events;
    for (int i = 0; i < 250; ++i)
        events << makeEvent(i % 10 == 0 ? EventLevel::Error : EventLevel::Info, QString::number(i));
    const auto ids = history.addEvents(*runId, events);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 250);

    QList<qint64> seen;
    std::optional<qint64> after = 0;
    int pages = 0;
    while (after) {
        const auto page = history.events(*runId, *after, 100);
        QVERIFY(page.ok());
        for (const SyncEvent &event : page->events)
            seen << event.id;
        after = page->nextAfterId;
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, *ids);
    for (int i = 0; i < 250; ++i)
        QCOMPARE(history.events(*runId, ids->at(i) - 1, 1)->events.constFirst().lightspeedId, QString::number(i));

    const auto problems = history.events(*runId, 0, 100, true);
    QVERIFY(problems.ok());
    QCOMPARE(problems->events.size(), 25);
    for (const SyncEvent &event : problems->events)
        QCOMPARE(event.level, EventLevel::Error);

    EventFilter onlyErrors;
    onlyErrors.runId = *runId;
    onlyErrors.problemsOnly = true;
    QCOMPARE(*history.countEvents(onlyErrors), 25);
}

void TestSyncHistoryRepository::holdsKeepItemsBack()
{
    auto history = repository();
    const auto runId = history.startRun(m_acme, SyncJob::InventoryUpload, RunTrigger::Schedule);
    const auto eventIds = history.addEvents(
        *runId, {makeEvent(EventLevel::Error, QStringLiteral("1")), makeEvent(EventLevel::Error, QStringLiteral("2"))});
    QVERIFY(eventIds.ok());
    const QString first = QStringLiteral("item:1");
    const QString second = QStringLiteral("item:2");

    QVERIFY(history.hold(m_acme, SyncJob::InventoryUpload, first, eventIds->at(0), QStringLiteral("422")).ok());
    QVERIFY(history.hold(m_acme, SyncJob::InventoryUpload, second, eventIds->at(1), QStringLiteral("404")).ok());
    QVERIFY(!history.hold(m_acme, SyncJob::InventoryUpload, QString(), 0, {}).ok());

    QVERIFY(*history.isHeld(m_acme, SyncJob::InventoryUpload, first));
    QVERIFY(!*history.isHeld(m_acme, SyncJob::ProductPosting, first));
    QVERIFY(!*history.isHeld(m_globex, SyncJob::InventoryUpload, first));
    QCOMPARE(*history.heldKeys(m_acme, SyncJob::InventoryUpload), (QSet<QString>{first, second}));
    QVERIFY(history.heldKeys(m_globex, SyncJob::InventoryUpload)->isEmpty());

    // Holding again keeps the original time and points at the newer event.
    const qint64 since = scalar(QStringLiteral("SELECT since FROM sync_holds WHERE entity_key = 'item:1'"));
    m_clock.advanceMs(60'000);
    QVERIFY(history.hold(m_acme, SyncJob::InventoryUpload, first, eventIds->at(1), QStringLiteral("again")).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_holds")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT since FROM sync_holds WHERE entity_key = 'item:1'")), since);
    QCOMPARE(scalar(QStringLiteral("SELECT event_id FROM sync_holds WHERE entity_key = 'item:1'")), eventIds->at(1));

    QCOMPARE(*history.releaseHolds(m_acme, SyncJob::InventoryUpload, {first, QStringLiteral("item:unknown")}), 1);
    QVERIFY(!*history.isHeld(m_acme, SyncJob::InventoryUpload, first));
    QVERIFY(*history.isHeld(m_acme, SyncJob::InventoryUpload, second));
}

void TestSyncHistoryRepository::retryReleasesHoldsOfRun()
{
    auto history = repository();
    const auto failedRun = history.startRun(m_acme, SyncJob::ProductPosting, RunTrigger::Schedule);
    const auto otherRun = history.startRun(m_acme, SyncJob::ProductPosting, RunTrigger::Schedule);
    const auto failedEvents = history.addEvents(*failedRun, {makeEvent(EventLevel::Error, QStringLiteral("1")),
                                                             makeEvent(EventLevel::Error, QStringLiteral("2"))});
    const auto otherEvent = history.addEvent(*otherRun, makeEvent(EventLevel::Error, QStringLiteral("3")));
    QVERIFY(failedEvents.ok());
    QVERIFY(otherEvent.ok());
    QVERIFY(history.hold(m_acme, SyncJob::ProductPosting, QStringLiteral("p:1"), failedEvents->at(0), {}).ok());
    QVERIFY(history.hold(m_acme, SyncJob::ProductPosting, QStringLiteral("p:2"), failedEvents->at(1), {}).ok());
    QVERIFY(history.hold(m_acme, SyncJob::ProductPosting, QStringLiteral("p:3"), *otherEvent, {}).ok());

    QCOMPARE(*history.releaseHoldsOfRun(*failedRun), 2);
    QCOMPARE(*history.heldKeys(m_acme, SyncJob::ProductPosting), QSet<QString>{QStringLiteral("p:3")});
    QCOMPARE(*history.releaseHoldsOfRun(*failedRun), 0);
}

void TestSyncHistoryRepository::pruningCascadesToEvents()
{
    auto history = repository();
    const QDateTime now = m_clock.nowUtc();

    // 450 old runs span three delete batches; one of them stays open and must survive.
    m_clock.setNow(now.addDays(-40));
    qint64 heldEvent = 0;
    qint64 oldRunning = 0;
    {
        Transaction transaction(m_db->connection());
        for (int i = 0; i < 450; ++i) {
            const auto runId = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);
            const auto ids = history.addEvents(*runId, {makeEvent(EventLevel::Info, QString::number(i)),
                                                        makeEvent(EventLevel::Error, QString::number(i))});
            QVERIFY(ids.ok());
            heldEvent = ids->at(1);
            if (i == 0)
                oldRunning = *runId;
            else
                QVERIFY(history.finishRun(*runId, RunResult::Succeeded, {}, {}, {}).ok());
            m_clock.advanceMs(1000);
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(history.hold(m_acme, SyncJob::OrderDownload, QStringLiteral("sale:1"), heldEvent, {}).ok());
    const auto oldGlobex = history.startRun(m_globex, SyncJob::OrderDownload, RunTrigger::Schedule);
    QVERIFY(history.finishRun(*oldGlobex, RunResult::Succeeded, {}, {}, {}).ok());

    m_clock.setNow(now.addDays(-10));
    const auto recent = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);
    QVERIFY(history.addEvent(*recent, makeEvent(EventLevel::Info, QStringLiteral("r"))).ok());
    QVERIFY(history.finishRun(*recent, RunResult::Succeeded, {}, {}, {}).ok());
    m_clock.setNow(now);

    const auto invalid = history.pruneOlderThan(m_acme, 0);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);

    const auto deleted = history.pruneOlderThan(m_acme, 30);
    QVERIFY(deleted.ok());
    QCOMPARE(*deleted, 449);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs")), 3);
    QVERIFY(history.run(oldRunning).ok());
    QVERIFY(history.run(*oldGlobex).ok());
    QVERIFY(history.run(*recent).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_events")), 3); // the open run's 2 and the recent 1
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_holds WHERE event_id IS NULL")), 1);
    QVERIFY(*history.isHeld(m_acme, SyncJob::OrderDownload, QStringLiteral("sale:1")));
    QCOMPARE(*history.pruneOlderThan(m_acme, 30), 0);
}

void TestSyncHistoryRepository::interruptedRunsBecomeFailed()
{
    auto history = repository();
    const QDateTime start = m_clock.nowUtc();
    const auto withEvents = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);
    SyncEvent last = makeEvent(EventLevel::Info, QStringLiteral("1"));
    last.at = start.addSecs(42);
    QVERIFY(history.addEvents(*withEvents, {makeEvent(EventLevel::Info, QStringLiteral("0")), last}).ok());
    const auto withoutEvents = history.startRun(m_globex, SyncJob::InventoryUpload, RunTrigger::Manual);
    const auto finished = history.startRun(m_acme, SyncJob::Reconciliation, RunTrigger::Schedule);
    QVERIFY(history.finishRun(*finished, RunResult::Succeeded, {}, {}, QStringLiteral("done")).ok());

    m_clock.advanceMs(3'600'000);
    const QDateTime processStart = m_clock.nowUtc();
    const auto current = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);

    const auto marked = history.markInterruptedRuns(processStart);
    QVERIFY(marked.ok());
    QCOMPARE(*marked, 2);

    const auto first = history.run(*withEvents);
    QCOMPARE(first->result, RunResult::Failed);
    QVERIFY(!first->message.isEmpty());
    QCOMPARE(first->finishedAt, start.addSecs(42));
    const auto second = history.run(*withoutEvents);
    QCOMPARE(second->result, RunResult::Failed);
    QCOMPARE(second->finishedAt, second->startedAt);
    QCOMPARE(history.run(*finished)->message, QStringLiteral("done"));
    QCOMPARE(history.run(*current)->result, RunResult::Running);
    QCOMPARE(*history.markInterruptedRuns(processStart), 0);
}

QList<SyncRun> TestSyncHistoryRepository::seedPagingRuns()
{
    auto history = repository();
    const QList<SyncJob> jobs{SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation};
    const QList<RunResult> results{RunResult::Succeeded, RunResult::Partial, RunResult::Failed, RunResult::Succeeded,
                                   RunResult::Cancelled};
    Transaction transaction(m_db->connection());
    for (int i = 0; i < 300; ++i) {
        // Every third run shares its start time with the one before, to test ties.
        if (i % 3 != 0)
            m_clock.advanceMs(60'000);
        const qint64 company = i % 4 == 0 ? m_globex : m_acme;
        const auto runId = history.startRun(company, jobs[i % jobs.size()], RunTrigger::Schedule);
        if (!runId)
            qFatal("startRun failed");
        if (i % 37 != 0)
            (void)history.finishRun(*runId, results[i % results.size()], {}, {}, {});
    }
    if (!transaction.commit())
        qFatal("commit failed");

    QList<SyncRun> all;
    (void)history.forEachRun({}, [&](const SyncRun &run) {
        all << run;
        return true;
    });
    return all;
}

void TestSyncHistoryRepository::keysetPagingVisitsEachRunOnce_data()
{
    QTest::addColumn<int>("company"); // 0 all, 1 Acme, 2 Globex
    QTest::addColumn<int>("job");     // -1 any
    QTest::addColumn<int>("result");  // -1 any
    QTest::addColumn<int>("fromMinute");
    QTest::addColumn<int>("beforeMinute");

    const int any = -1;
    const int open = 0;
    const int partial = int(RunResult::Partial);
    const int failed = int(RunResult::Failed);
    const int running = int(RunResult::Running);
    const int orders = int(SyncJob::OrderDownload);
    const int inventory = int(SyncJob::InventoryUpload);
    QTest::newRow("no filter") << 0 << any << any << open << open;
    QTest::newRow("company") << 1 << any << any << open << open;
    QTest::newRow("job") << 0 << inventory << any << open << open;
    QTest::newRow("result") << 0 << any << failed << open << open;
    QTest::newRow("running") << 0 << any << running << open << open;
    QTest::newRow("company and job") << 2 << orders << any << open << open;
    QTest::newRow("company and result") << 1 << any << partial << open << open;
    QTest::newRow("job and result") << 0 << orders << failed << open << open;
    QTest::newRow("company, job and result") << 1 << inventory << partial << open << open;
    QTest::newRow("date range") << 0 << any << any << 50 << 150;
    QTest::newRow("from date") << 1 << any << any << 120 << open;
    QTest::newRow("before date") << 0 << orders << any << open << 90;
    QTest::newRow("everything") << 1 << orders << failed << 10 << 180;
}

void TestSyncHistoryRepository::keysetPagingVisitsEachRunOnce()
{
    QFETCH(int, company);
    QFETCH(int, job);
    QFETCH(int, result);
    QFETCH(int, fromMinute);
    QFETCH(int, beforeMinute);

    const QDateTime origin = m_clock.nowUtc();
    const QList<SyncRun> all = seedPagingRuns();
    QCOMPARE(all.size(), 300);

    RunFilter filter;
    if (company == 1)
        filter.companyId = m_acme;
    else if (company == 2)
        filter.companyId = m_globex;
    if (job >= 0)
        filter.job = SyncJob(job);
    if (result >= 0)
        filter.result = RunResult(result);
    if (fromMinute > 0)
        filter.startedFrom = origin.addSecs(fromMinute * 60);
    if (beforeMinute > 0)
        filter.startedBefore = origin.addSecs(beforeMinute * 60);

    QList<qint64> expected;
    for (const SyncRun &run : all) {
        if ((filter.companyId == 0 || run.companyId == filter.companyId) && (!filter.job || run.job == *filter.job) &&
            (!filter.result || run.result == *filter.result) &&
            (!filter.startedFrom.isValid() || run.startedAt >= filter.startedFrom) &&
            (!filter.startedBefore.isValid() || run.startedAt < filter.startedBefore))
            expected << run.id;
    }
    QVERIFY2(!expected.isEmpty(), qPrintable(describe(filter)));

    auto history = repository();
    QList<qint64> seen;
    std::optional<RunCursor> cursor;
    do {
        const auto page = history.runs(filter, cursor, 7);
        QVERIFY(page.ok());
        QVERIFY(page->runs.size() <= 7);
        for (const SyncRun &run : page->runs)
            seen << run.id;
        cursor = page->next;
    } while (cursor);

    QCOMPARE(seen, expected);
    QCOMPARE(*history.countRuns(filter), expected.size());
}

void TestSyncHistoryRepository::pageQueriesUseAnIndex_data()
{
    QTest::addColumn<bool>("company");
    QTest::addColumn<bool>("job");
    QTest::addColumn<bool>("result");
    QTest::addColumn<bool>("from");
    QTest::addColumn<bool>("before");

    for (int mask = 0; mask < 32; ++mask) {
        const bool company = mask & 1;
        const bool job = mask & 2;
        const bool result = mask & 4;
        const bool from = mask & 8;
        const bool before = mask & 16;
        QTest::addRow("%s%s%s%s%s%s", mask == 0 ? "no filter" : "", company ? "company " : "", job ? "job " : "",
                      result ? "result " : "", from ? "from " : "", before ? "before" : "")
            << company << job << result << from << before;
    }
}

void TestSyncHistoryRepository::pageQueriesUseAnIndex()
{
    QFETCH(bool, company);
    QFETCH(bool, job);
    QFETCH(bool, result);
    QFETCH(bool, from);
    QFETCH(bool, before);

    RunFilter filter;
    if (company)
        filter.companyId = m_acme;
    if (job)
        filter.job = SyncJob::InventoryUpload;
    if (result)
        filter.result = RunResult::Failed;
    if (from)
        filter.startedFrom = m_clock.nowUtc().addDays(-7);
    if (before)
        filter.startedBefore = m_clock.nowUtc();

    // The first page and a following one (which has a cursor) are different queries.
    const RunCursor cursor{m_clock.nowUtc().addDays(-1).toMSecsSinceEpoch(), 5000};
    for (const std::optional<RunCursor> &after : {std::optional<RunCursor>(), std::optional<RunCursor>(cursor)}) {
        const auto plan = repository().explainRunsQuery(filter, after);
        QVERIFY(plan.ok());
        const QString text = plan->join(u'\n');
        QVERIFY2(plan->size() == 1, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("USING INDEX")) || text.contains(QStringLiteral("USING COVERING INDEX")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        // Every equality filter is part of the index search, so a page reads only matching rows.
        if (company)
            QVERIFY2(text.contains(QStringLiteral("company_id=?")), qPrintable(text));
        if (job)
            QVERIFY2(text.contains(QStringLiteral("job=?")), qPrintable(text));
        if (result)
            QVERIFY2(text.contains(QStringLiteral("result=?")), qPrintable(text));
        if (from || before || after)
            QVERIFY2(text.contains(QStringLiteral("started_at")), qPrintable(text));
    }
}

void TestSyncHistoryRepository::eventsQueryUsesRunIndex()
{
    for (bool problemsOnly : {false, true}) {
        const auto events = repository().explainEventsQuery(42, problemsOnly);
        QVERIFY(events.ok());
        const QString text = events->join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("sync_events_run (run_id=? AND id>?)")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
    }
}

void TestSyncHistoryRepository::forEachStreamsMatchingRows()
{
    auto history = repository();
    const auto acmeRun = history.startRun(m_acme, SyncJob::OrderDownload, RunTrigger::Schedule);
    m_clock.advanceMs(1000);
    const auto globexRun = history.startRun(m_globex, SyncJob::OrderDownload, RunTrigger::Schedule);
    QVERIFY(history
                .addEvents(*acmeRun, {makeEvent(EventLevel::Info, QStringLiteral("1")),
                                      makeEvent(EventLevel::Warning, QStringLiteral("2"))})
                .ok());
    QVERIFY(history.addEvents(*globexRun, {makeEvent(EventLevel::Error, QStringLiteral("3"))}).ok());

    QList<qint64> runs;
    QVERIFY(history
                .forEachRun({},
                            [&](const SyncRun &run) {
                                runs << run.id;
                                return true;
                            })
                .ok());
    QCOMPARE(runs, (QList<qint64>{*globexRun, *acmeRun}));

    EventFilter acmeEvents;
    acmeEvents.companyId = m_acme;
    QStringList ids;
    QVERIFY(history
                .forEachEvent(acmeEvents,
                              [&](const SyncEvent &event) {
                                  ids << event.lightspeedId;
                                  return true;
                              })
                .ok());
    QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

    int visited = 0;
    QVERIFY(history
                .forEachEvent({},
                              [&](const SyncEvent &) {
                                  ++visited;
                                  return false;
                              })
                .ok());
    QCOMPARE(visited, 1);
    QCOMPARE(*history.countEvents({}), 3);
}

QTEST_GUILESS_MAIN(TestSyncHistoryRepository)
#include "tst_synchistoryrepository.moc"
