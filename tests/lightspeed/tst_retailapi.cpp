#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "core/integrationsettings.h"
#include "lightspeed/retailapi.h"
#include "lightspeed/tokenmanager.h"

#include <QSet>
#include <QTest>

using posbridge::ConnectionCheck;
using posbridge::Decimal;
using posbridge::ErrorCode;
using posbridge::Item;
using posbridge::ItemChanges;
using posbridge::ItemShop;
using posbridge::RetailApi;
using posbridge::Sale;
using posbridge::SkuField;
using posbridge::VoidResult;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

class TestRetailApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void accountFromToken();
    void accountsListed();
    void testConnectionReports();
    void shopsAndEmployees();
    void itemsByIdsInBatches();
    void itemsByIdentifier_data();
    void itemsByIdentifier();
    void createUpdateArchiveItem();
    void negativeStockRejected();
    void stockChangesSince();
    void salesUpdatedSinceOldestFirst();
    void historyOfBothShops();
    void saleById();

private:
    QDateTime sandboxNow();
    QJsonObject controlStock(qint64 itemId);
    static Decimal dec(const char *text) { return *Decimal::parse(QString::fromLatin1(text)); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxConnection> m_connection;
    std::unique_ptr<posbridge::ApiClient> m_client;
    std::unique_ptr<RetailApi> m_api;
};

void TestRetailApi::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--items"_s, u"300"_s, u"--days"_s, u"2"_s, u"--time-scale"_s, u"20"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_connection = std::make_unique<SandboxConnection>(*m_sandbox);
    const VoidResult connected = m_connection->connect(posbridge::LightspeedEndpoints::defaultScopes());
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toLogString()));
    m_client = m_connection->client();
    m_api = std::make_unique<RetailApi>(*m_client, m_sandbox->accountId());
}

void TestRetailApi::init()
{
    clearFaults(*m_sandbox);
    resetCounters(*m_sandbox);
}

QDateTime TestRetailApi::sandboxNow()
{
    const QString text =
        m_sandbox->control("GET", u"/sandbox/state"_s).object().value(QLatin1String("sandboxTime")).toString();
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QJsonObject TestRetailApi::controlStock(qint64 itemId)
{
    return m_sandbox->control("GET", u"/sandbox/items/%1/stock"_s.arg(itemId)).object();
}

void TestRetailApi::accountFromToken()
{
    const auto accountId = RetailApi::resolveAccountId(*m_client);
    QVERIFY(accountId.ok());
    QCOMPARE(*accountId, m_sandbox->accountId());
    QCOMPARE(routeRequests(*m_sandbox, u"account"_s), 0);
}

void TestRetailApi::accountsListed()
{
    const auto accounts = RetailApi::accounts(*m_client);
    QVERIFY2(accounts.ok(), qPrintable(accounts.ok() ? QString() : accounts.error().toLogString()));
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(QString::number(accounts->constFirst().accountId), m_sandbox->accountId());
    QCOMPARE(accounts->constFirst().name, u"POS Bridge Demo Store"_s);
}

void TestRetailApi::testConnectionReports()
{
    const auto check = m_api->testConnection();
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toLogString()));
    QCOMPARE(check->accountName, u"POS Bridge Demo Store"_s);
    QCOMPARE(QString::number(check->accountId), m_sandbox->accountId());
    QCOMPARE(check->shopCount, 2);
    QCOMPARE(check->bucketSize, 90.0);
    QVERIFY(check->bucketLevel > 0);
}

void TestRetailApi::shopsAndEmployees()
{
    const auto shops = m_api->shops();
    QVERIFY(shops.ok());
    QCOMPARE(shops->size(), 2);
    for (const posbridge::Shop &shop : *shops) {
        QVERIFY(shop.shopId > 0);
        QVERIFY(!shop.name.isEmpty());
        QVERIFY(!shop.timeZone.isEmpty());
    }
    const auto employees = m_api->employees();
    QVERIFY(employees.ok());
    QCOMPARE(employees->size(), 8);
    QVERIFY(!employees->constFirst().fullName().isEmpty());
}

void TestRetailApi::itemsByIdsInBatches()
{
    QList<qint64> ids;
    for (qint64 id = 1; id <= 250; ++id)
        ids.append(id);
    ids.append({5, 17, 99'999'999});

    const auto items = m_api->itemsByIds(ids, true);
    QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().toLogString()));
    QSet<qint64> found;
    for (const Item &item : *items) {
        found.insert(item.itemId);
        QVERIFY(item.itemShop(1));
    }
    QCOMPARE(found.size(), 250);
    QCOMPARE(items->size(), 250);
    QCOMPARE(routeRequests(*m_sandbox, u"item.list"_s), 3);
}

void TestRetailApi::itemsByIdentifier_data()
{
    QTest::addColumn<SkuField>("field");
    QTest::newRow("custom SKU") << SkuField::CustomSku;
    QTest::newRow("UPC") << SkuField::Upc;
    QTest::newRow("system SKU") << SkuField::SystemSku;
}

void TestRetailApi::itemsByIdentifier()
{
    QFETCH(SkuField, field);
    const auto candidates = m_api->itemsByIds({40, 41, 42, 43, 44, 45});
    QVERIFY(candidates.ok());
    QVERIFY(!candidates->isEmpty());
    const Item &wanted = candidates->constFirst();
    const QString value = wanted.identifier(field);
    QVERIFY2(!value.isEmpty(), "the sandbox item has no such identifier");

    const auto found = m_api->itemsByIdentifier(field, value);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toLogString()));
    QVERIFY(!found->isEmpty());
    bool containsWanted = false;
    for (const Item &item : *found) {
        QCOMPARE(item.identifier(field), value);
        containsWanted = containsWanted || item.itemId == wanted.itemId;
    }
    QVERIFY(containsWanted);
}

void TestRetailApi::createUpdateArchiveItem()
{
    ItemChanges draft;
    draft.description = u"POS Bridge test mug"_s;
    draft.customSku = u"PBT-MUG-1"_s;
    draft.defaultCost = dec("2.5");
    draft.defaultPrice = dec("9.99");
    draft.stock.append({1, 0, dec("4")});
    const auto created = m_api->createItem(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toLogString()));
    QVERIFY(created->itemId > 300);
    QCOMPARE(created->description, u"POS Bridge test mug"_s);
    QCOMPARE(created->defaultCost, dec("2.5"));
    QCOMPARE(created->defaultPrice(), std::optional<Decimal>(dec("9.99")));
    QVERIFY(created->itemShop(1));
    QCOMPARE(created->itemShop(1)->qoh, dec("4"));

    ItemChanges stockOnly;
    stockOnly.stock.append({1, 0, dec("7")});
    const auto updated = m_api->updateItem(created->itemId, stockOnly);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().toLogString()));
    QCOMPARE(updated->itemShop(1)->qoh, dec("7"));
    QCOMPARE(updated->description, u"POS Bridge test mug"_s);
    QCOMPARE(updated->defaultPrice(), std::optional<Decimal>(dec("9.99")));

    ItemChanges rename;
    rename.description = u"POS Bridge blue mug"_s;
    const auto renamed = m_api->updateItem(created->itemId, rename);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->description, u"POS Bridge blue mug"_s);
    QCOMPARE(renamed->itemShop(1)->qoh, dec("7"));

    QVERIFY(m_api->archiveItem(created->itemId).ok());
    const QJsonObject stock = controlStock(created->itemId);
    QCOMPARE(stock.value(QLatin1String("archived")).toBool(), true);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 2);
    QCOMPARE(routeRequests(*m_sandbox, u"item.delete"_s), 1);
}

void TestRetailApi::negativeStockRejected()
{
    ItemChanges changes;
    changes.stock.append({1, 0, dec("-1")});
    const auto updated = m_api->updateItem(3, changes);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::InvalidInput);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 0);
}

void TestRetailApi::stockChangesSince()
{
    const QDateTime since = sandboxNow();
    QVERIFY(since.isValid());
    ItemChanges changes;
    changes.stock.append({1, 0, dec("11")});
    QVERIFY(m_api->updateItem(12, changes).ok());

    QList<ItemShop> rows;
    const VoidResult walked =
        m_api->itemShopsChangedSince(since, 1, [&rows](const QList<ItemShop> &page) -> VoidResult {
            rows.append(page);
            return {};
        });
    QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.error().toLogString()));
    QVERIFY(!rows.isEmpty());
    bool found = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].shopId, 1);
        QVERIFY(rows[i].timeStamp >= since);
        if (i > 0)
            QVERIFY(rows[i - 1].timeStamp <= rows[i].timeStamp);
        if (rows[i].itemId == 12) {
            found = true;
            QCOMPARE(rows[i].qoh, dec("11"));
        }
    }
    QVERIFY(found);
}

void TestRetailApi::salesUpdatedSinceOldestFirst()
{
    const QDateTime since = sandboxNow();
    const QJsonObject sold =
        m_sandbox
            ->control("POST", u"/sandbox/sales"_s,
                      {{u"shopID"_s, 1}, {u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 20}, {u"quantity"_s, 2}}}}})
            .object();
    const qint64 saleId = sold.value(QLatin1String("saleID")).toInteger();
    QVERIFY(saleId > 0);
    const QJsonObject returned =
        m_sandbox
            ->control("POST", u"/sandbox/returns"_s,
                      {{u"shopID"_s, 1}, {u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 21}, {u"quantity"_s, 1}}}}})
            .object();
    const qint64 returnId = returned.value(QLatin1String("saleID")).toInteger();
    QVERIFY(returnId > 0);
    QVERIFY(!m_sandbox->control("POST", u"/sandbox/sales/%1/void"_s.arg(saleId)).object().contains(u"error"_s));

    QList<Sale> sales;
    int pages = 0;
    const VoidResult walked = m_api->salesUpdatedSince(1, since, [&](const QList<Sale> &page) -> VoidResult {
        ++pages;
        sales.append(page);
        return {};
    });
    QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.error().toLogString()));
    QVERIFY(pages >= 1);

    const Sale *voided = nullptr;
    const Sale *refund = nullptr;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        QCOMPARE(sales[i].shopId, 1);
        QVERIFY(sales[i].updateTime >= since);
        if (i > 0)
            QVERIFY(sales[i - 1].updateTime <= sales[i].updateTime);
        if (sales[i].saleId == saleId)
            voided = &sales[i];
        if (sales[i].saleId == returnId)
            refund = &sales[i];
    }
    QVERIFY(voided && refund);
    QVERIFY(voided->voided);
    QCOMPARE(voided->lines.size(), 1);
    QCOMPARE(voided->lines[0].itemId, 20);
    QCOMPARE(voided->lines[0].unitQuantity, dec("2"));
    QCOMPARE(refund->lines.size(), 1);
    QVERIFY(refund->lines[0].isReturn());
    QVERIFY(refund->calcTotal.isNegative());
    QVERIFY(!refund->payments.isEmpty());
}

void TestRetailApi::historyOfBothShops()
{
    const QJsonObject counts =
        m_sandbox->control("GET", u"/sandbox/state"_s).object().value(QLatin1String("counts")).toObject();
    const int expected = counts.value(QLatin1String("sales")).toInt();
    QVERIFY(expected > 150);

    QSet<qint64> seen;
    int duplicates = 0;
    int withCustomer = 0;
    const QDateTime since = sandboxNow().addDays(-10);
    for (qint64 shopId : {1, 2}) {
        const VoidResult walked = m_api->salesUpdatedSince(shopId, since, [&](const QList<Sale> &page) -> VoidResult {
            for (const Sale &sale : page) {
                duplicates += seen.contains(sale.saleId) ? 1 : 0;
                seen.insert(sale.saleId);
                withCustomer += sale.customer ? 1 : 0;
                if (sale.customer && sale.customer->customerId != sale.customerId)
                    return posbridge::makeError(ErrorCode::Internal, u"customer relation mismatch"_s);
            }
            return {};
        });
        QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.error().toLogString()));
    }
    QCOMPARE(duplicates, 0);
    QCOMPARE(seen.size(), expected);
    QVERIFY(withCustomer > 0);
    QCOMPARE(rateLimitedCount(*m_sandbox), 0);
}

void TestRetailApi::saleById()
{
    const QJsonObject sold =
        m_sandbox
            ->control("POST", u"/sandbox/sales"_s,
                      {{u"shopID"_s, 2},
                       {u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, 30}},
                                               QJsonObject{{u"itemID"_s, 31}, {u"quantity"_s, 3}}}}})
            .object();
    const qint64 saleId = sold.value(QLatin1String("saleID")).toInteger();
    QVERIFY(saleId > 0);
    const auto sale = m_api->sale(saleId);
    QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().toLogString()));
    QCOMPARE(sale->saleId, saleId);
    QCOMPARE(sale->shopId, 2);
    QVERIFY(sale->completed);
    QCOMPARE(sale->lines.size(), 2);
    Decimal lineTotal;
    for (const posbridge::SaleLine &line : sale->lines)
        lineTotal += line.calcTotal;
    QCOMPARE(lineTotal, sale->calcTotal);

    const auto missing = m_api->sale(99'999'999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestRetailApi)
#include "tst_retailapi.moc"
