#include "lightspeed/account.h"
#include "lightspeed/employee.h"
#include "lightspeed/item.h"
#include "lightspeed/itemchanges.h"
#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"
#include "lightspeed/sale.h"
#include "lightspeed/shop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saleWithOneLine();
    void saleWithEmptyRelations();
    void returnLineIsNegative();
    void itemWithPricesAndStock();
    void itemIdentifiers();
    void shopAndEmployee();
    void accountListShapes();
    void malformedRecords_data();
    void malformedRecords();
    void changesCarryOnlyGivenFields();
    void changesWithPriceAndStock();
};

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

const QByteArray SALE_ONE_LINE = R"({
    "saleID": "1042", "timeStamp": "2026-01-05T12:00:03+00:00", "discountPercent": "0", "completed": "true",
    "archived": "false", "voided": "false", "referenceNumber": "", "ticketNumber": "220000001042",
    "calcDiscount": "1.5", "calcTotal": "11.4860025", "calcSubtotal": "10.99", "calcTax1": "0.4960025",
    "total": "11.49", "balance": "0", "createTime": "2026-01-05T11:58:00+00:00",
    "updatetime": "2026-01-05T12:00:03+00:00", "completeTime": "2026-01-05T12:00:00+00:00",
    "customerID": "55", "employeeID": "3", "registerID": "1", "shopID": "1",
    "SaleLines": {"SaleLine": {"saleLineID": "9001", "saleID": "1042", "itemID": "210", "shopID": "1",
        "unitQuantity": "2", "unitPrice": "5.495", "calcSubtotal": "10.99", "calcTax1": "0.4960025",
        "calcTotal": "11.4860025", "calcLineDiscount": "0.5", "parentSaleLineID": "0",
        "createTime": "2026-01-05T11:59:00+00:00"}},
    "SalePayments": {"SalePayment": [
        {"salePaymentID": "1", "saleID": "1042", "amount": "10", "paymentTypeID": "1",
         "PaymentType": {"paymentTypeID": "1", "name": "Cash"}},
        {"salePaymentID": "2", "saleID": "1042", "amount": "1.49", "paymentTypeID": "2"}]},
    "Customer": {"customerID": "55", "firstName": "Ada", "lastName": "Lovelace", "company": "",
        "Contact": {"Emails": {"ContactEmail": {"address": "ada@example.com"}}}}
})";

} // namespace

void TestEntities::saleWithOneLine()
{
    const Result<Sale> sale = Sale::fromJson(object(SALE_ONE_LINE));
    QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().toLogString()));
    QCOMPARE(sale->saleId, 1042);
    QCOMPARE(sale->shopId, 1);
    QCOMPARE(sale->employeeId, 3);
    QCOMPARE(sale->customerId, 55);
    QVERIFY(sale->completed);
    QVERIFY(!sale->voided);
    QCOMPARE(sale->calcTotal, dec("11.4860025"));
    QCOMPARE(sale->calcTax1, dec("0.4960025"));
    QCOMPARE(sale->total, dec("11.49"));
    QCOMPARE(sale->calcDiscount, std::optional<Decimal>(dec("1.5")));
    QCOMPARE(sale->ticketNumber, u"220000001042"_s);
    QCOMPARE(sale->updateTime, QDateTime(QDate(2026, 1, 5), QTime(12, 0, 3), Qt::UTC));
    QCOMPARE(sale->completeTime, QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC));

    QCOMPARE(sale->lines.size(), 1);
    const SaleLine &line = sale->lines.constFirst();
    QCOMPARE(line.saleLineId, 9001);
    QCOMPARE(line.itemId, 210);
    QCOMPARE(line.unitQuantity, dec("2"));
    QCOMPARE(line.unitPrice, dec("5.495"));
    QCOMPARE(line.discount, std::optional<Decimal>(dec("0.5")));
    QCOMPARE(line.parentSaleLineId, 0);
    QVERIFY(!line.isReturn());

    QCOMPARE(sale->payments.size(), 2);
    QCOMPARE(sale->payments[0].paymentTypeName, u"Cash"_s);
    QCOMPARE(sale->payments[1].amount, dec("1.49"));

    QVERIFY(sale->customer.has_value());
    QCOMPARE(sale->customer->fullName(), u"Ada Lovelace"_s);
    QCOMPARE(sale->customer->email, u"ada@example.com"_s);
}

void TestEntities::saleWithEmptyRelations()
{
    const Result<Sale> sale = Sale::fromJson(object(R"({"saleID":"7","completed":"false","customerID":"0",
        "SaleLines":"","SalePayments":"","calcTotal":"0"})"));
    QVERIFY(sale.ok());
    QVERIFY(sale->lines.isEmpty());
    QVERIFY(sale->payments.isEmpty());
    QVERIFY(!sale->customer.has_value());
    QCOMPARE(sale->customerId, 0);
    QVERIFY(!sale->completeTime.isValid());
    QVERIFY(!sale->calcDiscount.has_value());
}

void TestEntities::returnLineIsNegative()
{
    const Result<SaleLine> line = SaleLine::fromJson(object(R"({"saleLineID":"12","itemID":"210",
        "unitQuantity":"-1","unitPrice":"5.495","calcTotal":"-5.74","parentSaleLineID":"9001"})"));
    QVERIFY(line.ok());
    QVERIFY(line->isReturn());
    QCOMPARE(line->unitQuantity, dec("-1"));
    QCOMPARE(line->calcTotal, dec("-5.74"));
    QCOMPARE(line->parentSaleLineId, 9001);
    QVERIFY(!line->discount.has_value());
}

void TestEntities::itemWithPricesAndStock()
{
    const Result<Item> item = Item::fromJson(object(R"({"itemID":"210","systemSku":"210000000210",
        "customSku":"MUG-01","manufacturerSku":"","upc":"012345678905","ean":"","description":"Mug",
        "defaultCost":"2.1","archived":"false","itemType":"default","timeStamp":"2026-01-02T10:00:00+00:00",
        "Prices":{"ItemPrice":[{"amount":"9.99","useTypeID":"1","useType":"Default"},
                               {"amount":"12","useTypeID":"2","useType":"MSRP"}]},
        "ItemShops":{"ItemShop":[
            {"itemShopID":"400","itemID":"210","shopID":"0","qoh":"5","sellable":"5"},
            {"itemShopID":"401","itemID":"210","shopID":"1","qoh":"-2","sellable":"0",
             "timeStamp":"2026-01-03T09:00:00+00:00"}]}})"));
    QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().toLogString()));
    QCOMPARE(item->itemId, 210);
    QCOMPARE(item->defaultCost, dec("2.1"));
    QCOMPARE(item->defaultPrice(), std::optional<Decimal>(dec("9.99")));
    QCOMPARE(item->prices.size(), 2);
    QCOMPARE(item->itemShops.size(), 2);

    const ItemShop *summary = item->itemShop(0);
    QVERIFY(summary);
    QVERIFY(summary->isSummary());
    const ItemShop *shop = item->itemShop(1);
    QVERIFY(shop);
    QCOMPARE(shop->qoh, dec("-2"));
    QCOMPARE(shop->sellable, dec("0"));
    QCOMPARE(shop->timeStamp, QDateTime(QDate(2026, 1, 3), QTime(9, 0), Qt::UTC));
    QVERIFY(!item->itemShop(2));
}

void TestEntities::itemIdentifiers()
{
    const Result<Item> item = Item::fromJson(
        object(R"({"itemID":"5","systemSku":"S","customSku":"C","manufacturerSku":"M","upc":"U","ean":"E",
                   "Prices":{"ItemPrice":{"amount":"1","useType":"Online"}},"ItemShops":""})"));
    QVERIFY(item.ok());
    QCOMPARE(item->identifier(SkuField::CustomSku), u"C"_s);
    QCOMPARE(item->identifier(SkuField::Upc), u"U"_s);
    QCOMPARE(item->identifier(SkuField::Ean), u"E"_s);
    QCOMPARE(item->identifier(SkuField::ManufacturerSku), u"M"_s);
    QCOMPARE(item->identifier(SkuField::SystemSku), u"S"_s);
    QCOMPARE(item->prices.size(), 1);
    QVERIFY(!item->defaultPrice().has_value());
    QVERIFY(item->itemShops.isEmpty());
}

void TestEntities::shopAndEmployee()
{
    const Result<Shop> shop = Shop::fromJson(
        object(R"({"shopID":"1","name":"Main Street","timeZone":"America/Montreal","archived":"true"})"));
    QVERIFY(shop.ok());
    QCOMPARE(shop->name, u"Main Street"_s);
    QCOMPARE(shop->timeZone, u"America/Montreal"_s);
    QVERIFY(shop->archived);

    const Result<Employee> employee =
        Employee::fromJson(object(R"({"employeeID":"3","firstName":"Grace","lastName":"","lockOut":"true"})"));
    QVERIFY(employee.ok());
    QCOMPARE(employee->fullName(), u"Grace"_s);
    QVERIFY(employee->lockOut);
    QVERIFY(!employee->archived);
}

void TestEntities::accountListShapes()
{
    const QJsonObject single =
        object(R"({"@attributes":{"count":"1"},"Account":{"accountID":"184302","name":"Demo"}})");
    auto one = parseRecords<Account>(LightspeedJson::records(single, u"Account"_s));
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->constFirst().accountId, 184302);
    QCOMPARE(one->constFirst().name, u"Demo"_s);

    const QJsonObject several = object(R"({"Account":[{"accountID":"1","name":"A"},{"accountID":"2","name":"B"}]})");
    auto two = parseRecords<Account>(LightspeedJson::records(several, u"Account"_s));
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
}

void TestEntities::malformedRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("missing sale id") << QByteArray(R"({"shopID":"1"})") << "saleID";
    QTest::newRow("zero sale id") << QByteArray(R"({"saleID":"0"})") << "saleID";
    QTest::newRow("unreadable total") << QByteArray(R"({"saleID":"1","calcTotal":"12,5"})") << "calcTotal";
    QTest::newRow("unreadable flag") << QByteArray(R"({"saleID":"1","completed":"maybe"})") << "completed";
    QTest::newRow("unreadable time") << QByteArray(R"({"saleID":"1","updatetime":"soon"})") << "updatetime";
    QTest::newRow("line without id") << QByteArray(R"({"saleID":"1","SaleLines":{"SaleLine":{"itemID":"3"}}})")
                                     << "saleLineID";
    QTest::newRow("line quantity text")
        << QByteArray(R"({"saleID":"1","SaleLines":{"SaleLine":[{"saleLineID":"1","unitQuantity":"x"}]}})")
        << "unitQuantity";
    QTest::newRow("customer without id") << QByteArray(R"({"saleID":"1","Customer":{"firstName":"A"}})")
                                         << "customerID";
}

void TestEntities::malformedRecords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const Result<Sale> sale = Sale::fromJson(object(json));
    QVERIFY(!sale.ok());
    QCOMPARE(sale.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sale.error().message.contains(field), qPrintable(sale.error().message));
    QVERIFY2(sale.error().detail.contains(field), qPrintable(sale.error().detail));
}

void TestEntities::changesCarryOnlyGivenFields()
{
    ItemChanges changes;
    QVERIFY(changes.isEmpty());
    changes.description = u"Blue mug"_s;
    changes.defaultCost = dec("2.50");
    QVERIFY(!changes.isEmpty());

    const QJsonObject body = changes.toJson();
    QCOMPARE(body.keys(), (QStringList{u"defaultCost"_s, u"description"_s}));
    QCOMPARE(body.value(QLatin1String("defaultCost")).toString(), u"2.5"_s);
    QCOMPARE(body.value(QLatin1String("description")).toString(), u"Blue mug"_s);
}

void TestEntities::changesWithPriceAndStock()
{
    ItemChanges changes;
    changes.defaultPrice = dec("9.99");
    changes.stock.append({1, 0, dec("3")});
    changes.stock.append({0, 401, dec("0")});

    const QJsonObject body = changes.toJson();
    QCOMPARE(body.keys(), (QStringList{u"ItemShops"_s, u"Prices"_s}));
    const QJsonArray prices =
        body.value(QLatin1String("Prices")).toObject().value(QLatin1String("ItemPrice")).toArray();
    QCOMPARE(prices.size(), 1);
    QCOMPARE(prices[0].toObject().value(QLatin1String("amount")).toString(), u"9.99"_s);
    QCOMPARE(prices[0].toObject().value(QLatin1String("useType")).toString(), u"Default"_s);

    const QJsonArray rows =
        body.value(QLatin1String("ItemShops")).toObject().value(QLatin1String("ItemShop")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject(), (QJsonObject{{u"shopID"_s, u"1"_s}, {u"qoh"_s, u"3"_s}}));
    QCOMPARE(rows[1].toObject(), (QJsonObject{{u"itemShopID"_s, u"401"_s}, {u"qoh"_s, u"0"_s}}));
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
