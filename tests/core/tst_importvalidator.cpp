#include "core/importvalidator.h"
#include "core/skumatcher.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(posbridge::ImportKind)
Q_DECLARE_METATYPE(posbridge::ImportField)

namespace {

ImportContext catalogue()
{
    ImportContext context;
    context.productIdsBySkuKey.insert(SkuMatcher::normalized(SkuField::CustomSku, u"MUG-01"_s), 11);
    context.productIdsBySkuKey.insert(SkuMatcher::normalized(SkuField::CustomSku, u"CAP-02"_s), 12);
    context.warehouseIdsByName.insert(u"main store"_s, 1);
    context.warehouseIdsByName.insert(u"returns"_s, 2);
    context.warehouseNames = {u"Main Store"_s, u"Returns"_s};
    return context;
}

ImportPlan validate(ImportKind kind, const QByteArray &csv, bool decimalComma = false)
{
    const auto table = CsvReader::parse(csv);
    if (!table)
        qFatal("test data does not parse: %s", qPrintable(table.error().message));
    const ImportMapping mapping = ImportSchema::autoMap(kind, table->header.fields);
    return ImportValidator(kind, mapping, catalogue(), decimalComma).validate(*table);
}

} // namespace

class TestImportValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoMapsHeaders_data();
    void autoMapsHeaders();
    void reportsMissingRequiredColumns();
    void reportsBadProductRows_data();
    void reportsBadProductRows();
    void keepsOnlyGivenProductFields();
    void parsesDecimalCommaWhenAllowed();
    void reportsBadStockRows_data();
    void reportsBadStockRows();
    void acceptsGoodStockRows();
    void blankCellsKeepStoredValues();
    void exportedFormulaGuardIsDropped();
    void rejectsOutOfRangeAmounts();
};

void TestImportValidator::autoMapsHeaders_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: no field

    const auto row = [](const char *name, ImportKind kind, const QString &header, int field) {
        QTest::newRow(name) << kind << header << field;
    };
    row("sku", ImportKind::Products, u"SKU"_s, int(ImportField::Sku));
    row("custom sku with space", ImportKind::Products, u"Custom SKU"_s, int(ImportField::Sku));
    row("french reference", ImportKind::Products, u"Référence"_s, int(ImportField::Sku));
    row("name", ImportKind::Products, u"name"_s, int(ImportField::Name));
    row("french libellé", ImportKind::Products, u"Libellé"_s, int(ImportField::Name));
    row("french désignation", ImportKind::Products, u"DÉSIGNATION"_s, int(ImportField::Name));
    row("upc", ImportKind::Products, u"UPC"_s, int(ImportField::Upc));
    row("french code-barres", ImportKind::Products, u"Code-barres"_s, int(ImportField::Upc));
    row("ean-13", ImportKind::Products, u"EAN-13"_s, int(ImportField::Ean));
    row("manufacturer sku", ImportKind::Products, u"manufacturer_sku"_s, int(ImportField::ManufacturerSku));
    row("french référence fabricant", ImportKind::Products, u"Référence fabricant"_s,
        int(ImportField::ManufacturerSku));
    row("price", ImportKind::Products, u"Price"_s, int(ImportField::Price));
    row("french prix de vente", ImportKind::Products, u"Prix de vente"_s, int(ImportField::Price));
    row("cost", ImportKind::Products, u"Default Cost"_s, int(ImportField::Cost));
    row("french coût", ImportKind::Products, u"Coût"_s, int(ImportField::Cost));
    row("french prix d'achat", ImportKind::Products, u"Prix d'achat"_s, int(ImportField::Cost));
    row("warehouse", ImportKind::Stock, u"Warehouse"_s, int(ImportField::Warehouse));
    row("french entrepôt", ImportKind::Stock, u"Entrepôt"_s, int(ImportField::Warehouse));
    row("qty", ImportKind::Stock, u"Qty"_s, int(ImportField::Quantity));
    row("french quantité", ImportKind::Stock, u"Quantité"_s, int(ImportField::Quantity));
    row("stock field not in products", ImportKind::Products, u"Quantity"_s, -1);
    row("unknown header", ImportKind::Products, u"Colour"_s, -1);
}

void TestImportValidator::autoMapsHeaders()
{
    QFETCH(ImportKind, kind);
    QFETCH(QString, header);
    QFETCH(int, field);

    const auto found = ImportSchema::fieldForHeader(kind, header);
    if (field < 0) {
        QVERIFY(!found.has_value());
        return;
    }
    QVERIFY(found.has_value());
    QCOMPARE(int(*found), field);
}

void TestImportValidator::reportsMissingRequiredColumns()
{
    const ImportMapping products = ImportSchema::autoMap(ImportKind::Products, {u"Name"_s, u"Price"_s});
    QCOMPARE(ImportSchema::missingRequired(ImportKind::Products, products), QList<ImportField>{ImportField::Sku});

    const ImportMapping stock = ImportSchema::autoMap(ImportKind::Stock, {u"SKU"_s, u"Qty"_s});
    QCOMPARE(ImportSchema::missingRequired(ImportKind::Stock, stock), QList<ImportField>{ImportField::Warehouse});
}

void TestImportValidator::reportsBadProductRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty sku") << QByteArray("SKU,Name\nA,Mug\n,Cap\n") << 3 << u"SKU"_s << u"empty"_s;
    QTest::newRow("duplicate sku") << QByteArray("SKU,Name\nNEW-1,Mug\nnew-1 ,Cap\n") << 3 << u"SKU"_s << u"line 2"_s;
    QTest::newRow("new product without name") << QByteArray("SKU,Name\nNEW-1,\n") << 2 << u"Name"_s << u"new"_s;
    QTest::newRow("new product without name column")
        << QByteArray("SKU,Price\nNEW-1,3\n") << 2 << u"Name"_s << u"new"_s;
    QTest::newRow("bad price") << QByteArray("SKU,Name,Price\nA,Mug,12.5x\n") << 2 << u"Price"_s << u"12.5x"_s;
    QTest::newRow("thousands separator") << QByteArray("SKU,Name,Cost\nA,Mug,\"1,200.00\"\n") << 2 << u"Cost"_s
                                         << u"not a number"_s;
    QTest::newRow("decimal comma in comma file")
        << QByteArray("SKU,Name,Price\nA,Mug,\"12,5\"\n") << 2 << u"Price"_s << u"not a number"_s;
    QTest::newRow("negative cost") << QByteArray("SKU,Name,Cost\nA,Mug,-1\n") << 2 << u"Cost"_s << u"negative"_s;
    QTest::newRow("letters in upc") << QByteArray("SKU,Name,UPC\nA,Mug,12AB\n") << 2 << u"UPC"_s << u"barcode"_s;
    QTest::newRow("long ean") << QByteArray("SKU,Name,EAN\nA,Mug,123456789012345\n") << 2 << u"EAN"_s << u"14"_s;
    QTest::newRow("huge price") << QByteArray("SKU,Name,Price\nA,Mug,1000000000.01\n") << 2 << u"Price"_s
                                << u"out of range"_s;
}

void TestImportValidator::reportsBadProductRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);

    const ImportPlan plan = validate(ImportKind::Products, csv);
    QVERIFY(plan.invalidLines.contains(line));
    bool found = false;
    for (const ImportIssue &issue : plan.issues) {
        if (issue.line == line && issue.column == column && issue.message.contains(messagePart))
            found = true;
    }
    QVERIFY2(found, qPrintable(plan.issues.isEmpty() ? u"no issue"_s : plan.issues.constFirst().message));
    for (const ProductImportRow &row : plan.products)
        QVERIFY(row.line != line);
}

void TestImportValidator::keepsOnlyGivenProductFields()
{
    const ImportPlan plan = validate(ImportKind::Products, "sku;price\nmug-01;4.5\n");
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.products.size(), 1);
    const ProductImportRow &row = plan.products.constFirst();
    QCOMPARE(row.existingId, 11);
    QVERIFY(!row.name.has_value());
    QVERIFY(!row.cost.has_value());
    QCOMPARE(row.price, Decimal::parse(u"4.5"));
}

void TestImportValidator::parsesDecimalCommaWhenAllowed()
{
    const ImportPlan plan = validate(ImportKind::Products, "SKU;Nom;Prix;Coût\nNEW-9;Bol;12,50;3.25\n", true);
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.products.size(), 1);
    QCOMPARE(plan.products.constFirst().price, Decimal::parse(u"12.5"));
    QCOMPARE(plan.products.constFirst().cost, Decimal::parse(u"3.25"));
    QCOMPARE(plan.products.constFirst().name, std::optional<QString>(u"Bol"_s));
}

void TestImportValidator::reportsBadStockRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown sku") << QByteArray("SKU,Warehouse,Qty\nNOPE,Main Store,1\n") << u"SKU"_s << u"NOPE"_s;
    QTest::newRow("unknown warehouse") << QByteArray("SKU,Warehouse,Qty\nMUG-01,Attic,1\n") << u"Warehouse"_s
                                       << u"Main Store, Returns"_s;
    QTest::newRow("bad quantity") << QByteArray("SKU,Warehouse,Qty\nMUG-01,Main Store,lots\n") << u"Qty"_s << u"lots"_s;
    QTest::newRow("empty quantity") << QByteArray("SKU,Warehouse,Qty\nMUG-01,Main Store,\n") << u"Qty"_s << u"empty"_s;
    QTest::newRow("huge quantity") << QByteArray("SKU,Warehouse,Qty\nMUG-01,Main Store,92233720368.54775807\n")
                                   << u"Qty"_s << u"out of range"_s;
    QTest::newRow("same product and warehouse twice")
        << QByteArray("SKU,Warehouse,Qty\nMUG-01,Main Store,1\nmug-01,MAIN STORE,2\n") << u"SKU"_s << u"line 2"_s;
}

void TestImportValidator::reportsBadStockRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);

    const ImportPlan plan = validate(ImportKind::Stock, csv);
    QVERIFY(!plan.issues.isEmpty());
    bool found = false;
    for (const ImportIssue &issue : plan.issues) {
        if (issue.column == column && issue.message.contains(messagePart))
            found = true;
    }
    QVERIFY2(found, qPrintable(plan.issues.constFirst().message));
    QVERIFY(plan.stock.isEmpty());
}

void TestImportValidator::acceptsGoodStockRows()
{
    const ImportPlan plan =
        validate(ImportKind::Stock, "SKU,Warehouse,Qty\nMUG-01,main store,7\ncap-02,Returns,0\nMUG-01,Returns,2.5\n");
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.stock.size(), 3);
    QCOMPARE(plan.stock[0].productId, 11);
    QCOMPARE(plan.stock[0].warehouseId, 1);
    QCOMPARE(plan.stock[0].quantity, Decimal::fromInt(7));
    QCOMPARE(plan.stock[1].productId, 12);
    QCOMPARE(plan.stock[1].warehouseId, 2);
    QCOMPARE(plan.stock[2].quantity, *Decimal::parse(u"2.5"));
}

void TestImportValidator::blankCellsKeepStoredValues()
{
    // Blank Price, Cost, UPC and EAN cells, and a row shorter than the header.
    const ImportPlan plan = validate(ImportKind::Products, "SKU,Name,Price,Cost,UPC,EAN\nMUG-01,Mug,,,,\nCAP-02,Cap\n");
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.products.size(), 2);
    for (const ProductImportRow &row : plan.products) {
        QVERIFY2(!row.price.has_value(), qPrintable(row.sku));
        QVERIFY2(!row.cost.has_value(), qPrintable(row.sku));
        QVERIFY2(!row.upc.has_value(), qPrintable(row.sku));
        QVERIFY2(!row.ean.has_value(), qPrintable(row.sku));
    }
}

void TestImportValidator::exportedFormulaGuardIsDropped()
{
    // What CSV export writes for a SKU "-MUG" and a stock count of -2.
    const ImportPlan products = validate(ImportKind::Products, "SKU,Name\n'-MUG,'+Plus cable\n");
    QVERIFY(products.issues.isEmpty());
    QCOMPARE(products.products.size(), 1);
    QCOMPARE(products.products.constFirst().sku, u"-MUG"_s);
    QCOMPARE(products.products.constFirst().name, std::optional<QString>(u"+Plus cable"_s));

    const ImportPlan stock = validate(ImportKind::Stock, "SKU,Warehouse,Qty\nMUG-01,Main Store,'-2\n");
    QVERIFY2(stock.issues.isEmpty(), qPrintable(stock.issues.value(0).message));
    QCOMPARE(stock.stock.size(), 1);
    QCOMPARE(stock.stock.constFirst().quantity, Decimal::fromInt(-2));

    // An apostrophe before other text is part of the value.
    const ImportPlan kept = validate(ImportKind::Products, "SKU,Name\nMUG-01,'Tis the season\n");
    QCOMPARE(kept.products.constFirst().name, std::optional<QString>(u"'Tis the season"_s));
}

void TestImportValidator::rejectsOutOfRangeAmounts()
{
    const ImportPlan accepted = validate(ImportKind::Stock, "SKU,Warehouse,Qty\nMUG-01,Main Store,-1000000000\n");
    QVERIFY(accepted.issues.isEmpty());
    const ImportPlan rejected = validate(ImportKind::Stock, "SKU,Warehouse,Qty\nMUG-01,Main Store,-1000000001\n");
    QCOMPARE(rejected.issues.size(), 1);
    QVERIFY(rejected.issues.constFirst().message.contains(u"out of range"_s));
}

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_importvalidator.moc"
