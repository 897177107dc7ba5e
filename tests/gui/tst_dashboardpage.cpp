#include "backofficeseed.h"

#include "gui/dashboardpage.h"
#include "gui/jobschedulemodel.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/synchistoryrepository.h"
#include "sync/connectionmanager.h"
#include "sync/jobrunner.h"
#include "sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pageShowsTodayAndCharts();
    void finishedRunsRefreshOnce();
    void otherCompanyRunsIgnored();
    void jobModelPassesModelTester();
    void jobModelShowsPostingWhenScheduled();

private:
    void addOrder(qint64 saleId, const QDateTime &completedAt);
    void addRun(SyncJob job, RunResult result);
    [[nodiscard]] QString labelText(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    SeededCompany m_acme;
    SeededCompany m_globex;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestDashboardPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("dashboard.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    m_acme = seedCompany(m_db->connection(), QStringLiteral("Acme"));
    m_globex = seedCompany(m_db->connection(), QStringLiteral("Globex"));
    m_executor = std::make_shared<DatabaseExecutor>(m_db);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, *m_secrets, *m_registry);
    m_engine = std::make_unique<SyncEngine>(m_executor, *m_connections);
    m_page = std::make_unique<DashboardPage>(m_executor, m_connections.get());
    m_page->setSyncEngine(m_engine.get());
    m_page->setRefreshDelay(100);
    m_page->show();
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_engine.reset();
    m_connections.reset();
    m_registry.reset();
    m_secrets.reset();
    m_executor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDashboardPage::addOrder(qint64 saleId, const QDateTime &completedAt)
{
    importSale(m_db->connection(),
               sale(m_acme.id, saleId, completedAt,
                    {saleLine(1, 900, m_acme.productId, QStringLiteral("1"), QStringLiteral("2"))}),
               m_acme.booking);
}

void TestDashboardPage::addRun(SyncJob job, RunResult result)
{
    SyncHistoryRepository history(m_db->connection());
    const auto run = history.startRun(m_acme.id, job, RunTrigger::Schedule);
    QVERIFY(run.ok());
    QVERIFY(history.finishRun(*run, result, {}, Decimal(), QString()).ok());
}

QString TestDashboardPage::labelText(const char *name) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

void TestDashboardPage::pageShowsTodayAndCharts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addOrder(101, now.addSecs(-5));
    addOrder(102, now.addSecs(-4));
    addOrder(103, now.addDays(-3));
    addRun(SyncJob::OrderDownload, RunResult::Succeeded);
    addRun(SyncJob::InventoryUpload, RunResult::Failed);

    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->loadCompany(m_acme.id);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.at(0).at(0).toLongLong(), m_acme.id);

    QVERIFY(m_page->data().has_value());
    // The seeded orders are near "now" in UTC; around midnight in the system zone one may fall on another day.
    QCOMPARE(m_page->data()->ordersPerDay.size(), DashboardPage::CHART_DAYS);
    qint64 total = 0;
    for (const qint64 count : m_page->data()->ordersPerDay)
        total += count;
    QCOMPARE(total, qint64(3));
    QCOMPARE(labelText("ordersValue"), QLocale().toString(m_page->data()->todayCounts.orders));
    QVERIFY2(labelText("failuresValue").startsWith(QLatin1Char('1')), qPrintable(labelText("failuresValue")));
    QVERIFY2(labelText("zoneNote").contains(QLatin1String("computer")), qPrintable(labelText("zoneNote")));

    QCOMPARE(m_page->ordersChart()->series().size(), 1);
    auto *orders = qobject_cast<QLineSeries *>(m_page->ordersChart()->series().at(0));
    QVERIFY(orders);
    QCOMPARE(orders->count(), DashboardPage::CHART_DAYS);
    QCOMPARE(m_page->durationsChart()->series().size(), 2);
}

void TestDashboardPage::finishedRunsRefreshOnce()
{
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->loadCompany(m_acme.id);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(m_page->data()->todayCounts.orders, qint64(0));

    addOrder(201, QDateTime::currentDateTimeUtc().addSecs(-1));
    JobReport report;
    report.companyId = m_acme.id;
    report.result = RunResult::Succeeded;
    for (int i = 0; i < 3; ++i)
        Q_EMIT m_engine->jobFinished(report);
    QTRY_COMPARE(refreshed.count(), 2);
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 2);
    qint64 total = 0;
    for (const qint64 count : m_page->data()->ordersPerDay)
        total += count;
    QCOMPARE(total, qint64(1));
}

void TestDashboardPage::otherCompanyRunsIgnored()
{
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->loadCompany(m_acme.id);
    QTRY_COMPARE(refreshed.count(), 1);

    JobReport report;
    report.companyId = m_globex.id;
    Q_EMIT m_engine->jobFinished(report);
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 1);
}

void TestDashboardPage::jobModelPassesModelTester()
{
    JobScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, JobScheduleModel::StateColumn).data().toString(), QStringLiteral("Off"));

    CompanySyncStatus status;
    status.companyId = 1;
    JobStatus download;
    download.job = SyncJob::OrderDownload;
    download.enabled = true;
    download.lastRunAt = QDateTime::currentDateTimeUtc();
    download.lastResult = RunResult::Failed;
    download.lastMessage = QStringLiteral("timed out");
    status.jobs = {download};
    status.runningJob = SyncJob::OrderDownload;
    model.setStatus(status);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobScheduleModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(0, JobScheduleModel::ResultColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("timed out"));

    status.runningJob.reset();
    status.paused = true;
    status.pausedReason = QStringLiteral("Paused — use Resume All");
    model.setStatus(status);
    QCOMPARE(model.index(0, JobScheduleModel::StateColumn).data().toString(), QStringLiteral("Paused"));
    QCOMPARE(model.index(0, JobScheduleModel::NextRunColumn).data().toString(), QStringLiteral("—"));
}

void TestDashboardPage::jobModelShowsPostingWhenScheduled()
{
    JobScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompanySyncStatus status;
    for (const SyncJob job :
         {SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation, SyncJob::ProductPosting}) {
        JobStatus entry;
        entry.job = job;
        entry.enabled = job != SyncJob::Reconciliation;
        status.jobs.append(entry);
    }
    model.setStatus(status);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, JobScheduleModel::JobColumn).data().toString(), QStringLiteral("Product posting"));
    QCOMPARE(model.index(2, JobScheduleModel::StateColumn).data().toString(), QStringLiteral("Off"));
    QCOMPARE(model.index(3, JobScheduleModel::StateColumn).data().toString(), QStringLiteral("On"));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
