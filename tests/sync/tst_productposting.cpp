#include "sandboxconnection.h"

#include "lightspeed/retailapi.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/listingrepository.h"
#include "storage/postingrepository.h"
#include "storage/productrepository.h"
#include "storage/synchistoryrepository.h"
#include "sync/productpostingjob.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace lightspeedtest;
using namespace Qt::StringLiterals;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

/** Product posting against the sandbox: matching, creating, partial updates, archiving and rejections. */
class TestProductPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingPostedWhenPosDisabled();
    void linksExistingItemsBySku();
    void createsMissingItems();
    void asksForChoiceOnSeveralMatches();
    void pushesOnlyChangedFields();
    void archivesOnlyWhenAsked();
    void rejectionIsHeldUntilRetry();
    void lostCreateResponseIsNotRepeated();
    void readsCatalogueForManyProducts();
    void cancelledRunPostsNothing();

private:
    qint64 addProduct(const QString &sku, const QString &name, const QString &upc = {}, const char *price = "10",
                      const char *cost = "4");
    void enable(const QList<qint64> &productIds);
    PostingOutcome post(const PostingJobOptions &options = {});
    Listing listingOf(qint64 productId);
    QJsonObject catalogueItem(qint64 itemId);
    QJsonArray catalogueItems();
    /** Seeded items that are active and have a custom SKU: the ones matching can find. */
    QList<QJsonObject> activeSeededItems();
    qint64 scalar(const QString &sql);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RetailApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    IntegrationSettings m_settings;
};

void TestProductPosting::initTestCase()
{
    // --exit-with-parent: a failed check that aborts the test does not leave the sandbox running.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--items"_s, u"60"_s, u"--days"_s, u"1"_s, u"--time-scale"_s, u"20"_s, u"--exit-with-parent"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_connection = std::make_unique<SandboxConnection>(*m_sandbox);
    const VoidResult connected = m_connection->connect(posbridge::LightspeedEndpoints::defaultScopes());
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toLogString()));
    m_client = m_connection->client();
    m_api = std::make_unique<RetailApi>(*m_client, m_sandbox->accountId());
}

void TestProductPosting::init()
{
    clearFaults(*m_sandbox);
    resetCounters(*m_sandbox);
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"posting.sqlite"_s)});
    QVERIFY(database.ok());
    m_database = *database;
    auto company = CompanyRepository(m_database->connection()).add(u"Acme"_s);
    QVERIFY(company.ok());
    m_settings = IntegrationSettings{};
    m_settings.companyId = company->id;
    m_settings.posEnabled = true;
    m_settings.accountId = m_sandbox->accountId();
    m_settings.skuMatchingOrder = {SkuField::CustomSku, SkuField::Upc, SkuField::Ean};
}

void TestProductPosting::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestProductPosting::addProduct(const QString &sku, const QString &name, const QString &upc, const char *price,
                                      const char *cost)
{
    Product product;
    product.companyId = m_settings.companyId;
    product.sku = sku;
    product.name = name;
    product.upc = upc;
    product.price = dec(price);
    product.cost = dec(cost);
    const auto inserted = ProductRepository(m_database->connection()).insert(product);
    if (!inserted)
        qFatal("cannot add product %s: %s", qPrintable(sku), qPrintable(inserted.error().message));
    return inserted->id;
}

void TestProductPosting::enable(const QList<qint64> &productIds)
{
    const VoidResult enabled =
        PostingRepository(m_database->connection()).setEnabled(m_settings.companyId, productIds, true);
    if (!enabled)
        qFatal("cannot enable: %s", qPrintable(enabled.error().message));
}

PostingOutcome TestProductPosting::post(const PostingJobOptions &options)
{
    const auto outcome =
        ProductPostingJob::runRecorded(*m_database, *m_client, *m_api, m_settings, RunTrigger::Manual, {}, {}, options);
    if (!outcome)
        qFatal("the history could not be written: %s", qPrintable(outcome.error().message));
    return *outcome;
}

Listing TestProductPosting::listingOf(qint64 productId)
{
    const auto listing = ListingRepository(m_database->connection()).findByProduct(productId);
    return listing.ok() && listing->has_value() ? **listing : Listing{};
}

QJsonArray TestProductPosting::catalogueItems()
{
    return m_sandbox->control("GET", u"/sandbox/catalogue"_s).object().value(QLatin1String("items")).toArray();
}

QList<QJsonObject> TestProductPosting::activeSeededItems()
{
    QList<QJsonObject> items;
    for (const QJsonValue &value : catalogueItems()) {
        const QJsonObject item = value.toObject();
        if (!item.value(QLatin1String("archived")).toBool() &&
            item.value(QLatin1String("customSku")).toString().startsWith(u"PB-1"_s))
            items << item;
    }
    return items;
}

QJsonObject TestProductPosting::catalogueItem(qint64 itemId)
{
    for (const QJsonValue &value : catalogueItems()) {
        if (value.toObject().value(QLatin1String("itemID")).toInteger() == itemId)
            return value.toObject();
    }
    return {};
}

qint64 TestProductPosting::scalar(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestProductPosting::nothingPostedWhenPosDisabled()
{
    enable({addProduct(u"OFF-1"_s, u"Off"_s)});
    m_settings.posEnabled = false;
    const PostingOutcome outcome = post();
    QCOMPARE(outcome.result, RunResult::Succeeded);
    QCOMPARE(outcome.counts.created, 0);
    QCOMPARE(m_sandbox->control("GET", u"/sandbox/counters"_s).object().value(QLatin1String("totalRequests")).toInt(),
             0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE job = 'product_posting'"_s), 1);
}

void TestProductPosting::linksExistingItemsBySku()
{
    const QJsonObject existing = activeSeededItems().at(4);
    const qint64 itemId = existing.value(QLatin1String("itemID")).toInteger();
    const QString sku = existing.value(QLatin1String("customSku")).toString();
    // Written in other case and with spaces: matching ignores both.
    const QByteArray price =
        existing.value(QLatin1String("prices")).toObject().value(QLatin1String("Default")).toString().toLatin1();
    const QByteArray cost = existing.value(QLatin1String("defaultCost")).toString().toLatin1();
    const qint64 product =
        addProduct(u"  "_s + sku.toLower() + u" "_s, existing.value(QLatin1String("description")).toString(), {},
                   price.constData(), cost.constData());
    enable({product});

    const PostingOutcome outcome = post();
    QCOMPARE(outcome.result, RunResult::Succeeded);
    const Listing listing = listingOf(product);
    QCOMPARE(listing.itemId, itemId);
    QCOMPARE(listing.state, ListingState::Linked);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 0);
    QCOMPARE(listing.systemSku, existing.value(QLatin1String("systemSku")).toString());
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_events WHERE level = 'info' AND local_id = %1"_s.arg(product)), 1);
}

void TestProductPosting::createsMissingItems()
{
    const qint64 product = addProduct(u"PB-NEW-1"_s, u"Enamel mug"_s, u"0712345678911"_s, "14.5", "6.25");
    enable({product});

    const PostingOutcome outcome = post();
    QCOMPARE(outcome.result, RunResult::Succeeded);
    QCOMPARE(outcome.counts.created, 1);
    const Listing listing = listingOf(product);
    QCOMPARE(listing.state, ListingState::Created);
    QVERIFY(listing.itemId > 0);
    QCOMPARE(listing.postedPrice, dec("14.5"));

    const QJsonObject item = catalogueItem(listing.itemId);
    QCOMPARE(item.value(QLatin1String("customSku")).toString(), u"PB-NEW-1"_s);
    QCOMPARE(item.value(QLatin1String("description")).toString(), u"Enamel mug"_s);
    QCOMPARE(item.value(QLatin1String("upc")).toString(), u"0712345678911"_s);
    QCOMPARE(Decimal::parse(item.value(QLatin1String("defaultCost")).toString()), dec("6.25"));
    QCOMPARE(Decimal::parse(item.value(QLatin1String("prices")).toObject().value(QLatin1String("Default")).toString()),
             dec("14.5"));
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);

    // A second run has nothing to do.
    resetCounters(*m_sandbox);
    const PostingOutcome again = post();
    QCOMPARE(again.counts.created + again.counts.updated, 0);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 0);
}

void TestProductPosting::asksForChoiceOnSeveralMatches()
{
    ItemChanges twin;
    twin.description = u"Twin A"_s;
    twin.customSku = u"TWIN-A"_s;
    twin.ean = u"5012345678900"_s;
    const auto first = m_api->createItem(twin);
    twin.description = u"Twin B"_s;
    twin.customSku = u"TWIN-B"_s;
    const auto second = m_api->createItem(twin);
    QVERIFY(first.ok() && second.ok());

    Product product;
    product.companyId = m_settings.companyId;
    product.sku = u"TWIN-LOCAL"_s;
    product.name = u"Twin"_s;
    product.ean = u"05012345678900"_s;
    const auto inserted = ProductRepository(m_database->connection()).insert(product);
    QVERIFY(inserted.ok());
    enable({inserted->id});
    resetCounters(*m_sandbox);

    const PostingOutcome outcome = post();
    QCOMPARE(outcome.counts.skipped, 1);
    const Listing listing = listingOf(inserted->id);
    QCOMPARE(listing.state, ListingState::NeedsChoice);
    QCOMPARE(listing.itemId, 0);
    QCOMPARE(listing.candidateItemIds, (QList<qint64>{first->itemId, second->itemId}));
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);

    // The admin picks the second item; the listing is linked to it.
    QVERIFY(PostingRepository(m_database->connection())
                .chooseCandidate(m_settings.companyId, listing.id, second->itemId)
                .ok());
    const Listing chosen = listingOf(inserted->id);
    QCOMPARE(chosen.itemId, second->itemId);
    QCOMPARE(chosen.customSku, u"TWIN-B"_s);
    QVERIFY(chosen.candidateItemIds.isEmpty());
}

void TestProductPosting::pushesOnlyChangedFields()
{
    const qint64 product = addProduct(u"PB-UPD-1"_s, u"Tote bag"_s, {}, "20", "8");
    enable({product});
    QCOMPARE(post().counts.created, 1);
    const qint64 itemId = listingOf(product).itemId;

    // Someone renames the item in Lightspeed; POS Bridge must not send the name it did not change.
    ItemChanges rename;
    rename.description = u"Renamed at the till"_s;
    QVERIFY(m_api->updateItem(itemId, rename).ok());

    QSqlQuery change(m_database->connection());
    QVERIFY(change.exec(u"UPDATE products SET price = %1 WHERE id = %2"_s.arg(dec("22.5").units()).arg(product)));
    resetCounters(*m_sandbox);
    const PostingOutcome outcome = post();
    QCOMPARE(outcome.counts.updated, 1);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 1);

    const QJsonObject item = catalogueItem(itemId);
    QCOMPARE(Decimal::parse(item.value(QLatin1String("prices")).toObject().value(QLatin1String("Default")).toString()),
             dec("22.5"));
    QCOMPARE(item.value(QLatin1String("description")).toString(), u"Renamed at the till"_s);
    QCOMPARE(Decimal::parse(item.value(QLatin1String("defaultCost")).toString()), dec("8"));
    const Listing listing = listingOf(product);
    QCOMPARE(listing.state, ListingState::Created);
    QCOMPARE(listing.postedPrice, dec("22.5"));

    // A name and a cost change go out together, and the state returns to "created".
    QVERIFY(change.exec(
        u"UPDATE products SET name = 'Tote bag, large', cost = %1 WHERE id = %2"_s.arg(dec("9").units()).arg(product)));
    QCOMPARE(post().counts.updated, 1);
    const QJsonObject renamed = catalogueItem(itemId);
    QCOMPARE(renamed.value(QLatin1String("description")).toString(), u"Tote bag, large"_s);
    QCOMPARE(Decimal::parse(renamed.value(QLatin1String("defaultCost")).toString()), dec("9"));
    QCOMPARE(listingOf(product).state, ListingState::Created);
}

void TestProductPosting::archivesOnlyWhenAsked()
{
    const qint64 kept = addProduct(u"PB-KEEP-1"_s, u"Kept"_s);
    const qint64 archived = addProduct(u"PB-ARCH-1"_s, u"Archived"_s);
    enable({kept, archived});
    QCOMPARE(post().counts.created, 2);
    const qint64 keptItem = listingOf(kept).itemId;
    const qint64 archivedItem = listingOf(archived).itemId;

    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_settings.companyId, {kept}, false, false).ok());
    QVERIFY(listings.setEnabled(m_settings.companyId, {archived}, false, true).ok());
    resetCounters(*m_sandbox);
    post();

    QCOMPARE(routeRequests(*m_sandbox, u"item.delete"_s), 1);
    QCOMPARE(catalogueItem(archivedItem).value(QLatin1String("archived")).toBool(), true);
    QCOMPARE(catalogueItem(keptItem).value(QLatin1String("archived")).toBool(), false);
    QCOMPARE(listingOf(archived).itemId, 0);
    QCOMPARE(listingOf(kept).itemId, keptItem);
    QVERIFY(!listingOf(kept).enabled);
}

void TestProductPosting::rejectionIsHeldUntilRetry()
{
    // Lightspeed accepts digits only in a UPC and returns 422 for anything else.
    const qint64 bad = addProduct(u"PB-BAD-1"_s, u"Bad barcode"_s, u"12AB"_s);
    const qint64 good = addProduct(u"PB-GOOD-1"_s, u"Good"_s);
    enable({bad, good});

    const PostingOutcome outcome = post();
    QCOMPARE(outcome.result, RunResult::Partial);
    QCOMPARE(outcome.counts.failed, 1);
    QCOMPARE(outcome.counts.created, 1);
    const Listing listing = listingOf(bad);
    QCOMPARE(listing.state, ListingState::Error);
    QVERIFY2(listing.error.contains(u"upc"_s, Qt::CaseInsensitive), qPrintable(listing.error));
    QCOMPARE(scalar(u"SELECT http_status FROM sync_events WHERE level = 'error' AND local_id = %1"_s.arg(bad)), 422);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_holds WHERE entity_key = 'product:%1'"_s.arg(bad)), 1);

    // Held: the next run does not try again.
    resetCounters(*m_sandbox);
    post();
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
    QCOMPARE(listingOf(bad).state, ListingState::Error);

    // Released by Retry: the next run tries, and Lightspeed refuses again.
    QCOMPARE(*PostingRepository(m_database->connection()).retry(m_settings.companyId, {bad}), 1);
    QCOMPARE(listingOf(bad).state, ListingState::Pending);
    const PostingOutcome retried = post();
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);
    QCOMPARE(listingOf(bad).state, ListingState::Error);

    // Retry Failed Items in the Sync History releases the run's holds; the next run tries again.
    const auto released = SyncHistoryRepository(m_database->connection()).releaseHoldsOfRun(retried.runId);
    QVERIFY(released.ok());
    QCOMPARE(*released, 1);
    resetCounters(*m_sandbox);
    post();
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);
}

void TestProductPosting::lostCreateResponseIsNotRepeated()
{
    // The sandbox creates the item, then loses the response.
    QVERIFY(addFault(*m_sandbox, QJsonObject{{u"target"_s, u"item.create"_s}, {u"dropAfter"_s, 1.0}, {u"count"_s, 1}}));
    const qint64 product = addProduct(u"PB-LOST-1"_s, u"Lost answer"_s);
    enable({product});

    post();
    int withSku = 0;
    for (const QJsonValue &value : catalogueItems())
        withSku += value.toObject().value(QLatin1String("customSku")).toString() == u"PB-LOST-1"_s ? 1 : 0;
    QCOMPARE(withSku, 1);
    const Listing listing = listingOf(product);
    QCOMPARE(listing.state, ListingState::Created);
    QVERIFY(listing.itemId > 0);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);
}

void TestProductPosting::readsCatalogueForManyProducts()
{
    QList<qint64> products;
    const QList<QJsonObject> items = activeSeededItems();
    QVERIFY(items.size() >= 40);
    for (int i = 10; i < 40; ++i) {
        const QJsonObject &item = items[i];
        products << addProduct(item.value(QLatin1String("customSku")).toString(),
                               item.value(QLatin1String("description")).toString());
    }
    enable(products);

    const PostingOutcome outcome = post();
    QCOMPARE(outcome.result, RunResult::Succeeded);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE item_id <> 0"_s), 30);
    // 30 products read item by item would take 30 requests or more; the catalogue takes one per 100 items.
    QVERIFY2(routeRequests(*m_sandbox, u"item.list"_s) <= 3,
             qPrintable(QString::number(routeRequests(*m_sandbox, u"item.list"_s))));
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
}

void TestProductPosting::cancelledRunPostsNothing()
{
    enable({addProduct(u"PB-CANCEL-1"_s, u"Cancelled"_s)});
    CancellationToken cancel;
    cancel.cancel();
    const auto outcome =
        ProductPostingJob::runRecorded(*m_database, *m_client, *m_api, m_settings, RunTrigger::Manual, cancel);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->result, RunResult::Cancelled);
    QVERIFY(outcome->stopError.has_value());
    QCOMPARE(outcome->stopError->code, ErrorCode::Cancelled);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
    QSqlQuery run(m_database->connection());
    QVERIFY(run.exec(u"SELECT result FROM sync_runs"_s) && run.next());
    QCOMPARE(run.value(0).toString(), u"cancelled"_s);
}

QTEST_GUILESS_MAIN(TestProductPosting)
#include "tst_productposting.moc"
