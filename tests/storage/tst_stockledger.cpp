#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

class TestStockLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movesAddUpToLevels();
    void setQuantityWritesTheDifference();
    void rolledBackMovesLeaveNoTrace();
    void verifyFindsTamperedLevels();
    void warehouseWithMovesCannotBeRemoved();
    void productsAreUniqueBySku();
    void matchCandidatesUseNormalizedKeys();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_company = 0;
    qint64 m_warehouse = 0;
    qint64 m_product = 0;
};

void TestStockLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("ledger.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    m_company = CompanyRepository(m_db->connection()).add(QStringLiteral("Acme"))->id;
    m_warehouse = WarehouseRepository(m_db->connection()).add(m_company, QStringLiteral("Main"))->id;
    Product product;
    product.companyId = m_company;
    product.sku = QStringLiteral("SKU-1");
    product.name = QStringLiteral("Widget");
    product.price = *Decimal::parse(u"9.99");
    auto inserted = ProductRepository(m_db->connection()).insert(product);
    QVERIFY(inserted.ok());
    m_product = inserted->id;
}

void TestStockLedger::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStockLedger::movesAddUpToLevels()
{
    StockLedger ledger(m_db->connection());
    for (const char *quantity : {"10", "-3", "0.5", "-2.5"}) {
        StockMove move;
        move.companyId = m_company;
        move.productId = m_product;
        move.warehouseId = m_warehouse;
        move.quantity = *Decimal::parse(QString::fromLatin1(quantity));
        move.reason = StockMoveReason::Adjustment;
        QVERIFY(ledger.addMove(move).ok());
    }
    QCOMPARE(ledger.quantity(m_product, m_warehouse)->toString(), QStringLiteral("5"));
    QCOMPARE(ledger.movesForProduct(m_product, m_warehouse)->size(), 4);
    QVERIFY(ledger.verify(m_company)->isEmpty());

    const auto levels = ledger.quantities(m_warehouse, {m_product, 999});
    QVERIFY(levels.ok());
    QCOMPARE(levels->value(m_product), Decimal::fromInt(5));
    QCOMPARE(levels->value(999), Decimal());
}

void TestStockLedger::setQuantityWritesTheDifference()
{
    StockLedger ledger(m_db->connection());
    QVERIFY(ledger
                .setQuantity(m_company, m_product, m_warehouse, Decimal::fromInt(7), StockMoveReason::Import,
                             QStringLiteral("stock.csv line 2"))
                .ok());
    auto unchanged =
        ledger.setQuantity(m_company, m_product, m_warehouse, Decimal::fromInt(7), StockMoveReason::Import, QString());
    QVERIFY(unchanged.ok());
    QCOMPARE(*unchanged, qint64(0));
    QVERIFY(
        ledger
            .setQuantity(m_company, m_product, m_warehouse, Decimal::fromInt(4), StockMoveReason::Adjustment, QString())
            .ok());
    const auto moves = ledger.movesForProduct(m_product, m_warehouse);
    QCOMPARE(moves->size(), 2);
    QCOMPARE(moves->at(0).quantity, Decimal::fromInt(7));
    QCOMPARE(moves->at(0).note, QStringLiteral("stock.csv line 2"));
    QCOMPARE(moves->at(1).quantity, Decimal::fromInt(-3));
    QCOMPARE(*ledger.quantity(m_product, m_warehouse), Decimal::fromInt(4));
}

void TestStockLedger::rolledBackMovesLeaveNoTrace()
{
    StockLedger ledger(m_db->connection());
    {
        Transaction transaction(m_db->connection());
        StockMove move;
        move.companyId = m_company;
        move.productId = m_product;
        move.warehouseId = m_warehouse;
        move.quantity = Decimal::fromInt(-1);
        move.reason = StockMoveReason::Sale;
        QVERIFY(ledger.addMove(move).ok());
    } // destroyed without commit: rolled back
    QCOMPARE(*ledger.quantity(m_product, m_warehouse), Decimal());
    QVERIFY(ledger.movesForProduct(m_product, m_warehouse)->isEmpty());
}

void TestStockLedger::verifyFindsTamperedLevels()
{
    StockLedger ledger(m_db->connection());
    QVERIFY(
        ledger.setQuantity(m_company, m_product, m_warehouse, Decimal::fromInt(3), StockMoveReason::Import, {}).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET quantity = quantity + 100000000")));
    const auto mismatches = ledger.verify(m_company);
    QVERIFY(mismatches.ok());
    QCOMPARE(mismatches->size(), 1);
    QCOMPARE(mismatches->at(0).productId, m_product);
    QCOMPARE(mismatches->at(0).sumOfMoves, Decimal::fromInt(3));
    QCOMPARE(mismatches->at(0).level, Decimal::fromInt(4));
}

void TestStockLedger::warehouseWithMovesCannotBeRemoved()
{
    StockLedger ledger(m_db->connection());
    QVERIFY(
        ledger.setQuantity(m_company, m_product, m_warehouse, Decimal::fromInt(1), StockMoveReason::Import, {}).ok());
    auto removed = WarehouseRepository(m_db->connection()).remove(m_warehouse);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY(removed.error().message.contains(QStringLiteral("stock moves")));

    // Removing the whole company takes its ledger with it.
    QVERIFY(CompanyRepository(m_db->connection()).remove(m_company).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM stock_moves")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestStockLedger::productsAreUniqueBySku()
{
    ProductRepository products(m_db->connection());
    Product duplicate;
    duplicate.companyId = m_company;
    duplicate.sku = QStringLiteral(" sku-1 ");
    duplicate.name = QStringLiteral("Other");
    auto inserted = products.insert(duplicate);
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().code, ErrorCode::Conflict);

    auto upserted = products.upsertBySku(duplicate);
    QVERIFY(upserted.ok());
    QVERIFY(!upserted->second);
    QCOMPARE(upserted->first.id, m_product);
    QCOMPARE(products.find(m_product)->name, QStringLiteral("Other"));

    Product invalid = duplicate;
    invalid.sku = QStringLiteral("NEW");
    invalid.price = Decimal::fromInt(-1);
    QCOMPARE(products.insert(invalid).error().code, ErrorCode::InvalidInput);
}

void TestStockLedger::matchCandidatesUseNormalizedKeys()
{
    ProductRepository products(m_db->connection());
    Product withUpc;
    withUpc.companyId = m_company;
    withUpc.sku = QStringLiteral("SKU-2");
    withUpc.name = QStringLiteral("Gadget");
    withUpc.upc = QStringLiteral("012345678905");
    QVERIFY(products.insert(withUpc).ok());

    ProductIdentifiers item{QStringLiteral("sku-1"), QStringLiteral("12345678905"), {}, {}, {}};
    const auto candidates = products.findMatchCandidates(m_company, item, {SkuField::CustomSku, SkuField::Upc});
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 2);

    const auto bySkuOnly = products.findMatchCandidates(m_company, item, {SkuField::CustomSku});
    QCOMPARE(bySkuOnly->size(), 1);
    QCOMPARE(bySkuOnly->at(0).id, m_product);
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
