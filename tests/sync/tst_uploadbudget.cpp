#include "sandboxconnection.h"
#include "syncfixture.h"

#include <QTest>

using namespace posbridge;
using namespace synctest;

/**
 * Uploading many changes spends the rate-limit budget fully, without a 429.
 *
 * The sandbox runs 60 times faster than real time, so the test takes seconds. Its burst limit
 * is raised to match, because at one drip per second (time scale 1) 30 requests a second are
 * never the binding limit. Tokens live longer too: an hour of sandbox time would be one real
 * minute, no more than the TokenManager's refresh margin.
 */
class TestUploadBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyChangesDrawNoRateLimit();

private:
    std::unique_ptr<SyncFixture> m_fixture;
};

void TestUploadBudget::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>(QStringList{
        QStringLiteral("--items"), QStringLiteral("330"), QStringLiteral("--days"), QStringLiteral("0"),
        QStringLiteral("--open-sales"), QStringLiteral("0"), QStringLiteral("--time-scale"), QStringLiteral("60"),
        QStringLiteral("--burst-limit"), QStringLiteral("300"), QStringLiteral("--token-lifetime"),
        QStringLiteral("36000"), QStringLiteral("--seed"), QStringLiteral("8")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.stock = [](const DemoCatalogue::Item &item) {
        return qMax<qint64>(0, item.quantityByShop.value(SyncFixture::SHOP_ID)) + 1;
    };
    setup.orderDownload = false;
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));
    QVERIFY(m_fixture->listingByItem.size() >= 300);
}

void TestUploadBudget::manyChangesDrawNoRateLimit()
{
    lightspeedtest::resetCounters(m_fixture->sandbox());
    const JobReport report = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QVERIFY(report.counts.updated >= 300);
    QCOMPARE(lightspeedtest::rateLimitedCount(m_fixture->sandbox()), 0);
    const QJsonObject bucket = lightspeedtest::bucketOf(m_fixture->sandbox());
    const double size = m_fixture->sandbox()
                            .control("GET", QStringLiteral("/sandbox/counters"))
                            .object()
                            .value(QLatin1String("bucket"))
                            .toObject()
                            .value(QLatin1String("size"))
                            .toDouble();
    const double highest = bucket.value(QLatin1String("highestLevel")).toDouble();
    QVERIFY2(size > 0 && highest > 0.8 * size, qPrintable(QStringLiteral("highest %1 of %2").arg(highest).arg(size)));
}

QTEST_GUILESS_MAIN(TestUploadBudget)
#include "tst_uploadbudget.moc"
