#include "core/clock.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/synchistoryrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

// Filters over a history of 10,000 runs and about 200,000 events, written through the same
// repository calls the sync engine makes. The benchmark under bench/ measures speed over a
// million events; this test checks that every filter returns exactly the right rows.

namespace {

constexpr int RUN_COUNT = 10'000;
constexpr int BIG_RUN_EVENTS = 3'000;

struct SeededRun
{
    qint64 id = 0;
    qint64 companyId = 0;
    SyncJob job = SyncJob::OrderDownload;
    RunResult result = RunResult::Succeeded;
    QDateTime startedAt;
    int events = 0;
    int problems = 0;
};

} // namespace

class TestHistoryFiltering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filtersReturnMatchingRuns_data();
    void filtersReturnMatchingRuns();
    void bigRunEventsPageCompletely();
    void eventCountsPerCompanyAndPeriod();

private:
    QDateTime minutesAfterOrigin(int minutes) const { return m_origin.addSecs(qint64(minutes) * 60); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QList<qint64> m_companies;
    QList<SeededRun> m_runs; // newest first, as the pages list them
    QDateTime m_origin;
    qint64 m_bigRunId = 0;
    qint64 m_eventCount = 0;
};

void TestHistoryFiltering::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("large.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    for (const QString &name : {QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech")})
        m_companies << CompanyRepository(m_db->connection()).add(name)->id;

    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    m_origin = clock.nowUtc();
    SyncHistoryRepository history(m_db->connection(), clock);
    QRandomGenerator random(20260101);
    const QList<SyncJob> jobs{SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation,
                              SyncJob::ProductPosting};

    // A page cache that holds the whole set-up transaction keeps SQLite from spilling pages to
    // the WAL again and again before the commit.
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(m_db->connection());
    for (int i = 0; i < RUN_COUNT; ++i) {
        // Runs start every few minutes; some start in the same millisecond as the previous one.
        if (random.bounded(5) != 0)
            clock.advanceMs(random.bounded(1, 1200) * 1000);
        SeededRun run;
        run.companyId = m_companies[random.bounded(int(m_companies.size()))];
        run.job = jobs[random.bounded(int(jobs.size()))];
        run.startedAt = clock.nowUtc();
        const int roll = random.bounded(100);
        run.result = roll < 80   ? RunResult::Succeeded
                     : roll < 92 ? RunResult::Partial
                     : roll < 98 ? RunResult::Failed
                                 : RunResult::Cancelled;
        run.events = i == RUN_COUNT / 2 ? BIG_RUN_EVENTS : random.bounded(40);

        const auto runId = history.startRun(run.companyId, run.job, RunTrigger::Schedule);
        QVERIFY(runId.ok());
        run.id = *runId;
        QList<SyncEvent> events;
        for (int e = 0; e < run.events; ++e) {
            SyncEvent event;
            event.level = random.bounded(10) == 0 ? EventLevel::Error : EventLevel::Info;
            run.problems += event.level == EventLevel::Error ? 1 : 0;
            event.entity = QStringLiteral("item");
            event.lightspeedId = QString::number(e);
            event.at = run.startedAt.addMSecs(e);
            events << event;
        }
        QVERIFY(history.addEvents(run.id, events).ok());
        QVERIFY(history.finishRun(run.id, run.result, RunCounts{run.events, 0, 0, 0, run.problems}, {}, {}).ok());
        if (run.events == BIG_RUN_EVENTS)
            m_bigRunId = run.id;
        m_eventCount += run.events;
        m_runs.prepend(run);
    }
    QVERIFY(transaction.commit());
    qInfo("Wrote %d runs and %lld events in %lld ms", RUN_COUNT, m_eventCount, timer.elapsed());
    QVERIFY(m_eventCount > 150'000);
}

void TestHistoryFiltering::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void TestHistoryFiltering::filtersReturnMatchingRuns_data()
{
    QTest::addColumn<int>("companyIndex"); // -1 for all companies
    QTest::addColumn<int>("job");          // -1 for any
    QTest::addColumn<int>("result");       // -1 for any
    QTest::addColumn<int>("fromMinute");   // -1 for none
    QTest::addColumn<int>("beforeMinute"); // -1 for none

    const int any = -1;
    const int failed = int(RunResult::Failed);
    const int partial = int(RunResult::Partial);
    const int cancelled = int(RunResult::Cancelled);
    const int inventory = int(SyncJob::InventoryUpload);
    const int orders = int(SyncJob::OrderDownload);
    QTest::newRow("all runs") << any << any << any << any << any;
    QTest::newRow("one company") << 1 << any << any << any << any;
    QTest::newRow("one job") << any << inventory << any << any << any;
    QTest::newRow("failed runs") << any << any << failed << any << any;
    QTest::newRow("company and job") << 0 << orders << any << any << any;
    QTest::newRow("company and result") << 2 << any << cancelled << any << any;
    QTest::newRow("job and result") << any << inventory << partial << any << any;
    QTest::newRow("company, job, result") << 1 << orders << failed << any << any;
    QTest::newRow("one week") << any << any << any << 20'000 << 30'080;
    QTest::newRow("company since a date") << 0 << any << any << 50'000 << any;
    QTest::newRow("job before a date") << any << inventory << any << any << 10'000;
    QTest::newRow("everything in a month") << 2 << orders << partial << 10'000 << 53'200;
    QTest::newRow("empty period") << any << any << any << 9'000'000 << 9'000'100;
}

void TestHistoryFiltering::filtersReturnMatchingRuns()
{
    QFETCH(int, companyIndex);
    QFETCH(int, job);
    QFETCH(int, result);
    QFETCH(int, fromMinute);
    QFETCH(int, beforeMinute);

    RunFilter filter;
    filter.companyId = companyIndex < 0 ? 0 : m_companies[companyIndex];
    if (job >= 0)
        filter.job = SyncJob(job);
    if (result >= 0)
        filter.result = RunResult(result);
    if (fromMinute >= 0)
        filter.startedFrom = minutesAfterOrigin(fromMinute);
    if (beforeMinute >= 0)
        filter.startedBefore = minutesAfterOrigin(beforeMinute);

    QList<qint64> expected;
    for (const SeededRun &run : std::as_const(m_runs)) {
        if ((filter.companyId == 0 || run.companyId == filter.companyId) && (!filter.job || run.job == *filter.job) &&
            (!filter.result || run.result == *filter.result) &&
            (!filter.startedFrom.isValid() || run.startedAt >= filter.startedFrom) &&
            (!filter.startedBefore.isValid() || run.startedAt < filter.startedBefore))
            expected << run.id;
    }

    SyncHistoryRepository history(m_db->connection());
    QList<qint64> listed;
    std::optional<RunCursor> cursor;
    do {
        const auto page = history.runs(filter, cursor, 200);
        QVERIFY(page.ok());
        for (const SyncRun &run : page->runs) {
            QVERIFY(filter.companyId == 0 || run.companyId == filter.companyId);
            QVERIFY(!filter.result || run.result == *filter.result);
            listed << run.id;
        }
        cursor = page->next;
    } while (cursor);

    QCOMPARE(listed.size(), expected.size());
    QCOMPARE(listed, expected);
    QCOMPARE(*history.countRuns(filter), expected.size());
}

void TestHistoryFiltering::bigRunEventsPageCompletely()
{
    SyncHistoryRepository history(m_db->connection());
    QList<SyncEvent> events;
    std::optional<qint64> after = 0;
    while (after) {
        const auto page = history.events(m_bigRunId, *after, 500);
        QVERIFY(page.ok());
        events += page->events;
        after = page->nextAfterId;
    }
    QCOMPARE(events.size(), BIG_RUN_EVENTS);
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].runId, m_bigRunId);
        QCOMPARE(events[i].lightspeedId, QString::number(i));
    }

    const auto big =
        std::find_if(m_runs.cbegin(), m_runs.cend(), [this](const SeededRun &run) { return run.id == m_bigRunId; });
    QVERIFY(big != m_runs.cend());
    int problems = 0;
    std::optional<qint64> problemsAfter = 0;
    while (problemsAfter) {
        const auto page = history.events(m_bigRunId, *problemsAfter, 100, true);
        QVERIFY(page.ok());
        problems += int(page->events.size());
        problemsAfter = page->nextAfterId;
    }
    QCOMPARE(problems, big->problems);
}

void TestHistoryFiltering::eventCountsPerCompanyAndPeriod()
{
    SyncHistoryRepository history(m_db->connection());
    QCOMPARE(*history.countEvents({}), m_eventCount);

    EventFilter filter;
    filter.companyId = m_companies[1];
    filter.from = minutesAfterOrigin(20'000);
    filter.before = minutesAfterOrigin(40'000);
    qint64 expected = 0;
    for (const SeededRun &run : std::as_const(m_runs)) {
        if (run.companyId != filter.companyId)
            continue;
        // Event e of a run happened e milliseconds after the run started.
        for (int e = 0; e < run.events; ++e) {
            const QDateTime at = run.startedAt.addMSecs(e);
            if (at >= filter.from && at < filter.before)
                ++expected;
        }
    }
    QCOMPARE(*history.countEvents(filter), expected);
}

QTEST_GUILESS_MAIN(TestHistoryFiltering)
#include "tst_historyfiltering.moc"
