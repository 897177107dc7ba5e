#include "backofficeseed.h"

#include "storage/database.h"
#include "storage/orderqueries.h"
#include "storage/orderrepository.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

namespace {

constexpr int ORDER_COUNT = 60;

/** What the test knows about each seeded order, to compute the expected result of a filter. */
struct SeededOrder
{
    qint64 id = 0;
    qint64 saleId = 0;
    QDateTime completedAt;
    bool cancelled = false;
    bool unmatched = false;
    bool hasReturn = false;
};

} // namespace

class TestOrderQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ordersPageThroughEachOnce_data();
    void ordersPageThroughEachOnce();
    void linesShowProductsAndUnknownItems();
    void returnsShowSaleAndWarehouse();
    void returnsFilterByTextAndState();
    void orderQueriesUseAnIndex_data();
    void orderQueriesUseAnIndex();
    void returnQueriesUseAnIndex();
    void exportWalksLinesInOrder();

private:
    QDateTime minute(int n) const { return m_origin.addSecs(qint64(n) * 60); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    SeededCompany m_acme;
    SeededCompany m_globex;
    QDateTime m_origin;
    QList<SeededOrder> m_orders; // Acme's, newest first
};

void TestOrderQueries::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("orders.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    QSqlDatabase c = m_db->connection();
    m_acme = seedCompany(c, QStringLiteral("Acme"));
    m_globex = seedCompany(c, QStringLiteral("Globex"));
    m_origin = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);

    Transaction transaction(c);
    for (int i = 1; i <= ORDER_COUNT; ++i) {
        SeededOrder seeded;
        seeded.saleId = 5000 + i;
        // Every fourth sale completes in the same minute as the one before it.
        seeded.completedAt = minute(i % 4 == 0 ? i - 1 : i);
        seeded.unmatched = i % 7 == 0;
        seeded.hasReturn = i % 5 == 0;
        QList<OrderLine> lines{saleLine(1, 900, m_acme.productId, QStringLiteral("2"), QStringLiteral("4.5"))};
        if (seeded.unmatched)
            lines << saleLine(2, 77'000 + i, 0, QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("Mystery"));
        if (seeded.hasReturn)
            lines << saleLine(3, 900, m_acme.productId, QStringLiteral("-1"), QStringLiteral("4.5"));
        seeded.id = importSale(c, sale(m_acme.id, seeded.saleId, seeded.completedAt, lines), m_acme.booking);
        if (i % 10 == 0) {
            seeded.cancelled = true;
            QVERIFY(*OrderRepository(c).cancelOrder(m_acme.id, seeded.saleId, seeded.completedAt.addSecs(30)));
        }
        m_orders.prepend(seeded);
    }
    for (int i = 1; i <= 5; ++i) {
        importSale(c,
                   sale(m_globex.id, 5000 + i, minute(i),
                        {saleLine(1, 900, m_globex.productId, QStringLiteral("1"), QStringLiteral("1"))}),
                   m_globex.booking);
    }
    QVERIFY(transaction.commit());
    // Ties in completedAt list the higher id first, as the query does.
    std::stable_sort(m_orders.begin(), m_orders.end(), [](const SeededOrder &a, const SeededOrder &b) {
        return a.completedAt != b.completedAt ? a.completedAt > b.completedAt : a.id > b.id;
    });
}

void TestOrderQueries::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void TestOrderQueries::ordersPageThroughEachOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1 any
    QTest::addColumn<bool>("unmatchedOnly");
    QTest::addColumn<int>("fromMinute"); // 0 none
    QTest::addColumn<int>("beforeMinute");

    const int any = -1;
    const int completed = int(OrderStatus::Completed);
    const int cancelled = int(OrderStatus::Cancelled);
    QTest::newRow("all") << QString() << any << false << 0 << 0;
    QTest::newRow("completed") << QString() << completed << false << 0 << 0;
    QTest::newRow("cancelled") << QString() << cancelled << false << 0 << 0;
    QTest::newRow("unknown items") << QString() << any << true << 0 << 0;
    QTest::newRow("period") << QString() << any << false << 12 << 40;
    QTest::newRow("cancelled in period") << QString() << cancelled << false << 15 << 61;
    QTest::newRow("completed unknown items") << QString() << completed << true << 0 << 0;
    QTest::newRow("sale id") << QStringLiteral("5014") << any << false << 0 << 0;
    QTest::newRow("ticket with spaces") << QStringLiteral("  T5021 ") << any << false << 0 << 0;
    QTest::newRow("reference") << QStringLiteral("REF-5030") << any << false << 0 << 0;
    QTest::newRow("reference but completed only") << QStringLiteral("REF-5030") << completed << false << 0 << 0;
    QTest::newRow("no such sale") << QStringLiteral("999") << any << false << 0 << 0;
}

void TestOrderQueries::ordersPageThroughEachOnce()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(bool, unmatchedOnly);
    QFETCH(int, fromMinute);
    QFETCH(int, beforeMinute);

    OrderFilter filter;
    filter.companyId = m_acme.id;
    filter.text = text;
    if (status >= 0)
        filter.status = OrderStatus(status);
    filter.unmatchedOnly = unmatchedOnly;
    if (fromMinute > 0)
        filter.completedFrom = minute(fromMinute);
    if (beforeMinute > 0)
        filter.completedBefore = minute(beforeMinute);

    const QString wanted = text.trimmed();
    QList<qint64> expected;
    for (const SeededOrder &order : std::as_const(m_orders)) {
        const bool textMatches = wanted.isEmpty() || QString::number(order.saleId) == wanted ||
                                 QStringLiteral("T%1").arg(order.saleId) == wanted ||
                                 QStringLiteral("REF-%1").arg(order.saleId) == wanted;
        if (textMatches && (!filter.status || (*filter.status == OrderStatus::Cancelled) == order.cancelled) &&
            (!unmatchedOnly || order.unmatched) &&
            (!filter.completedFrom.isValid() || order.completedAt >= filter.completedFrom) &&
            (!filter.completedBefore.isValid() || order.completedAt < filter.completedBefore))
            expected << order.id;
    }

    OrderQueries queries(m_db->connection());
    QList<qint64> listed;
    std::optional<OrderCursor> cursor;
    do {
        const auto page = queries.orders(filter, cursor, 7);
        QVERIFY(page.ok());
        for (const OrderSummary &summary : page->orders) {
            QCOMPARE(summary.order.companyId, m_acme.id);
            listed << summary.order.id;
        }
        cursor = page->next;
    } while (cursor);

    QCOMPARE(listed, expected);
    QCOMPARE(*queries.countOrders(filter), expected.size());
}

void TestOrderQueries::linesShowProductsAndUnknownItems()
{
    const auto withUnknown = std::find_if(m_orders.cbegin(), m_orders.cend(),
                                          [](const SeededOrder &o) { return o.unmatched && o.hasReturn; });
    QVERIFY(withUnknown != m_orders.cend());

    OrderQueries queries(m_db->connection());
    OrderFilter filter;
    filter.companyId = m_acme.id;
    filter.text = QString::number(withUnknown->saleId);
    const auto page = queries.orders(filter, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->orders.size(), 1);
    const OrderSummary &summary = page->orders.constFirst();
    QVERIFY(summary.hasUnmatchedLines);
    QVERIFY(summary.hasReturns);
    QCOMPARE(summary.order.ticketNumber, QStringLiteral("T%1").arg(withUnknown->saleId));
    QCOMPARE(summary.order.total, *Decimal::parse(u"7.5"));
    QVERIFY(summary.order.customer.placeholder);

    const auto lines = queries.lines(withUnknown->id);
    QVERIFY(lines.ok());
    QCOMPARE(lines->size(), 3);
    QCOMPARE(lines->at(0).line.saleLineId, 1);
    QVERIFY(!lines->at(0).unmatched);
    QCOMPARE(lines->at(0).productSku, QStringLiteral("MUG-1"));
    QCOMPARE(lines->at(0).productName, QStringLiteral("Mug"));
    QCOMPARE(lines->at(0).line.quantity, Decimal::fromInt(2));
    QVERIFY(lines->at(1).unmatched);
    QCOMPARE(lines->at(1).line.itemId, 77'000 + (withUnknown->saleId - 5000));
    QCOMPARE(lines->at(1).line.description, QStringLiteral("Mystery"));
    QVERIFY(lines->at(1).productSku.isEmpty());
    QCOMPARE(lines->at(2).line.quantity, Decimal::fromInt(-1));
}

void TestOrderQueries::returnsShowSaleAndWarehouse()
{
    QList<qint64> expectedSales;
    for (const SeededOrder &order : std::as_const(m_orders)) {
        if (order.hasReturn)
            expectedSales << order.saleId;
    }

    OrderQueries queries(m_db->connection());
    ReturnFilter filter;
    filter.companyId = m_acme.id;
    QList<qint64> listedSales;
    std::optional<ReturnCursor> cursor;
    do {
        const auto page = queries.returns(filter, cursor, 5);
        QVERIFY(page.ok());
        for (const ReturnDetail &detail : page->returns) {
            listedSales << detail.saleId;
            QCOMPARE(detail.warehouseName, QStringLiteral("Returns"));
            QCOMPARE(detail.record.warehouseId, m_acme.booking.returnsWarehouseId);
            QCOMPARE(detail.record.quantity, Decimal::fromInt(1));
            QCOMPARE(detail.productSku, QStringLiteral("MUG-1"));
            QCOMPARE(detail.itemId, 900);
            QCOMPARE(detail.ticketNumber, QStringLiteral("T%1").arg(detail.saleId));
            QCOMPARE(detail.record.cancelled, (detail.saleId - 5000) % 10 == 0);
        }
        cursor = page->next;
    } while (cursor);

    QCOMPARE(listedSales, expectedSales);
    QCOMPARE(*queries.countReturns(filter), expectedSales.size());
}

void TestOrderQueries::returnsFilterByTextAndState()
{
    OrderQueries queries(m_db->connection());
    ReturnFilter filter;
    filter.companyId = m_acme.id;
    filter.text = QStringLiteral("T5015");
    auto page = queries.returns(filter, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->returns.size(), 1);
    QCOMPARE(page->returns.constFirst().saleId, 5015);

    filter.text.clear();
    filter.cancelled = true;
    page = queries.returns(filter, std::nullopt, 100);
    QVERIFY(page.ok());
    QCOMPARE(page->returns.size(), ORDER_COUNT / 10); // sales 5010, 5020… were cancelled and had returns
    for (const ReturnDetail &detail : page->returns)
        QVERIFY(detail.record.cancelled);

    filter.cancelled.reset();
    filter.companyId = m_globex.id;
    QCOMPARE(*queries.countReturns(filter), 0);
}

void TestOrderQueries::orderQueriesUseAnIndex_data()
{
    QTest::addColumn<int>("mask");
    for (int mask = 0; mask < 32; ++mask) {
        QTest::addRow("%s%s%s%s%s", mask & 1 ? "text " : "", mask & 2 ? "status " : "",
                      mask & 4 ? "unknown items " : "", mask & 8 ? "from " : "", mask & 16 ? "before" : "")
            << mask;
    }
}

void TestOrderQueries::orderQueriesUseAnIndex()
{
    QFETCH(int, mask);

    OrderFilter filter;
    filter.companyId = m_acme.id;
    if (mask & 1)
        filter.text = QStringLiteral("5014");
    if (mask & 2)
        filter.status = OrderStatus::Cancelled;
    filter.unmatchedOnly = mask & 4;
    if (mask & 8)
        filter.completedFrom = minute(5);
    if (mask & 16)
        filter.completedBefore = minute(50);

    const OrderCursor cursor{minute(30).toMSecsSinceEpoch(), 9999};
    for (const std::optional<OrderCursor> &after : {std::optional<OrderCursor>(), std::optional<OrderCursor>(cursor)}) {
        const auto plan = OrderQueries(m_db->connection()).explainOrdersQuery(filter, after);
        QVERIFY(plan.ok());
        const QString text = plan->join(u'\n');
        QVERIFY2(!text.contains(QStringLiteral("SCAN o")), qPrintable(text));
        if (mask & 1) {
            // Text drives the query through three exact lookups; only their few matches get sorted.
            QVERIFY2(text.contains(QStringLiteral("orders_company_sale_unique")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("orders_company_reference")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("orders_company_ticket")), qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("SEARCH o USING INDEX")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("company_id=?")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        }
    }
}

void TestOrderQueries::returnQueriesUseAnIndex()
{
    for (int mask = 0; mask < 8; ++mask) {
        ReturnFilter filter;
        filter.companyId = m_acme.id;
        if (mask & 1)
            filter.text = QStringLiteral("T5015");
        if (mask & 2)
            filter.createdFrom = minute(5);
        if (mask & 4)
            filter.cancelled = false;
        const auto plan = OrderQueries(m_db->connection()).explainReturnsQuery(filter, std::nullopt);
        QVERIFY(plan.ok());
        const QString text = plan->join(u'\n');
        QVERIFY2(!text.contains(QStringLiteral("SCAN r")), qPrintable(text));
        if (mask & 1) {
            QVERIFY2(text.contains(QStringLiteral("returns_order")), qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("returns_company_created")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        }
    }
}

void TestOrderQueries::exportWalksLinesInOrder()
{
    OrderFilter filter;
    filter.companyId = m_acme.id;
    QList<std::pair<qint64, qint64>> seen; // (order id, sale line id)
    const auto walked = OrderQueries(m_db->connection())
                            .forEachOrderLine(filter, [&](const OrderSummary &summary, const OrderLineDetail &line) {
                                seen.append({summary.order.id, line.line.saleLineId});
                                return true;
                            });
    QVERIFY(walked.ok());
    QCOMPARE(seen.size(), *OrderQueries(m_db->connection()).countOrderLines(filter));

    QList<std::pair<qint64, qint64>> expected;
    for (const SeededOrder &order : std::as_const(m_orders)) {
        expected.append({order.id, 1});
        if (order.unmatched)
            expected.append({order.id, 2});
        if (order.hasReturn)
            expected.append({order.id, 3});
    }
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "tst_orderqueries.moc"
