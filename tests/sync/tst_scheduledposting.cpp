#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "sync/companyservice.h"
#include "sync/scheduledpostingjob.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

/**
 * Product posting run by the sync engine, as Post Products Now and the posting interval run it:
 * the runner opens the API and records the run, the posting job links the enabled products.
 */
class TestScheduledPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postNowLinksEnabledProducts();
    void switchedOffCompanyIsNotPosted();

private:
    int listingsInState(ListingState state);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestScheduledPosting::initTestCase()
{
    qRegisterMetaType<posbridge::JobReport>();
    m_fixture = std::make_unique<SyncFixture>(QStringList{QStringLiteral("--items"), QStringLiteral("20"),
                                                          QStringLiteral("--days"), QStringLiteral("1"),
                                                          QStringLiteral("--seed"), QStringLiteral("4")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.orderDownload = false;
    setup.inventoryUpload = false;
    // Products without listings: posting has to find their items on Lightspeed.
    setup.isListed = [](const DemoCatalogue::Item &) { return false; };
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));

    m_companies = std::make_unique<CompanyService>(m_fixture->executor(), &m_fixture->secrets());
    SyncEngineOptions options;
    options.scheduler.startDelayMs = 50;
    m_engine = std::make_unique<SyncEngine>(m_fixture->executor(), m_fixture->connections(), options);
    m_engine->registerJob(productPostingKind());
    m_engine->watchSettings(m_companies.get());
    m_engine->start();
}

void TestScheduledPosting::cleanupTestCase()
{
    m_engine.reset();
    m_companies.reset();
}

int TestScheduledPosting::listingsInState(ListingState state)
{
    return m_fixture->query([state](Database &db) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM listings WHERE state = :state AND enabled = 1"));
        query.bindValue(QStringLiteral(":state"), listingStateKey(state));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    });
}

void TestScheduledPosting::postNowLinksEnabledProducts()
{
    // Let the first scheduled run (nothing enabled yet) finish, so that the next one reads the new listings.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->status(m_fixture->companyId).lastRun().has_value(), 10'000);
    QTRY_VERIFY(!m_engine->status(m_fixture->companyId).runningJob.has_value());

    const QList<qint64> products = m_fixture->productByItem.values().mid(0, 3);
    QCOMPARE(products.size(), 3);
    const bool enabled = m_fixture->query([&](Database &db) {
        return ListingRepository(db.connection()).setEnabled(m_fixture->companyId, products, true).ok();
    });
    QVERIFY(enabled);
    QCOMPARE(listingsInState(ListingState::Pending), 3);

    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QVERIFY(m_engine->runNow(m_fixture->companyId, SyncJob::ProductPosting));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20'000);
    const auto report = finished.constFirst().constFirst().value<JobReport>();
    QCOMPARE(report.job, SyncJob::ProductPosting);
    QCOMPARE(report.trigger, RunTrigger::Manual);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(report.message));
    QCOMPARE(listingsInState(ListingState::Pending), 0);
    QCOMPARE(listingsInState(ListingState::Linked), 3);
    QCOMPARE(report.counts.failed, 0);
}

void TestScheduledPosting::switchedOffCompanyIsNotPosted()
{
    IntegrationSettings settings = m_fixture->settings();
    settings.posEnabled = false;
    QVERIFY(m_companies->saveSettings(settings, std::nullopt).result().ok());
    QTRY_VERIFY(!m_engine->canRun(m_fixture->companyId, SyncJob::ProductPosting));
    QVERIFY(!m_engine->runNow(m_fixture->companyId, SyncJob::ProductPosting));
}

QTEST_GUILESS_MAIN(TestScheduledPosting)
#include "tst_scheduledposting.moc"
