#include "sync/traystatemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace posbridge;

namespace {

constexpr qint64 ACME = 1;
constexpr qint64 GLOBEX = 2;

CompanySyncStatus idleStatus(qint64 companyId)
{
    CompanySyncStatus status;
    status.companyId = companyId;
    JobStatus download;
    download.job = SyncJob::OrderDownload;
    download.enabled = true;
    download.nextRunAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    status.jobs = {download};
    return status;
}

CompanySyncStatus runningStatus(qint64 companyId)
{
    CompanySyncStatus status = idleStatus(companyId);
    status.runningJob = SyncJob::OrderDownload;
    return status;
}

CompanySyncStatus finishedStatus(qint64 companyId, RunResult result)
{
    CompanySyncStatus status = idleStatus(companyId);
    status.jobs[0].lastRunAt = QDateTime(QDate(2026, 1, 1), QTime(11, 0), Qt::UTC);
    status.jobs[0].lastResult = result;
    status.jobs[0].lastMessage = result == RunResult::Failed ? QStringLiteral("timed out") : QString();
    return status;
}

} // namespace

class TestTrayStateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stateMovesIdleSyncingAttention();
    void attentionOutranksSyncing();
    void failureClearsAfterSuccess();
    void pauseAllIsNotAttention();
    void authorizationExpiryNotifiesOnce();
    void runFailuresAreRateLimited();
    void anySyncEnabledFollowsJobs();
    void companiesKeepMenuOrder();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TrayStateModel> m_model;
};

void TestTrayStateModel::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_model = std::make_unique<TrayStateModel>(*m_clock);
    m_model->setCompanies({{ACME, QStringLiteral("Acme")}, {GLOBEX, QStringLiteral("Globex")}});
}

void TestTrayStateModel::stateMovesIdleSyncingAttention()
{
    QSignalSpy changed(m_model.get(), &TrayStateModel::changed);
    QCOMPARE(m_model->state(), TrayState::Idle);

    m_model->updateStatus(runningStatus(ACME));
    QCOMPARE(m_model->state(), TrayState::Syncing);
    QCOMPARE(m_model->companyState(ACME), TrayState::Syncing);
    QCOMPARE(m_model->companyState(GLOBEX), TrayState::Idle);

    m_model->updateStatus(finishedStatus(ACME, RunResult::Succeeded));
    QCOMPARE(m_model->state(), TrayState::Idle);

    m_model->updateStatus(finishedStatus(ACME, RunResult::Failed));
    QCOMPARE(m_model->state(), TrayState::Attention);
    QVERIFY2(m_model->companies().at(0).detail.contains(QLatin1String("timed out")),
             qPrintable(m_model->companies().at(0).detail));
    QCOMPARE(changed.count(), 3);
}

void TestTrayStateModel::attentionOutranksSyncing()
{
    m_model->updateStatus(runningStatus(ACME));
    CompanySyncStatus paused = idleStatus(GLOBEX);
    paused.paused = true;
    paused.pausedReason = QStringLiteral("Not connected — use Fetch Token");
    m_model->updateStatus(paused);
    QCOMPARE(m_model->companyState(GLOBEX), TrayState::Attention);
    QCOMPARE(m_model->state(), TrayState::Attention);
    QCOMPARE(m_model->companies().at(1).detail, paused.pausedReason);
}

void TestTrayStateModel::failureClearsAfterSuccess()
{
    m_model->reportRunFailed(ACME, SyncJob::OrderDownload, QStringLiteral("HTTP 500"));
    QCOMPARE(m_model->companyState(ACME), TrayState::Attention);
    // A status that still carries the failure keeps the company in attention.
    m_model->updateStatus(finishedStatus(ACME, RunResult::Failed));
    QCOMPARE(m_model->companyState(ACME), TrayState::Attention);
    m_model->updateStatus(finishedStatus(ACME, RunResult::Succeeded));
    QCOMPARE(m_model->companyState(ACME), TrayState::Idle);
}

void TestTrayStateModel::pauseAllIsNotAttention()
{
    CompanySyncStatus paused = idleStatus(ACME);
    paused.paused = true;
    paused.pausedReason = QStringLiteral("Paused — use Resume All");
    m_model->setAllPaused(true);
    m_model->updateStatus(paused);
    QCOMPARE(m_model->state(), TrayState::Idle);
    QVERIFY(m_model->toolTip().contains(QLatin1String("paused")));

    m_model->reportAuthorizationExpired(ACME);
    QCOMPARE(m_model->state(), TrayState::Attention);

    m_model->reportAuthorizationRenewed(ACME);
    m_model->setAllPaused(false);
    m_model->updateStatus(idleStatus(ACME));
    QCOMPARE(m_model->state(), TrayState::Idle);
    QVERIFY(!m_model->toolTip().contains(QLatin1String("paused")));
}

void TestTrayStateModel::authorizationExpiryNotifiesOnce()
{
    QSignalSpy notifications(m_model.get(), &TrayStateModel::notificationRequested);
    m_model->reportAuthorizationExpired(ACME);
    m_model->reportAuthorizationExpired(ACME);
    m_model->reportAuthorizationExpired(ACME);
    QCOMPARE(notifications.count(), 1);
    QVERIFY(notifications.at(0).at(1).toString().contains(QLatin1String("Acme")));
    QCOMPARE(m_model->companyState(ACME), TrayState::Attention);

    // New tokens end the attention, and the next expiry is news again.
    m_model->reportAuthorizationRenewed(ACME);
    QCOMPARE(m_model->companyState(ACME), TrayState::Idle);
    m_model->reportAuthorizationExpired(ACME);
    QCOMPARE(notifications.count(), 2);
}

void TestTrayStateModel::runFailuresAreRateLimited()
{
    QSignalSpy notifications(m_model.get(), &TrayStateModel::notificationRequested);
    for (int minute = 0; minute < 15; ++minute) {
        m_model->reportRunFailed(ACME, SyncJob::OrderDownload, QStringLiteral("HTTP 503"));
        m_clock->advanceMs(60'000);
    }
    m_model->reportRunFailed(GLOBEX, SyncJob::OrderDownload, QStringLiteral("HTTP 503"));
    QCOMPARE(notifications.count(), 2);

    m_model->reportRunFailed(ACME, SyncJob::OrderDownload, QStringLiteral("HTTP 503"));
    QCOMPARE(notifications.count(), 3);
    const QString text = notifications.at(2).at(1).toString();
    QVERIFY2(text.contains(QLatin1String("14")), qPrintable(text));
}

void TestTrayStateModel::anySyncEnabledFollowsJobs()
{
    QVERIFY(!m_model->anySyncEnabled());
    m_model->updateStatus(idleStatus(GLOBEX));
    QVERIFY(m_model->anySyncEnabled());
    CompanySyncStatus off = idleStatus(GLOBEX);
    off.jobs[0].enabled = false;
    m_model->updateStatus(off);
    QVERIFY(!m_model->anySyncEnabled());
}

void TestTrayStateModel::companiesKeepMenuOrder()
{
    m_model->updateStatus(runningStatus(GLOBEX));
    m_model->setCompanies({{GLOBEX, QStringLiteral("Globex Corp")}, {3, QStringLiteral("Initech")}});
    const QList<TrayCompany> companies = m_model->companies();
    QCOMPARE(companies.size(), 2);
    QCOMPARE(companies.at(0).name, QStringLiteral("Globex Corp"));
    QCOMPARE(companies.at(0).state, TrayState::Syncing);
    QCOMPARE(companies.at(1).companyId, qint64(3));
    QCOMPARE(companies.at(1).state, TrayState::Idle);
}

QTEST_GUILESS_MAIN(TestTrayStateModel)
#include "tst_traystatemodel.moc"
