#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "storage/orderrepository.h"
#include "storage/stockledger.h"
#include "sync/orderdownloadcheckpoint.h"

#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

class TestOrderDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyDownloadsCompletely();
    void secondRunImportsNothingAgain();
    void voidAfterImportReversesMoves();
    void openSaleWaitsUntilCompleted();
    void customerAndPaymentsMapped();
    void stockCountedSalesMoveNoStock();

private:
    QSet<qint64> orderSaleIds(const QString &status);
    Decimal level(qint64 itemId, qint64 warehouseId);

    std::unique_ptr<SyncFixture> m_fixture;
};

namespace {

// Items ending in 7 get no product, so their lines arrive as unknown items. Odd items have a
// product but no listing, so the download links them by SKU.
bool hasProduct(const DemoCatalogue::Item &item)
{
    return !item.customSku.isEmpty() && !item.archived && item.itemId % 10 != 7;
}

bool isListed(const DemoCatalogue::Item &item)
{
    return item.itemId % 2 == 0;
}

} // namespace

void TestOrderDownload::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>(QStringList{
        QStringLiteral("--items"), QStringLiteral("60"), QStringLiteral("--days"), QStringLiteral("3"),
        QStringLiteral("--sales-per-day"), QStringLiteral("80"), QStringLiteral("--customers"), QStringLiteral("20"),
        QStringLiteral("--return-share"), QStringLiteral("0.1"), QStringLiteral("--void-share"), QStringLiteral("0.05"),
        QStringLiteral("--open-sales"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.hasProduct = hasProduct;
    setup.isListed = isListed;
    setup.stock = [](const DemoCatalogue::Item &) { return qint64(1000); };
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));
}

QSet<qint64> TestOrderDownload::orderSaleIds(const QString &status)
{
    const qint64 company = m_fixture->companyId;
    return m_fixture->query([company, status](Database &db) {
        QSet<qint64> ids;
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT sale_id FROM orders WHERE company_id = :c AND status = :s"));
        query.bindValue(QStringLiteral(":c"), company);
        query.bindValue(QStringLiteral(":s"), status);
        query.exec();
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    });
}

Decimal TestOrderDownload::level(qint64 itemId, qint64 warehouseId)
{
    const qint64 product = m_fixture->productByItem.value(itemId);
    return m_fixture->query([product, warehouseId](Database &db) {
        return StockLedger(db.connection()).quantity(product, warehouseId).value();
    });
}

void TestOrderDownload::historyDownloadsCompletely()
{
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));

    QSet<qint64> completed;
    QSet<qint64> notImported;
    QHash<qint64, qint64> sold;     // item → units sold by imported sales
    QHash<qint64, qint64> returned; // item → units returned by imported sales
    int unknownLines = 0;
    for (const Sale &sale : m_fixture->sandboxSales()) {
        if (!sale.completed || sale.voided) {
            notImported.insert(sale.saleId);
            continue;
        }
        completed.insert(sale.saleId);
        for (const SaleLine &line : sale.lines) {
            const qint64 units = line.unitQuantity.truncated();
            if (!m_fixture->productByItem.contains(line.itemId))
                ++unknownLines;
            else if (units > 0)
                sold[line.itemId] += units;
            else
                returned[line.itemId] -= units;
        }
    }
    QVERIFY(completed.size() > 50);
    QVERIFY(!notImported.isEmpty());
    QCOMPARE(orderSaleIds(QStringLiteral("completed")), completed);
    QVERIFY(orderSaleIds(QStringLiteral("cancelled")).isEmpty());
    QCOMPARE(report.counts.created, int(completed.size()));

    // Stock: every sold unit left the Selling Warehouse, every returned one entered Returns.
    for (auto it = m_fixture->productByItem.cbegin(); it != m_fixture->productByItem.cend(); ++it) {
        QCOMPARE(level(it.key(), m_fixture->sellingWarehouseId), Decimal::fromInt(1000 - sold.value(it.key())));
        QCOMPARE(level(it.key(), m_fixture->returnsWarehouseId), Decimal::fromInt(returned.value(it.key())));
    }
    const qint64 company = m_fixture->companyId;
    QVERIFY(
        m_fixture->query([company](Database &db) { return StockLedger(db.connection()).verify(company)->isEmpty(); }));

    // Unknown items are flagged and reported; items with a product but no listing got linked.
    const auto [flagged, warnings] = m_fixture->query([company](Database &db) {
        QSqlQuery lines(db.connection());
        lines.exec(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE unmatched = 1"));
        lines.next();
        QSqlQuery events(db.connection());
        events.exec(QStringLiteral("SELECT COUNT(*) FROM sync_events WHERE level = 'warning' AND entity = 'item'"));
        events.next();
        Q_UNUSED(company);
        return std::make_pair(lines.value(0).toInt(), events.value(0).toInt());
    });
    QVERIFY(unknownLines > 0);
    QCOMPARE(flagged, unknownLines);
    QCOMPARE(warnings, unknownLines);
    QList<qint64> unlisted;
    for (auto it = m_fixture->productByItem.cbegin(); it != m_fixture->productByItem.cend(); ++it) {
        if (it.key() % 2 != 0 && sold.contains(it.key()))
            unlisted << it.key();
    }
    QVERIFY(!unlisted.isEmpty());
    const auto links = m_fixture->query([company, unlisted](Database &db) {
        return ListingRepository(db.connection()).findByItemIds(company, unlisted).value();
    });
    for (qint64 itemId : unlisted)
        QCOMPARE(links.value(itemId).productId, m_fixture->productByItem.value(itemId));
}

void TestOrderDownload::secondRunImportsNothingAgain()
{
    const QSet<qint64> before = orderSaleIds(QStringLiteral("completed"));
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(report.counts.created, 0);
    // The overlap window reads the latest sales again, and they are recognised.
    QVERIFY(report.counts.fetched > 0);
    QCOMPARE(orderSaleIds(QStringLiteral("completed")), before);
}

void TestOrderDownload::voidAfterImportReversesMoves()
{
    const qint64 item = m_fixture->productByItem.keys().constFirst();
    const Decimal start = level(item, m_fixture->sellingWarehouseId);
    const qint64 saleId = m_fixture->ringUp({{item, 2}});
    QVERIFY(saleId > 0);
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);
    QVERIFY(orderSaleIds(QStringLiteral("completed")).contains(saleId));
    QCOMPARE(level(item, m_fixture->sellingWarehouseId), start - Decimal::fromInt(2));

    m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/sales/%1/void").arg(saleId));
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QVERIFY2(report.result == RunResult::Succeeded, qPrintable(describe(report)));
    QCOMPARE(report.counts.updated, 1);
    QVERIFY(orderSaleIds(QStringLiteral("cancelled")).contains(saleId));
    QCOMPARE(level(item, m_fixture->sellingWarehouseId), start);
    const qint64 company = m_fixture->companyId;
    QVERIFY(
        m_fixture->query([company](Database &db) { return StockLedger(db.connection()).verify(company)->isEmpty(); }));

    // Reading the void again changes nothing.
    QCOMPARE(m_fixture->runJob(SyncJob::OrderDownload).counts.updated, 0);
    QCOMPARE(level(item, m_fixture->sellingWarehouseId), start);
}

void TestOrderDownload::openSaleWaitsUntilCompleted()
{
    const qint64 item = m_fixture->productByItem.keys().constLast();
    const qint64 saleId = m_fixture->ringUp({{item, 1}}, {{QStringLiteral("completed"), false}});
    QVERIFY(saleId > 0);
    const JobReport skipped = m_fixture->runJob(SyncJob::OrderDownload);
    QCOMPARE(skipped.counts.skipped, 1);
    QVERIFY(!orderSaleIds(QStringLiteral("completed")).contains(saleId));

    m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/sales/%1/complete").arg(saleId));
    const JobReport imported = m_fixture->runJob(SyncJob::OrderDownload);
    QCOMPARE(imported.counts.created, 1);
    QVERIFY(orderSaleIds(QStringLiteral("completed")).contains(saleId));
}

void TestOrderDownload::customerAndPaymentsMapped()
{
    const qint64 item = m_fixture->productByItem.keys().at(1);
    const qint64 withCustomer = m_fixture->ringUp({{item, 1}}, {{QStringLiteral("customerID"), 7}});
    const qint64 walkIn = m_fixture->ringUp({{item, 1}});
    QVERIFY(withCustomer > 0 && walkIn > 0);
    QVERIFY(m_fixture->runJob(SyncJob::OrderDownload).result == RunResult::Succeeded);

    const qint64 company = m_fixture->companyId;
    const auto load = [this, company](qint64 saleId) {
        return m_fixture->query([company, saleId](Database &db) {
            OrderRepository orders(db.connection());
            return orders.load(orders.findOrderId(company, saleId)->value()).value();
        });
    };
    const Order named = load(withCustomer);
    QCOMPARE(named.customer.lightspeedCustomerId, 7);
    QVERIFY(!named.customer.placeholder);
    QVERIFY(!(named.customer.firstName + named.customer.lastName).isEmpty());
    QCOMPARE(named.payments.size(), 1);
    QCOMPARE(named.payments.constFirst().amount, named.total);
    QVERIFY(named.total > Decimal());
    QCOMPARE(named.subtotal + named.tax, named.total);

    const Order anonymous = load(walkIn);
    QVERIFY(anonymous.customer.placeholder);
    QCOMPARE(anonymous.lines.size(), 1);
    QCOMPARE(anonymous.lines.constFirst().productId, m_fixture->productByItem.value(item));
}

void TestOrderDownload::stockCountedSalesMoveNoStock()
{
    const qint64 company = m_fixture->companyId;
    QVERIFY(m_fixture->query([company](Database &db) {
        auto checkpoint = OrderDownloadCheckpoint::load(db.connection(), company).value();
        checkpoint.stockFrom = QDateTime::currentDateTimeUtc().addDays(1);
        return checkpoint.save(db.connection(), company).ok();
    }));
    const qint64 item = m_fixture->productByItem.keys().at(2);
    const Decimal start = level(item, m_fixture->sellingWarehouseId);
    const qint64 saleId = m_fixture->ringUp({{item, 3}});
    const JobReport report = m_fixture->runJob(SyncJob::OrderDownload);
    QCOMPARE(report.counts.created, 1);
    QVERIFY(orderSaleIds(QStringLiteral("completed")).contains(saleId));
    QCOMPARE(level(item, m_fixture->sellingWarehouseId), start);
}

QTEST_GUILESS_MAIN(TestOrderDownload)
#include "tst_orderdownload.moc"
