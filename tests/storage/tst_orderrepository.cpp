#include "storage/checkpointrepository.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/listingrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/warehouserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

namespace {

OrderLine line(qint64 saleLineId, qint64 itemId, qint64 productId, const char *quantity, const char *price)
{
    OrderLine l;
    l.saleLineId = saleLineId;
    l.itemId = itemId;
    l.productId = productId;
    l.quantity = *Decimal::parse(QString::fromLatin1(quantity));
    l.unitPrice = *Decimal::parse(QString::fromLatin1(price));
    l.total = l.unitPrice.multipliedBy(l.quantity);
    l.subtotal = l.total;
    l.description = QStringLiteral("Line %1").arg(saleLineId);
    return l;
}

} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importBooksSaleMoves();
    void importIsIdempotent();
    void refundLineCreatesReturn();
    void unmatchedLineIsFlaggedWithoutMoves();
    void cancelReversesEveryMove();
    void matchLineBooksLater();
    void checkpointsRoundTrip();
    void listingsResolveItems();

private:
    Order sale(qint64 saleId, QList<OrderLine> lines) const;
    int rowCount(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_company = 0;
    OrderBooking m_booking;
    qint64 m_widget = 0;
    qint64 m_gadget = 0;
};

void TestOrderRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("orders.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    QSqlDatabase c = m_db->connection();
    m_company = CompanyRepository(c).add(QStringLiteral("Acme"))->id;
    m_booking.sellingWarehouseId = WarehouseRepository(c).add(m_company, QStringLiteral("Store"))->id;
    m_booking.returnsWarehouseId = WarehouseRepository(c).add(m_company, QStringLiteral("Returns"))->id;
    ProductRepository products(c);
    Product widget;
    widget.companyId = m_company;
    widget.sku = QStringLiteral("W-1");
    widget.name = QStringLiteral("Widget");
    m_widget = products.insert(widget)->id;
    Product gadget = widget;
    gadget.sku = QStringLiteral("G-1");
    gadget.name = QStringLiteral("Gadget");
    m_gadget = products.insert(gadget)->id;
    StockLedger ledger(c);
    QVERIFY(ledger
                .setQuantity(m_company, m_widget, m_booking.sellingWarehouseId, Decimal::fromInt(10),
                             StockMoveReason::Import, {})
                .ok());
}

void TestOrderRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Order TestOrderRepository::sale(qint64 saleId, QList<OrderLine> lines) const
{
    Order order;
    order.companyId = m_company;
    order.saleId = saleId;
    order.shopId = 1;
    order.completedAt = QDateTime::fromSecsSinceEpoch(1'767'225'600 + saleId, Qt::UTC);
    order.saleUpdatedAt = order.completedAt;
    order.lines = std::move(lines);
    for (const OrderLine &l : order.lines)
        order.total += l.total;
    order.payments.append({saleId * 10, QStringLiteral("Cash"), order.total});
    return order;
}

int TestOrderRepository::rowCount(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && query.next() ? query.value(0).toInt()
                                                                                            : -1;
}

void TestOrderRepository::importBooksSaleMoves()
{
    OrderRepository orders(m_db->connection());
    auto outcome = orders.importOrder(
        sale(100, {line(1, 501, m_widget, "3", "9.99"), line(2, 502, m_gadget, "1", "5")}), m_booking);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->kind, ImportOutcome::Kind::Imported);
    QCOMPARE(outcome->movesBooked, 2);

    StockLedger ledger(m_db->connection());
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(7));
    QCOMPARE(*ledger.quantity(m_gadget, m_booking.sellingWarehouseId), Decimal::fromInt(-1));
    QVERIFY(ledger.verify(m_company)->isEmpty());

    const auto loaded = orders.load(outcome->orderId);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lines.size(), 2);
    QCOMPARE(loaded->total.toString(), QStringLiteral("34.97"));
    QCOMPARE(loaded->payments.size(), 1);
    QVERIFY(loaded->customer.placeholder);
}

void TestOrderRepository::importIsIdempotent()
{
    OrderRepository orders(m_db->connection());
    const Order order = sale(200, {line(1, 501, m_widget, "2", "9.99")});
    QCOMPARE(orders.importOrder(order, m_booking)->kind, ImportOutcome::Kind::Imported);
    auto again = orders.importOrder(order, m_booking);
    QVERIFY(again.ok());
    QCOMPARE(again->kind, ImportOutcome::Kind::AlreadyImported);
    QCOMPARE(rowCount(QStringLiteral("orders")), 1);
    QCOMPARE(rowCount(QStringLiteral("order_lines")), 1);
    QCOMPARE(*StockLedger(m_db->connection()).quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(8));
    // One placeholder customer serves every sale without a customer.
    QVERIFY(orders.importOrder(sale(201, {line(2, 501, m_widget, "1", "9.99")}), m_booking).ok());
    QCOMPARE(rowCount(QStringLiteral("customers")), 1);
}

void TestOrderRepository::refundLineCreatesReturn()
{
    OrderRepository orders(m_db->connection());
    QVERIFY(orders.importOrder(sale(300, {line(31, 501, m_widget, "2", "9.99")}), m_booking).ok());
    OrderLine refund = line(32, 501, m_widget, "-1", "9.99");
    refund.parentSaleLineId = 31;
    auto outcome = orders.importOrder(sale(301, {refund}), m_booking);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->returnsBooked, 1);

    StockLedger ledger(m_db->connection());
    QCOMPARE(*ledger.quantity(m_widget, m_booking.returnsWarehouseId), Decimal::fromInt(1));
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT r.quantity, r.amount, l.sale_line_id FROM returns r JOIN order_lines l ON "
                                  "l.id = r.original_order_line_id")));
    QVERIFY(query.next());
    QCOMPARE(Decimal::fromUnits(query.value(0).toLongLong()), Decimal::fromInt(1));
    QCOMPARE(Decimal::fromUnits(query.value(1).toLongLong()).toString(), QStringLiteral("9.99"));
    QCOMPARE(query.value(2).toLongLong(), qint64(31));
}

void TestOrderRepository::unmatchedLineIsFlaggedWithoutMoves()
{
    OrderRepository orders(m_db->connection());
    auto outcome =
        orders.importOrder(sale(400, {line(41, 999, 0, "1", "3"), line(42, 501, m_widget, "1", "9.99")}), m_booking);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->unmatchedLines, 1);
    QCOMPARE(outcome->movesBooked, 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT has_unmatched_lines FROM orders")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestOrderRepository::cancelReversesEveryMove()
{
    OrderRepository orders(m_db->connection());
    OrderLine refund = line(52, 502, m_gadget, "-2", "5");
    QVERIFY(orders.importOrder(sale(500, {line(51, 501, m_widget, "4", "9.99"), refund}), m_booking).ok());
    StockLedger ledger(m_db->connection());
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(6));
    QCOMPARE(*ledger.quantity(m_gadget, m_booking.returnsWarehouseId), Decimal::fromInt(2));

    auto cancelled = orders.cancelOrder(m_company, 500, QDateTime::currentDateTimeUtc());
    QVERIFY(cancelled.ok());
    QVERIFY(*cancelled);
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(10));
    QCOMPARE(*ledger.quantity(m_gadget, m_booking.returnsWarehouseId), Decimal());
    QVERIFY(ledger.verify(m_company)->isEmpty());

    // A second void of the same sale changes nothing.
    QCOMPARE(*orders.cancelOrder(m_company, 500, QDateTime::currentDateTimeUtc()), false);
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(10));
    QCOMPARE(*orders.cancelOrder(m_company, 9999, QDateTime::currentDateTimeUtc()), false);
}

void TestOrderRepository::matchLineBooksLater()
{
    OrderRepository orders(m_db->connection());
    auto outcome = orders.importOrder(sale(600, {line(61, 777, 0, "2", "9.99")}), m_booking);
    QVERIFY(outcome.ok());
    const qint64 lineId = orders.load(outcome->orderId)->lines.at(0).id;

    auto matched = orders.matchLine(lineId, m_widget, m_booking);
    QVERIFY(matched.ok());
    QVERIFY(*matched);
    StockLedger ledger(m_db->connection());
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(8));
    QCOMPARE(*orders.matchLine(lineId, m_widget, m_booking), false);
    QCOMPARE(*ledger.quantity(m_widget, m_booking.sellingWarehouseId), Decimal::fromInt(8));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT has_unmatched_lines FROM orders")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestOrderRepository::checkpointsRoundTrip()
{
    CheckpointRepository checkpoints(m_db->connection());
    QVERIFY(!checkpoints.get(m_company, SyncJob::OrderDownload)->has_value());
    QVERIFY(checkpoints.set(m_company, SyncJob::OrderDownload, QStringLiteral("2026-01-01T00:00:00Z")).ok());
    QVERIFY(checkpoints.set(m_company, SyncJob::OrderDownload, QStringLiteral("2026-01-02T00:00:00Z")).ok());
    QCOMPARE(checkpoints.get(m_company, SyncJob::OrderDownload)->value(), QStringLiteral("2026-01-02T00:00:00Z"));
    QVERIFY(!checkpoints.get(m_company, SyncJob::InventoryUpload)->has_value());
}

void TestOrderRepository::listingsResolveItems()
{
    ListingRepository listings(m_db->connection());
    QVERIFY(
        listings.linkItem(m_company, m_widget, 501, QStringLiteral("210000000501"), QStringLiteral("W-1"), {}).ok());
    QVERIFY(listings.setEnabled(m_company, {m_widget, m_gadget}, true).ok());

    const auto byItem = listings.findByItemIds(m_company, {501, 502});
    QVERIFY(byItem.ok());
    QCOMPARE(byItem->size(), 1);
    QCOMPARE(byItem->value(501).productId, m_widget);
    QCOMPARE(byItem->value(501).state, ListingState::Linked);
    QVERIFY(byItem->value(501).enabled);

    const auto linked = listings.enabledLinked(m_company, 0, 10);
    QCOMPARE(linked->size(), 1);
    const auto pending = listings.enabledInStates(m_company, {ListingState::Pending}, 0, 10);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).productId, m_gadget);

    QVERIFY(listings
                .recordPublishedQuantity(linked->at(0).id, Decimal::fromInt(4),
                                         QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC))
                .ok());
    const auto reread = listings.findByProduct(m_widget);
    QCOMPARE((*reread)->publishedQuantity, std::optional<Decimal>(Decimal::fromInt(4)));
    QCOMPARE((*reread)->itemShopTimeStamp, QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC));
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
