#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/listingrepository.h"
#include "storage/orderrepository.h"
#include "storage/postingrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockledger.h"
#include "storage/warehouserepository.h"
#include "sync/csvexportservice.h"
#include "sync/csvimportservice.h"
#include "sync/listingexport.h"
#include "sync/listingservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

namespace {

OrderLine line(qint64 saleLineId, qint64 itemId, qint64 productId, const char *quantity)
{
    OrderLine l;
    l.saleLineId = saleLineId;
    l.itemId = itemId;
    l.productId = productId;
    l.quantity = *Decimal::parse(QString::fromLatin1(quantity));
    l.unitPrice = Decimal::fromInt(4);
    l.total = l.unitPrice.multipliedBy(l.quantity);
    l.subtotal = l.total;
    l.description = u"Mystery item"_s;
    return l;
}

} // namespace

/** Resolving unknown items from the Orders page, and the listings export read back by the import. */
class TestListingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rematchBooksEveryLineOfItem();
    void rematchRejectsProductOfOtherCompany();
    void exportImportsBack();
    void stockExportImportsBack();

private:
    Product addProduct(qint64 companyId, const QString &sku, const QString &name, const char *price);
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<ListingService> m_service;
    qint64 m_company = 0;
    OrderBooking m_booking;
};

void TestListingService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"service.sqlite"_s)});
    QVERIFY(database.ok());
    m_database = *database;
    m_executor = std::make_shared<DatabaseExecutor>(m_database);
    m_service = std::make_unique<ListingService>(m_executor);
    QSqlDatabase db = m_database->connection();
    m_company = CompanyRepository(db).add(u"Acme"_s)->id;
    m_booking.sellingWarehouseId = WarehouseRepository(db).add(m_company, u"Store"_s)->id;
    m_booking.returnsWarehouseId = WarehouseRepository(db).add(m_company, u"Returns"_s)->id;
    IntegrationSettings settings;
    settings.companyId = m_company;
    settings.sellingWarehouseId = m_booking.sellingWarehouseId;
    settings.returnsWarehouseId = m_booking.returnsWarehouseId;
    QVERIFY(SettingsRepository(db).save(settings).ok());
}

void TestListingService::cleanup()
{
    m_service.reset();
    m_executor.reset();
    m_database.reset();
    m_dir.reset();
}

Product TestListingService::addProduct(qint64 companyId, const QString &sku, const QString &name, const char *price)
{
    Product product;
    product.companyId = companyId;
    product.sku = sku;
    product.name = name;
    product.price = *Decimal::parse(QString::fromLatin1(price));
    product.cost = Decimal::fromInt(1);
    product.upc = u"0012345678905"_s;
    const auto inserted = ProductRepository(m_database->connection()).insert(product);
    return inserted.ok() ? *inserted : Product{};
}

qint64 TestListingService::scalar(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestListingService::rematchBooksEveryLineOfItem()
{
    const Product product = addProduct(m_company, u"MYS-1"_s, u"Mystery"_s, "4");
    OrderRepository orders(m_database->connection());
    const auto sale = [this](qint64 saleId, QList<OrderLine> lines) {
        Order order;
        order.companyId = m_company;
        order.saleId = saleId;
        order.completedAt = QDateTime::fromSecsSinceEpoch(1'767'225'600 + saleId, Qt::UTC);
        order.lines = std::move(lines);
        return order;
    };
    // Item 77 is unknown on two sales (a sale and a return); item 88 stays unknown.
    QVERIFY(orders.importOrder(sale(1, {line(11, 77, 0, "2"), line(12, 88, 0, "1")}), m_booking).ok());
    QVERIFY(orders.importOrder(sale(2, {line(21, 77, 0, "-1")}), m_booking).ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM order_lines WHERE unmatched = 1"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves"_s), 0);

    QSignalSpy rematched(m_service.get(), &ListingService::itemRematched);
    const auto outcome = m_service->rematchItem(m_company, 77, product.id).result();
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome->linesMatched, 2);
    QTRY_COMPARE(rematched.count(), 1);

    QCOMPARE(scalar(u"SELECT COUNT(*) FROM order_lines WHERE unmatched = 1"_s), 1);
    QCOMPARE(scalar(u"SELECT item_id FROM order_lines WHERE unmatched = 1"_s), 88);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves"_s), 2);
    const auto store = StockLedger(m_database->connection()).quantity(product.id, m_booking.sellingWarehouseId);
    const auto returned = StockLedger(m_database->connection()).quantity(product.id, m_booking.returnsWarehouseId);
    QCOMPARE(*store, Decimal::fromInt(-2));
    QCOMPARE(*returned, Decimal::fromInt(1));
    QVERIFY(StockLedger(m_database->connection()).verify(m_company)->isEmpty());

    // Later sales of the item resolve through the listing.
    const auto links = ListingRepository(m_database->connection()).findByItemIds(m_company, {77});
    QVERIFY(links.ok());
    QCOMPARE(links->value(77).productId, product.id);

    // Resolving again finds nothing left to book.
    QCOMPARE(m_service->rematchItem(m_company, 77, product.id).result()->linesMatched, 0);
}

void TestListingService::rematchRejectsProductOfOtherCompany()
{
    const qint64 other = CompanyRepository(m_database->connection()).add(u"Other"_s)->id;
    const Product foreign = addProduct(other, u"F-1"_s, u"Foreign"_s, "1");
    const auto outcome = m_service->rematchItem(m_company, 77, foreign.id).result();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::NotFound);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings"_s), 0);
}

void TestListingService::exportImportsBack()
{
    addProduct(m_company, u"EXP-1"_s, u"Mug, \"large\""_s, "12.5");
    addProduct(m_company, u"EXP-2"_s, u"Bowl\nwith lid"_s, "3");
    const Product listed = addProduct(m_company, u"EXP-3"_s, u"Café crème"_s, "0.99");
    QVERIFY(PostingRepository(m_database->connection()).setEnabled(m_company, {listed.id}, true).ok());

    CsvExportService exports(m_executor);
    exports.registerKind(listingsExportKind());
    QVERIFY(exports.kind(QString::fromUtf16(LISTINGS_EXPORT_ID)).has_value());
    CsvExportRequest request;
    request.kind = QString::fromUtf16(LISTINGS_EXPORT_ID);
    request.companyId = m_company;
    request.format = CsvFormat::semicolon();
    request.filePath = m_dir->filePath(u"listings.csv"_s);
    const auto written = exports.start(request).future.result();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(*written, 3);

    // Spreadsheets read UTF-8 reliably when the file starts with a byte order mark.
    QFile file(request.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));

    // Imported into another company, the file gives the same products.
    const qint64 copy = CompanyRepository(m_database->connection()).add(u"Copy"_s)->id;
    CsvImportService imports(m_executor);
    const auto preview = imports.preview(request.filePath, ImportKind::Products).result();
    QVERIFY(preview.ok());
    QCOMPARE(preview->delimiter, QChar(u';'));
    CsvImportRequest importRequest;
    importRequest.companyId = copy;
    importRequest.filePath = request.filePath;
    importRequest.mapping = preview->suggestedMapping;
    const auto report = imports.start(importRequest).future.result();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->issues.isEmpty() ? QString() : report->issues[0].message));
    QCOMPARE(report->counts.created, 3);

    const auto original = ProductRepository(m_database->connection()).list(m_company, 0, 10);
    const auto imported = ProductRepository(m_database->connection()).list(copy, 0, 10);
    QVERIFY(original.ok() && imported.ok());
    QCOMPARE(imported->size(), original->size());
    for (qsizetype i = 0; i < original->size(); ++i) {
        Product expected = original->at(i);
        Product actual = imported->at(i);
        expected.id = actual.id = 0;
        expected.companyId = actual.companyId = 0;
        QCOMPARE(actual.sku, expected.sku);
        QCOMPARE(actual.name, expected.name);
        QCOMPARE(actual.price, expected.price);
        QCOMPARE(actual.cost, expected.cost);
        QCOMPARE(actual.upc, expected.upc);
        QVERIFY(actual == expected);
    }
}

void TestListingService::stockExportImportsBack()
{
    const Product mug = addProduct(m_company, u"MUG"_s, u"Mug"_s, "5");
    const Product cap = addProduct(m_company, u"CAP"_s, u"Cap"_s, "5");
    StockLedger ledger(m_database->connection());
    const auto set = [&](qint64 productId, qint64 warehouseId, const char *quantity) {
        return ledger
            .setQuantity(m_company, productId, warehouseId, *Decimal::parse(QString::fromLatin1(quantity)),
                         StockMoveReason::Adjustment, {})
            .ok();
    };
    QVERIFY(set(mug.id, m_booking.sellingWarehouseId, "12"));
    QVERIFY(set(mug.id, m_booking.returnsWarehouseId, "1.5"));
    QVERIFY(set(cap.id, m_booking.sellingWarehouseId, "3"));

    CsvExportService exports(m_executor);
    exports.registerKind(stockLevelsExportKind());
    CsvExportRequest request;
    request.kind = QString::fromUtf16(STOCK_LEVELS_EXPORT_ID);
    request.companyId = m_company;
    request.filePath = m_dir->filePath(u"stock.csv"_s);
    const auto written = exports.start(request).future.result();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(*written, 3);

    // The levels drift; importing the exported file sets them back, one Import move per change.
    QVERIFY(set(mug.id, m_booking.sellingWarehouseId, "2"));
    QVERIFY(set(cap.id, m_booking.sellingWarehouseId, "0"));
    const qint64 movesBefore = scalar(u"SELECT COUNT(*) FROM stock_moves"_s);
    CsvImportService imports(m_executor);
    const auto preview = imports.preview(request.filePath, ImportKind::Stock).result();
    QVERIFY(preview.ok());
    CsvImportRequest importRequest;
    importRequest.kind = ImportKind::Stock;
    importRequest.companyId = m_company;
    importRequest.filePath = request.filePath;
    importRequest.mapping = preview->suggestedMapping;
    const auto report = imports.start(importRequest).future.result();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->issues.isEmpty() ? QString() : report->issues[0].message));
    QCOMPARE(report->counts.updated, 2);
    QCOMPARE(report->counts.unchanged, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves"_s), movesBefore + 2);
    const auto restored = ledger.quantity(mug.id, m_booking.sellingWarehouseId);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(*restored, Decimal::fromInt(12));
    QCOMPARE(*ledger.quantity(cap.id, m_booking.sellingWarehouseId), Decimal::fromInt(3));
    QCOMPARE(*ledger.quantity(mug.id, m_booking.returnsWarehouseId), *Decimal::parse(u"1.5"));
}

QTEST_GUILESS_MAIN(TestListingService)
#include "tst_listingservice.moc"
