#include "sandboxconnection.h"
#include "syncfixture.h"

#include "storage/orderrepository.h"
#include "storage/stockledger.h"
#include "sync/companyservice.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingRunsWhileSwitchedOff();
    void enablingDownloadStartsRuns();
    void uploadCycleStartsWithDownload();
    void disablingStopsWithoutRestart();
    void pauseAllStopsAndResumes();
    void cancelMidPageKeepsDataConsistent();
    void expiredAuthorizationPausesCompany();

private:
    bool saveSwitches(bool download, bool upload, int downloadInterval = 1, int uploadInterval = 2);
    int finishedRuns();

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSyncEngine::initTestCase()
{
    qRegisterMetaType<posbridge::JobReport>();
    m_fixture = std::make_unique<SyncFixture>(
        QStringList{QStringLiteral("--items"), QStringLiteral("30"), QStringLiteral("--days"), QStringLiteral("1"),
                    QStringLiteral("--sales-per-day"), QStringLiteral("100"), QStringLiteral("--time-scale"),
                    QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.orderDownload = false;
    setup.inventoryUpload = false;
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));

    m_companies = std::make_unique<CompanyService>(m_fixture->executor(), &m_fixture->secrets());
    SyncEngineOptions options;
    options.orderDownload = SyncFixture::allHistory();
    options.scheduler.startDelayMs = 50;
    options.scheduler.retryBaseDelayMs = 300;
    options.bucketPollMs = 200;
    m_engine = std::make_unique<SyncEngine>(m_fixture->executor(), m_fixture->connections(), options);
    m_engine->watchSettings(m_companies.get());
    m_engine->start();
}

void TestSyncEngine::cleanupTestCase()
{
    m_engine.reset();
    m_companies.reset();
}

bool TestSyncEngine::saveSwitches(bool download, bool upload, int downloadInterval, int uploadInterval)
{
    IntegrationSettings settings = m_fixture->settings();
    settings.orderDownloadEnabled = download;
    settings.inventoryUploadEnabled = upload;
    settings.orderDownloadIntervalSeconds = downloadInterval;
    settings.inventoryUploadIntervalSeconds = uploadInterval;
    // The form saves through CompanyService; its settingsSaved signal is what the engine follows.
    return m_companies->saveSettings(settings, std::nullopt).result().ok();
}

int TestSyncEngine::finishedRuns()
{
    return m_fixture->query([](Database &db) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE result <> 'running'"));
        return query.next() ? query.value(0).toInt() : -1;
    });
}

void TestSyncEngine::nothingRunsWhileSwitchedOff()
{
    QTest::qWait(600);
    QCOMPARE(finishedRuns(), 0);
    QVERIFY(!m_engine->canRun(m_fixture->companyId, SyncJob::OrderDownload));
    QVERIFY(!m_engine->runNow(m_fixture->companyId, SyncJob::OrderDownload));
    QVERIFY(!m_engine->status(m_fixture->companyId).nextRun().has_value());
}

void TestSyncEngine::enablingDownloadStartsRuns()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QVERIFY(saveSwitches(true, false));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10'000);
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto report = arguments.constFirst().value<JobReport>();
        QCOMPARE(report.job, SyncJob::OrderDownload);
        QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    }
    QVERIFY(m_engine->canRun(m_fixture->companyId, SyncJob::OrderDownload));
    QVERIFY(!m_engine->canRun(m_fixture->companyId, SyncJob::InventoryUpload));
    const CompanySyncStatus status = m_engine->status(m_fixture->companyId);
    QVERIFY(status.lastRun().has_value());
    QVERIFY(status.nextRun().has_value());
    QTRY_VERIFY(m_engine->status(m_fixture->companyId).bucketKnown);
}

void TestSyncEngine::uploadCycleStartsWithDownload()
{
    QVERIFY(saveSwitches(true, false, 60, 60));
    QTRY_VERIFY(!m_engine->status(m_fixture->companyId).runningJob.has_value());
    QSignalSpy started(m_engine.get(), &SyncEngine::jobStarted);
    QVERIFY(saveSwitches(true, true, 60, 1));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(started.cbegin(), started.cend(),
                                         [](const QList<QVariant> &arguments) {
                                             return arguments.at(1).value<SyncJob>() == SyncJob::InventoryUpload;
                                         }),
                             10'000);
    const auto upload = std::find_if(started.cbegin(), started.cend(), [](const QList<QVariant> &arguments) {
        return arguments.at(1).value<SyncJob>() == SyncJob::InventoryUpload;
    });
    QVERIFY(upload != started.cbegin());
    QCOMPARE(std::prev(upload)->at(1).value<SyncJob>(), SyncJob::OrderDownload);
}

void TestSyncEngine::disablingStopsWithoutRestart()
{
    QVERIFY(saveSwitches(true, true, 1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(finishedRuns() >= 6, 10'000);
    QVERIFY(saveSwitches(false, false));
    QTRY_VERIFY(!m_engine->status(m_fixture->companyId).runningJob.has_value());
    const int runs = finishedRuns();
    QTest::qWait(2'500);
    QCOMPARE(finishedRuns(), runs);
    QVERIFY(!m_engine->status(m_fixture->companyId).nextRun().has_value());
    QVERIFY(!m_engine->canRun(m_fixture->companyId, SyncJob::OrderDownload));
}

void TestSyncEngine::pauseAllStopsAndResumes()
{
    const qint64 company = m_fixture->companyId;
    QSignalSpy pausedChanged(m_engine.get(), &SyncEngine::allPausedChanged);
    const int before = finishedRuns();
    QVERIFY(saveSwitches(true, false, 1, 60));
    QTRY_VERIFY_WITH_TIMEOUT(finishedRuns() > before, 10'000);

    m_engine->setAllPaused(true);
    QCOMPARE(pausedChanged.count(), 1);
    QVERIFY(m_engine->isAllPaused());
    QVERIFY(m_engine->status(company).paused);
    QVERIFY(!m_engine->canRun(company, SyncJob::OrderDownload));
    QTRY_VERIFY(!m_engine->status(company).runningJob.has_value());
    const int whilePaused = finishedRuns();
    QTest::qWait(1'500);
    QCOMPARE(finishedRuns(), whilePaused);

    m_engine->setAllPaused(false);
    QCOMPARE(pausedChanged.count(), 2);
    QVERIFY(!m_engine->status(company).paused);
    QTRY_VERIFY_WITH_TIMEOUT(finishedRuns() > whilePaused, 10'000);

    QVERIFY(saveSwitches(false, false));
    QTRY_VERIFY(!m_engine->status(company).runningJob.has_value());
}

void TestSyncEngine::cancelMidPageKeepsDataConsistent()
{
    // Enough new sales for several pages, served slowly.
    for (int i = 0; i < 3; ++i)
        m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("steps"), 150}});
    QVERIFY(m_fixture->sandbox()
                .control("POST", QStringLiteral("/sandbox/faults"),
                         {{QStringLiteral("target"), QStringLiteral("sale.list")}, {QStringLiteral("latencyMs"), 700}})
                .isObject());
    QVERIFY(saveSwitches(true, false, 3600, 3600));
    QTRY_VERIFY(m_engine->canRun(m_fixture->companyId, SyncJob::OrderDownload));
    QSignalSpy progressed(m_engine.get(), &SyncEngine::jobProgressed);
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QVERIFY(m_engine->runNow(m_fixture->companyId, SyncJob::OrderDownload));
    QTRY_VERIFY_WITH_TIMEOUT(progressed.size() >= 2, 10'000);
    m_engine->cancel(m_fixture->companyId);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
    QCOMPARE(finished.constFirst().constFirst().value<JobReport>().result, RunResult::Cancelled);
    lightspeedtest::clearFaults(m_fixture->sandbox());

    const qint64 company = m_fixture->companyId;
    const auto consistent = [this, company] {
        return m_fixture->query([company](Database &db) {
            QSqlQuery lines(db.connection());
            lines.exec(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l "
                                      "WHERE l.order_id = o.id)"));
            lines.next();
            return lines.value(0).toInt() == 0 && StockLedger(db.connection()).verify(company)->isEmpty();
        });
    };
    QVERIFY(consistent());

    // The next run imports the rest, each sale once.
    QVERIFY(m_engine->runNow(company, SyncJob::OrderDownload));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 15'000);
    QCOMPARE(finished.at(1).constFirst().value<JobReport>().result, RunResult::Succeeded);
    QVERIFY(consistent());
    QSet<qint64> completed;
    for (const Sale &sale : m_fixture->sandboxSales()) {
        if (sale.completed && !sale.voided)
            completed.insert(sale.saleId);
    }
    const int orders = m_fixture->query([company](Database &db) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM orders WHERE company_id = :c AND status = 'completed'"));
        query.bindValue(QStringLiteral(":c"), company);
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    });
    QCOMPARE(orders, int(completed.size()));
}

void TestSyncEngine::expiredAuthorizationPausesCompany()
{
    const qint64 company = m_fixture->companyId;
    QSignalSpy paused(m_engine.get(), &SyncEngine::companyPaused);
    QSignalSpy resumed(m_engine.get(), &SyncEngine::companyResumed);
    m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/tokens/revoke"));
    QVERIFY(saveSwitches(true, false, 1, 60));
    QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 10'000);
    QCOMPARE(paused.constFirst().at(0).toLongLong(), company);
    QVERIFY(m_engine->status(company).paused);
    QVERIFY(!m_engine->canRun(company, SyncJob::OrderDownload));
    const int runs = finishedRuns();
    QTest::qWait(1'500);
    QCOMPARE(finishedRuns(), runs);

    // New tokens from Fetch Token resume the company.
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QVERIFY2(m_fixture->connectCompany(), qPrintable(m_fixture->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
    QCOMPARE(finished.constFirst().constFirst().value<JobReport>().result, RunResult::Succeeded);
    QVERIFY(!m_engine->status(company).paused);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
