#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/listingrepository.h"
#include "storage/postingrepository.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/warehouserepository.h"
#include "sync/csvimportservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace posbridge;
using namespace Qt::StringLiterals;

/** CSV import of products and stock through CsvImportService, on real SQLite files. */
class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsGoodProductFile();
    void updatesOnlyGivenFields();
    void invalidRowsBlockWholeFile();
    void importsValidRowsWhenAsked();
    void rejectsLatin1File();
    void rejectsMissingRequiredColumn();
    void importsQuotedNewlinesAndSemicolons();
    void setsStockThroughLedger();
    void marksChangedListingsPendingUpdate();
    void failureMidImportLeavesNothing();
    void cancelLeavesNothing();
    void importsHundredThousandRows();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    Result<CsvImportReport> runImport(ImportKind kind, const QString &path, bool validRowsOnly = false);
    qint64 scalar(const QString &sql);
    static QByteArray generatedProducts(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<CsvImportService> m_service;
    qint64 m_company = 0;
    qint64 m_main = 0;
    qint64 m_returns = 0;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"import.sqlite"_s)});
    QVERIFY(database.ok());
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_service = std::make_unique<CsvImportService>(m_executor);
    QSqlDatabase db = (*database)->connection();
    auto company = CompanyRepository(db).add(u"Acme"_s);
    QVERIFY(company.ok());
    m_company = company->id;
    m_main = WarehouseRepository(db).add(m_company, u"Main Store"_s)->id;
    m_returns = WarehouseRepository(db).add(m_company, u"Returns"_s)->id;
}

void TestCsvImport::cleanup()
{
    m_service.reset();
    m_executor.reset();
    m_dir.reset();
}

QString TestCsvImport::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<CsvImportReport> TestCsvImport::runImport(ImportKind kind, const QString &path, bool validRowsOnly)
{
    const auto preview = m_service->preview(path, kind).result();
    if (!preview)
        return preview.error();
    CsvImportRequest request;
    request.kind = kind;
    request.companyId = m_company;
    request.filePath = path;
    request.mapping = preview->suggestedMapping;
    request.validRowsOnly = validRowsOnly;
    return m_service->start(request).future.result();
}

qint64 TestCsvImport::scalar(const QString &sql)
{
    return m_executor
        ->run([sql](Database &db) {
            QSqlQuery query(db.connection());
            return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
        })
        .result();
}

QByteArray TestCsvImport::generatedProducts(int rows)
{
    QByteArray data("SKU,Name,UPC,Price,Cost\r\n");
    data.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        data += "P" + QByteArray::number(100000 + i) + ",\"Product " + QByteArray::number(i) + ", blue\"," +
                QByteArray::number(400000000000LL + i) + "," + QByteArray::number(i % 100) + ".99," +
                QByteArray::number(i % 50) + ".5\r\n";
    }
    return data;
}

void TestCsvImport::importsGoodProductFile()
{
    const QString path = writeFile(u"products.csv"_s, "\xEF\xBB\xBFSKU,Name,UPC,EAN,Manufacturer SKU,Price,Cost\n"
                                                      "MUG-01,Mug,012345678905,,ACM-1,12.50,4\n"
                                                      "CAP-02,Cap,,4006381333931,,20,7.25\n");
    QSignalSpy imported(m_service.get(), &CsvImportService::imported);
    const auto report = runImport(ImportKind::Products, path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->written);
    QCOMPARE(report->counts.created, 2);
    QVERIFY(report->issues.isEmpty());
    QTRY_COMPARE(imported.count(), 1);

    const auto mug =
        m_executor
            ->run([this](Database &db) { return ProductRepository(db.connection()).findBySku(m_company, u"mug-01"_s); })
            .result();
    QVERIFY(mug.ok() && mug->has_value());
    QCOMPARE((*mug)->name, u"Mug"_s);
    QCOMPARE((*mug)->upc, u"012345678905"_s);
    QCOMPARE((*mug)->manufacturerSku, u"ACM-1"_s);
    QCOMPARE((*mug)->price, *Decimal::parse(u"12.5"));
    QCOMPARE((*mug)->cost, Decimal::fromInt(4));
}

void TestCsvImport::updatesOnlyGivenFields()
{
    QVERIFY(runImport(ImportKind::Products, writeFile(u"a.csv"_s, "SKU,Name,Price,Cost\nMUG-01,Mug,10,3\n")).ok());
    const auto report = runImport(ImportKind::Products, writeFile(u"b.csv"_s, "sku;prix\nmug-01;11,5\n"));
    QVERIFY(report.ok());
    QCOMPARE(report->counts.updated, 1);
    QCOMPARE(report->counts.created, 0);
    QCOMPARE(scalar(u"SELECT price FROM products"_s), Decimal::parse(u"11.5")->units());
    QCOMPARE(scalar(u"SELECT cost FROM products"_s), Decimal::fromInt(3).units());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products WHERE name = 'Mug'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products WHERE sku = 'MUG-01'"_s), 1);

    const auto again = runImport(ImportKind::Products, writeFile(u"c.csv"_s, "sku;prix\nmug-01;11,5\n"));
    QVERIFY(again.ok());
    QCOMPARE(again->counts.unchanged, 1);
}

void TestCsvImport::invalidRowsBlockWholeFile()
{
    const QString path = writeFile(u"bad.csv"_s, "SKU,Name,Price\n"
                                                 "A-1,Good,1\n"
                                                 "A-2,Bad price,1.2.3\n"
                                                 "A-3,,2\n"
                                                 "a-1,Duplicate,3\n");
    const auto report = runImport(ImportKind::Products, path);
    QVERIFY(report.ok());
    QVERIFY(!report->written);
    QCOMPARE(report->rowCount, 4);
    QCOMPARE(report->validRowCount, 0);
    QList<int> lines;
    for (const ImportIssue &issue : report->issues)
        lines << issue.line;
    QVERIFY(lines.contains(2));
    QVERIFY(lines.contains(3));
    QVERIFY(lines.contains(4));
    QVERIFY(lines.contains(5));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 0);
}

void TestCsvImport::importsValidRowsWhenAsked()
{
    const QString path = writeFile(u"mixed.csv"_s, "SKU,Name,Price\nA-1,Good,1\nA-2,Bad,abc\nA-3,Also good,2\n");
    const auto report = runImport(ImportKind::Products, path, true);
    QVERIFY(report.ok());
    QVERIFY(report->written);
    QCOMPARE(report->counts.created, 2);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().line, 3);
    QCOMPARE(report->issues.constFirst().column, u"Price"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 2);
}

void TestCsvImport::rejectsLatin1File()
{
    const QString path = writeFile(u"latin1.csv"_s, "SKU,Name\nA-1,Mug\nA-2,Caf\xE9\n");
    const auto preview = m_service->preview(path, ImportKind::Products).result();
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().message.contains(u"Line 3"_s), qPrintable(preview.error().message));
    QVERIFY(preview.error().message.contains(u"UTF-8"_s));

    CsvImportRequest request;
    request.companyId = m_company;
    request.filePath = path;
    request.mapping = {{ImportField::Sku, 0}, {ImportField::Name, 1}};
    QVERIFY(!m_service->start(request).future.result().ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 0);
}

void TestCsvImport::rejectsMissingRequiredColumn()
{
    const QString path = writeFile(u"nosku.csv"_s, "Name,Price\nMug,1\n");
    const auto report = runImport(ImportKind::Products, path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    QVERIFY(report.error().message.contains(u"SKU"_s));

    const auto stock = runImport(ImportKind::Stock, writeFile(u"nowarehouse.csv"_s, "SKU,Qty\nA,1\n"));
    QVERIFY(!stock.ok());
    QVERIFY(stock.error().message.contains(u"Warehouse"_s));
}

void TestCsvImport::importsQuotedNewlinesAndSemicolons()
{
    const QString path = writeFile(u"quoted.csv"_s, "Référence;Désignation;Prix\r\n"
                                                    "B-1;\"Bol; grand\r\nmodèle \"\"XL\"\"\";3,20\r\n"
                                                    "B-2;Tasse;1\r\n");
    const auto report = runImport(ImportKind::Products, path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->issues.isEmpty() ? QString() : report->issues[0].message));
    QCOMPARE(report->counts.created, 2);
    const QString name = m_executor
                             ->run([](Database &db) {
                                 QSqlQuery query(db.connection());
                                 query.exec(u"SELECT name FROM products WHERE sku = 'B-1'"_s);
                                 return query.next() ? query.value(0).toString() : QString();
                             })
                             .result();
    QCOMPARE(name, u"Bol; grand\r\nmodèle \"XL\""_s);
    QCOMPARE(scalar(u"SELECT price FROM products WHERE sku = 'B-1'"_s), Decimal::parse(u"3.2")->units());
}

void TestCsvImport::setsStockThroughLedger()
{
    QVERIFY(runImport(ImportKind::Products, writeFile(u"p.csv"_s, "SKU,Name\nA-1,Mug\nA-2,Cap\n"))->written);
    const auto first = runImport(ImportKind::Stock, writeFile(u"s1.csv"_s, "SKU,Warehouse,Quantity\n"
                                                                           "A-1,Main Store,10\n"
                                                                           "A-2,main store,4\n"
                                                                           "A-1,Returns,1\n"));
    QVERIFY(first.ok() && first->written);
    QCOMPARE(first->counts.updated, 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves WHERE reason = 'import'"_s), 3);

    const auto second = runImport(ImportKind::Stock, writeFile(u"s2.csv"_s, "SKU,Warehouse,Quantity\n"
                                                                            "A-1,Main Store,7\n"
                                                                            "A-2,Main Store,4\n"));
    QVERIFY(second.ok() && second->written);
    QCOMPARE(second->counts.updated, 1);
    QCOMPARE(second->counts.unchanged, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves"_s), 4);
    QCOMPARE(scalar(u"SELECT quantity FROM stock_moves ORDER BY id DESC LIMIT 1"_s), Decimal::fromInt(-3).units());

    const auto mismatches =
        m_executor->run([this](Database &db) { return StockLedger(db.connection()).verify(m_company); }).result();
    QVERIFY(mismatches.ok());
    QVERIFY(mismatches->isEmpty());
    const qint64 productId = scalar(u"SELECT id FROM products WHERE sku = 'A-1'"_s);
    QCOMPARE(
        scalar(u"SELECT quantity FROM stock_levels WHERE product_id = %1 AND warehouse_id = %2"_s.arg(productId).arg(
            m_main)),
        Decimal::fromInt(7).units());
}

void TestCsvImport::marksChangedListingsPendingUpdate()
{
    QVERIFY(runImport(ImportKind::Products, writeFile(u"p.csv"_s, "SKU,Name,Price\nA-1,Mug,5\nA-2,Cap,6\n"))->written);
    const qint64 productId = scalar(u"SELECT id FROM products WHERE sku = 'A-1'"_s);
    const qint64 otherId = scalar(u"SELECT id FROM products WHERE sku = 'A-2'"_s);
    const bool linked = m_executor
                            ->run([this, productId, otherId](Database &db) {
                                PostingRepository listings(db.connection());
                                if (!listings.setEnabled(m_company, {productId, otherId}, true))
                                    return false;
                                PostedItem item;
                                item.itemId = 77;
                                item.description = u"Mug"_s;
                                item.defaultPrice = Decimal::fromInt(5);
                                PostedItem other = item;
                                other.itemId = 78;
                                other.description = u"Cap"_s;
                                other.defaultPrice = Decimal::fromInt(6);
                                const auto a = ListingRepository(db.connection()).findByProduct(productId);
                                const auto b = ListingRepository(db.connection()).findByProduct(otherId);
                                return listings.recordLinked((*a)->id, item, ItemOrigin::Linked).ok() &&
                                       listings.recordLinked((*b)->id, other, ItemOrigin::Created).ok();
                            })
                            .result();
    QVERIFY(linked);

    QVERIFY(runImport(ImportKind::Products, writeFile(u"q.csv"_s, "SKU,Price\nA-1,5.5\nA-2,6\n"))->written);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE state = 'pending_update'"_s), 1);
    QCOMPARE(scalar(u"SELECT product_id FROM listings WHERE state = 'pending_update'"_s), productId);
}

void TestCsvImport::failureMidImportLeavesNothing()
{
    QVERIFY(runImport(ImportKind::Products, writeFile(u"first.csv"_s, "SKU,Name\nKEEP-1,Kept\n"))->written);
    const qint64 productsBefore = scalar(u"SELECT COUNT(*) FROM products"_s);
    // The database refuses one row deep inside the file, after thousands were written.
    const bool triggered = m_executor
                               ->run([](Database &db) {
                                   QSqlQuery query(db.connection());
                                   return query.exec(u"CREATE TRIGGER refuse_one BEFORE INSERT ON products WHEN "
                                                     "NEW.sku = 'P107000' BEGIN SELECT RAISE(ABORT, 'refused "
                                                     "by the test'); END"_s);
                               })
                               .result();
    QVERIFY(triggered);

    const auto report = runImport(ImportKind::Products, writeFile(u"big.csv"_s, generatedProducts(10000)));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Database);
    QVERIFY(report.error().message.contains(u"P107000"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), productsBefore);
}

void TestCsvImport::cancelLeavesNothing()
{
    const QString path = writeFile(u"cancel.csv"_s, generatedProducts(60000));
    const auto preview = m_service->preview(path, ImportKind::Products).result();
    QVERIFY(preview.ok());
    CsvImportRequest request;
    request.companyId = m_company;
    request.filePath = path;
    request.mapping = preview->suggestedMapping;
    const CsvImportHandle handle = m_service->start(request);

    // Cancel once rows are being written, so that some of them are in the open transaction.
    bool cancelled = false;
    QElapsedTimer timer;
    timer.start();
    while (!handle.future.isFinished() && timer.elapsed() < 60000) {
        if (handle.future.progressText().contains(u"Writing"_s) && handle.future.progressValue() > 0) {
            handle.cancel();
            cancelled = true;
            break;
        }
        QThread::usleep(200);
    }
    QVERIFY(cancelled);
    const auto report = handle.future.result();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 0);
}

void TestCsvImport::importsHundredThousandRows()
{
    constexpr int ROWS = 100000;
    const QString products = writeFile(u"many.csv"_s, generatedProducts(ROWS));
    QElapsedTimer timer;
    timer.start();
    const auto report = runImport(ImportKind::Products, products);
    const qint64 productMs = timer.elapsed();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->counts.created, ROWS);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), ROWS);

    QByteArray stock("SKU,Warehouse,Qty\n");
    for (int i = 0; i < ROWS; ++i)
        stock += "P" + QByteArray::number(100000 + i) + ",Main Store," + QByteArray::number(i % 37) + "\n";
    timer.restart();
    const auto stockReport = runImport(ImportKind::Stock, writeFile(u"stock.csv"_s, stock));
    const qint64 stockMs = timer.elapsed();
    QVERIFY(stockReport.ok() && stockReport->written);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves"_s), ROWS - (ROWS + 36) / 37);
    qInfo("100,000 products in %lld ms, 100,000 stock rows in %lld ms", productMs, stockMs);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
