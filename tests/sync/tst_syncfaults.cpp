#include "httpclient.h"
#include "sandboxconnection.h"
#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "storage/stockledger.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadRidesOutFaults_data();
    void downloadRidesOutFaults();
    void outageFailsRunCleanly();
    void rateLimitStormWaitsItOut();
    void tokenExpiryMidRunRefreshes();
    void uploadRidesOutFaults();
    void uploadOutageKeepsPublishedTrue();

private:
    void ringUpSales(int events);
    void checkOrdersComplete();
    void checkPublishedMatchesLightspeed();
    void changeStock(int delta);
    QString runMessage(qint64 runId);

    std::unique_ptr<SyncFixture> m_fixture;
};

void TestSyncFaults::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>(
        QStringList{QStringLiteral("--items"), QStringLiteral("40"), QStringLiteral("--days"), QStringLiteral("1"),
                    QStringLiteral("--sales-per-day"), QStringLiteral("200"), QStringLiteral("--time-scale"),
                    QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("21")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.stock = [](const DemoCatalogue::Item &) { return qint64(500); };
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
}

void TestSyncFaults::ringUpSales(int events)
{
    m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("steps"), events}});
}

void TestSyncFaults::checkOrdersComplete()
{
    QSet<qint64> completed;
    for (const Sale &sale : m_fixture->sandboxSales()) {
        if (sale.completed && !sale.voided)
            completed.insert(sale.saleId);
    }
    const qint64 company = m_fixture->companyId;
    const auto [orders, consistent] = m_fixture->query([company](Database &db) {
        QSet<qint64> ids;
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT sale_id FROM orders WHERE status = 'completed'"));
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return std::make_pair(ids, StockLedger(db.connection()).verify(company)->isEmpty());
    });
    QCOMPARE(orders, completed);
    QVERIFY(consistent);
}

void TestSyncFaults::checkPublishedMatchesLightspeed()
{
    const qint64 company = m_fixture->companyId;
    const auto listings = m_fixture->query(
        [company](Database &db) { return ListingRepository(db.connection()).listLinked(company).value(); });
    for (const Listing &listing : listings) {
        if (!listing.publishedQuantity)
            continue;
        QCOMPARE(Decimal::fromInt(m_fixture->sandboxQuantity(listing.itemId)), *listing.publishedQuantity);
    }
}

void TestSyncFaults::changeStock(int delta)
{
    const qint64 company = m_fixture->companyId;
    const qint64 warehouse = m_fixture->sellingWarehouseId;
    const QList<qint64> products = m_fixture->productByItem.values();
    QVERIFY(m_fixture->query([company, warehouse, products, delta](Database &db) {
        StockLedger ledger(db.connection());
        for (qint64 product : products) {
            StockMove move;
            move.companyId = company;
            move.productId = product;
            move.warehouseId = warehouse;
            move.quantity = Decimal::fromInt(delta);
            move.reason = StockMoveReason::Adjustment;
            if (!ledger.addMove(move))
                return false;
        }
        return true;
    }));
}

QString TestSyncFaults::runMessage(qint64 runId)
{
    return m_fixture->query([runId](Database &db) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT result || ': ' || message FROM sync_runs WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), runId);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    });
}

void TestSyncFaults::downloadRidesOutFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("counted"); ///< whether the sandbox counts the fault (latency is not counted)
    const auto rule = [](QJsonObject fault) {
        fault.insert(QStringLiteral("target"), QStringLiteral("sale.list"));
        return fault;
    };
    QTest::newRow("server error bursts") << rule({{QStringLiteral("error"), 1.0},
                                                  {QStringLiteral("errorStatuses"), QJsonArray{500, 502, 503, 504}},
                                                  {QStringLiteral("count"), 3}})
                                         << true;
    QTest::newRow("dropped connections") << rule({{QStringLiteral("drop"), 1.0}, {QStringLiteral("count"), 2}}) << true;
    QTest::newRow("lost responses") << rule({{QStringLiteral("dropAfter"), 1.0}, {QStringLiteral("count"), 2}}) << true;
    QTest::newRow("malformed bodies") << rule({{QStringLiteral("malformed"), 1.0}, {QStringLiteral("count"), 2}})
                                      << true;
    QTest::newRow("slow answers") << rule({{QStringLiteral("latencyMs"), 250}}) << false;
    QTest::newRow("stray 401s") << rule({{QStringLiteral("unauthorized"), 1.0}, {QStringLiteral("count"), 1}}) << true;
}

void TestSyncFaults::downloadRidesOutFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, counted);
    ringUpSales(150);
    lightspeedtest::resetCounters(m_fixture->sandbox());
    QVERIFY(lightspeedtest::addFault(m_fixture->sandbox(), fault));
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    const QJsonObject injected = m_fixture->sandbox()
                                     .control("GET", QStringLiteral("/sandbox/counters"))
                                     .object()
                                     .value(QLatin1String("faults"))
                                     .toObject();
    lightspeedtest::clearFaults(m_fixture->sandbox());
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    int faults = 0;
    for (const QJsonValue &count : injected)
        faults += count.toInt();
    QCOMPARE(faults > 0, counted);
    QVERIFY(runMessage(report.runId).startsWith(QLatin1String("succeeded")));
    checkOrdersComplete();
}

void TestSyncFaults::outageFailsRunCleanly()
{
    ringUpSales(60);
    const qint64 company = m_fixture->companyId;
    const auto countOrders = [this, company] {
        return m_fixture->query([company](Database &db) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM orders WHERE company_id = :c"));
            query.bindValue(QStringLiteral(":c"), company);
            query.exec();
            return query.next() ? query.value(0).toInt() : -1;
        });
    };
    const int before = countOrders();
    QVERIFY(lightspeedtest::addFault(m_fixture->sandbox(), {{QStringLiteral("target"), QStringLiteral("sale.list")},
                                                            {QStringLiteral("error"), 1.0},
                                                            {QStringLiteral("errorStatuses"), QJsonArray{503}}}));
    const JobReport failed = m_fixture->runJob(SyncJob::OrderDownload);
    lightspeedtest::clearFaults(m_fixture->sandbox());
    QCOMPARE(failed.result, RunResult::Failed);
    QVERIFY(failed.transientFailure());
    QCOMPARE(countOrders(), before);
    const QString recorded = runMessage(failed.runId);
    QVERIFY2(recorded.startsWith(QLatin1String("failed: ")) && recorded.size() > 10, qPrintable(recorded));

    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    checkOrdersComplete();
}

void TestSyncFaults::rateLimitStormWaitsItOut()
{
    ringUpSales(40);
    lightspeedtest::resetCounters(m_fixture->sandbox());
    // Another program on the same connection empties the bucket: count=1 costs 10 drips.
    const auto tokens = lightspeedtest::fetchTokens(m_fixture->sandbox());
    QVERIFY(tokens.ok());
    HttpClient other;
    QUrl url = m_fixture->sandbox().apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/Account/%1/Sale.json").arg(m_fixture->sandbox().accountId()));
    url.setQuery(QStringLiteral("count=1"));
    for (int i = 0; i < 12; ++i)
        other.get(url, tokens->accessToken);

    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QVERIFY(lightspeedtest::rateLimitedCount(m_fixture->sandbox()) > 0);
    checkOrdersComplete();
}

void TestSyncFaults::tokenExpiryMidRunRefreshes()
{
    ringUpSales(40);
    m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/tokens/expire"));
    const int refreshes = lightspeedtest::routeRequests(m_fixture->sandbox(), QStringLiteral("oauth.token"));
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QVERIFY(lightspeedtest::routeRequests(m_fixture->sandbox(), QStringLiteral("oauth.token")) > refreshes);
    checkOrdersComplete();
}

void TestSyncFaults::uploadRidesOutFaults()
{
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    changeStock(3);
    QVERIFY(lightspeedtest::addFault(m_fixture->sandbox(), {{QStringLiteral("target"), QStringLiteral("item.update")},
                                                            {QStringLiteral("error"), 0.3},
                                                            {QStringLiteral("errorStatuses"), QJsonArray{502, 503}},
                                                            {QStringLiteral("dropAfter"), 0.2},
                                                            {QStringLiteral("latencyMs"), 20},
                                                            {QStringLiteral("count"), 8}}));
    const JobReport report = m_fixture->runJob(SyncJob::InventoryUpload);
    lightspeedtest::clearFaults(m_fixture->sandbox());
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QVERIFY(report.counts.updated > 20);
    checkPublishedMatchesLightspeed();
}

void TestSyncFaults::uploadOutageKeepsPublishedTrue()
{
    changeStock(2);
    QVERIFY(lightspeedtest::addFault(m_fixture->sandbox(), {{QStringLiteral("target"), QStringLiteral("item.update")},
                                                            {QStringLiteral("error"), 1.0},
                                                            {QStringLiteral("errorStatuses"), QJsonArray{503}}}));
    const JobReport failed = m_fixture->runJob(SyncJob::InventoryUpload);
    lightspeedtest::clearFaults(m_fixture->sandbox());
    QCOMPARE(failed.result, RunResult::Failed);
    QVERIFY(failed.transientFailure());
    QCOMPARE(failed.counts.failed, 0); // a transient failure holds nothing back
    checkPublishedMatchesLightspeed();

    const JobReport retried = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(retried.result == RunResult::Succeeded, qPrintable(describe(retried)));
    checkPublishedMatchesLightspeed();
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
