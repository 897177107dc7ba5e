#include "sandboxconnection.h"
#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "storage/stockledger.h"
#include "storage/synchistoryrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

class TestInventoryUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstUploadReadsBeforeWriting();
    void unchangedCycleSendsNothing();
    void quantityNeverBelowZero();
    void unimportedSaleDefersItem();
    void rejectedItemIsHeld();
    void reconciliationCorrectsDrift();

private:
    void setLevel(qint64 itemId, qint64 units);
    Listing listing(qint64 itemId);
    int itemUpdates();
    /** Lightspeed's times have whole seconds; changes a test must tell apart need a second between them. */
    static void nextLightspeedSecond() { QTest::qWait(1100 / TIME_SCALE + 50); }

    static constexpr int TIME_SCALE = 20;
    std::unique_ptr<SyncFixture> m_fixture;
    QList<qint64> m_items; ///< listed items, in id order
};

void TestInventoryUpload::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>(
        QStringList{QStringLiteral("--items"), QStringLiteral("40"), QStringLiteral("--days"), QStringLiteral("0"),
                    QStringLiteral("--open-sales"), QStringLiteral("0"), QStringLiteral("--time-scale"),
                    QString::number(TIME_SCALE), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    // A third of the items hold two more units in the back office than on Lightspeed.
    setup.stock = [](const DemoCatalogue::Item &item) {
        return qMax<qint64>(0, item.quantityByShop.value(SyncFixture::SHOP_ID)) + (item.itemId % 3 == 0 ? 2 : 0);
    };
    setup.isListed = [](const DemoCatalogue::Item &item) { return item.itemId != 4; };
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));
    m_items = m_fixture->listingByItem.keys();
    std::sort(m_items.begin(), m_items.end());
    QVERIFY(m_items.size() > 20);
}

void TestInventoryUpload::setLevel(qint64 itemId, qint64 units)
{
    const qint64 company = m_fixture->companyId;
    const qint64 product = m_fixture->productByItem.value(itemId);
    const qint64 warehouse = m_fixture->sellingWarehouseId;
    QVERIFY(m_fixture->query([=](Database &db) {
        return StockLedger(db.connection())
            .setQuantity(company, product, warehouse, Decimal::fromInt(units), StockMoveReason::Adjustment, {})
            .ok();
    }));
}

Listing TestInventoryUpload::listing(qint64 itemId)
{
    const qint64 product = m_fixture->productByItem.value(itemId);
    return m_fixture->query(
        [product](Database &db) { return ListingRepository(db.connection()).findByProduct(product)->value(); });
}

int TestInventoryUpload::itemUpdates()
{
    return lightspeedtest::routeRequests(m_fixture->sandbox(), QStringLiteral("item.update"));
}

void TestInventoryUpload::firstUploadReadsBeforeWriting()
{
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    int differing = 0;
    for (qint64 itemId : std::as_const(m_items)) {
        QVERIFY(!listing(itemId).publishedQuantity.has_value());
        differing += itemId % 3 == 0 ? 1 : 0;
    }
    lightspeedtest::resetCounters(m_fixture->sandbox());

    const JobReport report = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(report.counts.updated, differing);
    QCOMPARE(itemUpdates(), differing);
    for (qint64 itemId : std::as_const(m_items)) {
        const Listing after = listing(itemId);
        QVERIFY(after.publishedQuantity.has_value());
        QCOMPARE(*after.publishedQuantity, Decimal::fromInt(m_fixture->sandboxQuantity(itemId)));
        QVERIFY(after.itemShopTimeStamp.isValid());
    }
    // The unlisted item keeps Lightspeed's quantity.
    const auto unlisted = std::find_if(m_fixture->catalogue.items.cbegin(), m_fixture->catalogue.items.cend(),
                                       [](const DemoCatalogue::Item &item) { return item.itemId == 4; });
    QCOMPARE(m_fixture->sandboxQuantity(4), unlisted->quantityByShop.value(SyncFixture::SHOP_ID));
}

void TestInventoryUpload::unchangedCycleSendsNothing()
{
    lightspeedtest::resetCounters(m_fixture->sandbox());
    const JobReport report = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(report.counts.updated, 0);
    const QJsonObject counters = m_fixture->sandbox().control("GET", QStringLiteral("/sandbox/counters")).object();
    QCOMPARE(counters.value(QLatin1String("totalRequests")).toInt(), 0);
}

void TestInventoryUpload::quantityNeverBelowZero()
{
    QVERIFY(m_fixture->saveSettings([](IntegrationSettings &s) { s.safetyBuffer = Decimal::fromInt(2); }));
    const qint64 negative = m_items.at(1);
    const qint64 belowBuffer = m_items.at(2);
    setLevel(negative, -5);
    setLevel(belowBuffer, 1);
    const JobReport report = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(m_fixture->sandboxQuantity(negative), 0);
    QCOMPARE(m_fixture->sandboxQuantity(belowBuffer), 0);
    QCOMPARE(*listing(negative).publishedQuantity, Decimal());

    // Every other item now shows its level less the buffer.
    setLevel(negative, 9);
    QVERIFY(m_fixture->runJob(SyncJob::InventoryUpload).result == RunResult::Succeeded);
    QCOMPARE(m_fixture->sandboxQuantity(negative), 7);
    QVERIFY(m_fixture->saveSettings([](IntegrationSettings &s) { s.safetyBuffer = Decimal(); }));
    QVERIFY(m_fixture->runJob(SyncJob::InventoryUpload).result == RunResult::Succeeded);
    QCOMPARE(m_fixture->sandboxQuantity(negative), 9);
}

void TestInventoryUpload::unimportedSaleDefersItem()
{
    const qint64 item = m_items.at(3);
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    nextLightspeedSecond();
    setLevel(item, 30);
    QVERIFY(m_fixture->ringUp({{item, 2}}) > 0);
    const qint64 afterSale = m_fixture->sandboxQuantity(item);

    // The sale is not downloaded yet: the upload must not overwrite it.
    const JobReport deferred = m_fixture->runJob(SyncJob::InventoryUpload);
    QVERIFY2(deferred.result == RunResult::Succeeded, qPrintable(describe(deferred)));
    QCOMPARE(m_fixture->sandboxQuantity(item), afterSale);
    QCOMPARE(*listing(item).publishedQuantity, Decimal::fromInt(afterSale));
    QVERIFY(deferred.counts.skipped >= 1);
    const qint64 runId = deferred.runId;
    QVERIFY(m_fixture->query([runId](Database &db) {
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sync_events WHERE run_id = :r AND message LIKE 'Deferred%'"));
        query.bindValue(QStringLiteral(":r"), runId);
        query.exec();
        return query.next() && query.value(0).toInt() == 1;
    }));

    // Once the sale is an order, the item is written with the sale deducted.
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    QVERIFY(m_fixture->runJob(SyncJob::InventoryUpload).result == RunResult::Succeeded);
    QCOMPARE(m_fixture->sandboxQuantity(item), 28);
    QCOMPARE(*listing(item).publishedQuantity, Decimal::fromInt(28));
}

void TestInventoryUpload::rejectedItemIsHeld()
{
    const qint64 item = m_items.at(5);
    setLevel(item, 41);
    QVERIFY(lightspeedtest::addFault(m_fixture->sandbox(), {{QStringLiteral("target"), QStringLiteral("item.update")},
                                                            {QStringLiteral("error"), 1.0},
                                                            {QStringLiteral("errorStatuses"), QJsonArray{422}},
                                                            {QStringLiteral("count"), 1}}));
    const JobReport rejected = m_fixture->runJob(SyncJob::InventoryUpload);
    lightspeedtest::clearFaults(m_fixture->sandbox());
    QCOMPARE(rejected.result, RunResult::Partial);
    QCOMPARE(rejected.counts.failed, 1);
    const qint64 runId = rejected.runId;
    const int status = m_fixture->query([runId](Database &db) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT http_status FROM sync_events WHERE run_id = :r AND level = 'error'"));
        query.bindValue(QStringLiteral(":r"), runId);
        query.exec();
        return query.next() ? query.value(0).toInt() : 0;
    });
    QCOMPARE(status, 422);
    QVERIFY(m_fixture->sandboxQuantity(item) != 41);

    // Held: later runs leave it alone until the admin retries.
    const int updatesBefore = itemUpdates();
    const JobReport skipped = m_fixture->runJob(SyncJob::InventoryUpload);
    QCOMPARE(skipped.counts.skipped, 1);
    QCOMPARE(itemUpdates(), updatesBefore);

    QCOMPARE(m_fixture->query([runId](Database &db) {
        return SyncHistoryRepository(db.connection()).releaseHoldsOfRun(runId).value();
    }),
             1);
    const JobReport retried = m_fixture->runJob(SyncJob::InventoryUpload, SyncFixture::allHistory(), RunTrigger::Retry);
    QVERIFY2(retried.result == RunResult::Succeeded, qPrintable(describe(retried)));
    QCOMPARE(m_fixture->sandboxQuantity(item), 41);
}

void TestInventoryUpload::reconciliationCorrectsDrift()
{
    const qint64 drifted = m_items.at(7);
    const qint64 disabled = m_items.at(8);
    const qint64 company = m_fixture->companyId;
    QVERIFY(m_fixture->query([this, company, disabled](Database &db) {
        return ListingRepository(db.connection())
            .setEnabled(company, {m_fixture->productByItem.value(disabled)}, false)
            .ok();
    }));
    const qint64 expected = m_fixture->sandboxQuantity(drifted);
    const qint64 disabledBefore = m_fixture->sandboxQuantity(disabled);

    // Someone changes both items on Lightspeed, outside POS Bridge.
    nextLightspeedSecond();
    auto api = m_fixture->connections().openApi(company);
    QVERIFY(api.ok());
    for (qint64 itemId : {drifted, disabled}) {
        ItemChanges changes;
        changes.stock.append({SyncFixture::SHOP_ID, 0, Decimal::fromInt(m_fixture->sandboxQuantity(itemId) + 7)});
        QVERIFY((*api)->retail->updateItem(itemId, changes).ok());
    }

    // No sale explains the change, so the drift is corrected at once; the disabled listing is only read.
    const JobReport report = m_fixture->runJob(SyncJob::Reconciliation);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(m_fixture->sandboxQuantity(drifted), expected);
    QCOMPARE(*listing(drifted).publishedQuantity, Decimal::fromInt(expected));
    QCOMPARE(*listing(disabled).publishedQuantity, Decimal::fromInt(m_fixture->sandboxQuantity(disabled)));
    QCOMPARE(m_fixture->sandboxQuantity(disabled), disabledBefore + 7);
}

QTEST_GUILESS_MAIN(TestInventoryUpload)
#include "tst_inventoryupload.moc"
