#include "backofficeseed.h"
#include "csvtestreader.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/orderrepository.h"
#include "storage/synchistoryrepository.h"
#include "sync/csvexportkinds.h"
#include "sync/csvexportservice.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Waits for the export and returns its result. */
Result<qint64> finish(const CsvExportHandle &handle)
{
    QFuture<Result<qint64>> future = handle.future;
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ordersOfAllCompaniesRoundTrip();
    void orderLinesFlagUnknownItems();
    void returnsNameTheirWarehouse();
    void periodLimitsRows();
    void runsAndEventsRoundTrip();
    void cancelledExportKeepsOldFile();
    void registeredKindIsOffered();
    void invalidRequestsFail();
    void missingFolderIsCreated();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    CsvExportRequest request(const QString &kind, const QString &fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<CsvExportService> m_exports;
    SeededCompany m_acme;
    SeededCompany m_globex;
    QDateTime m_start;
};

void TestCsvExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("export.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
    m_executor = std::make_shared<DatabaseExecutor>(m_db);
    m_exports = std::make_unique<CsvExportService>(m_executor);

    QSqlDatabase c = m_db->connection();
    m_acme = seedCompany(c, QStringLiteral("Acme; \"Main\""));
    m_globex = seedCompany(c, QStringLiteral("Globex"));
    m_start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

    Order first = sale(m_acme.id, 101, m_start,
                       {saleLine(1, 900, m_acme.productId, QStringLiteral("2"), QStringLiteral("12.5"),
                                 QStringLiteral("Mug, \"large\"\nblue")),
                        saleLine(2, 4242, 0, QStringLiteral("1"), QStringLiteral("3.25"), QStringLiteral("=cmd()"))});
    first.customer.lightspeedCustomerId = 55;
    first.customer.firstName = QStringLiteral("Zoë");
    first.customer.lastName = QStringLiteral("Ünal");
    importSale(c, first, m_acme.booking);
    importSale(c,
               sale(m_acme.id, 102, m_start.addDays(1),
                    {saleLine(1, 900, m_acme.productId, QStringLiteral("-1"), QStringLiteral("12.5"))}),
               m_acme.booking);
    importSale(c,
               sale(m_acme.id, 103, m_start.addDays(2),
                    {saleLine(1, 900, m_acme.productId, QStringLiteral("1"), QStringLiteral("12.5"))}),
               m_acme.booking);
    QVERIFY(*OrderRepository(c).cancelOrder(m_acme.id, 103, m_start.addDays(3)));
    importSale(c,
               sale(m_globex.id, 201, m_start,
                    {saleLine(1, 800, m_globex.productId, QStringLiteral("3"), QStringLiteral("1"))}),
               m_globex.booking);
}

void TestCsvExport::cleanup()
{
    m_exports.reset();
    m_executor.reset();
    m_db.reset();
    m_dir.reset();
}

CsvExportRequest TestCsvExport::request(const QString &kind, const QString &fileName) const
{
    CsvExportRequest request;
    request.kind = kind;
    request.filePath = path(fileName);
    return request;
}

void TestCsvExport::ordersOfAllCompaniesRoundTrip()
{
    CsvExportRequest orders = request(QString::fromUtf16(csvexportids::ORDERS), QStringLiteral("orders.csv"));
    orders.format = CsvFormat::semicolon();
    const auto rows = finish(m_exports->start(orders));
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toLogString()));
    QCOMPARE(*rows, 4);

    const auto csv = parseCsv(readFile(orders.filePath), u';');
    QVERIFY(csv.has_value());
    QVERIFY(csv->hadByteOrderMark);
    QCOMPARE(csv->rows.size(), 5);
    const QStringList header = csv->rows[0];
    QCOMPARE(header.first(), QStringLiteral("Company"));
    for (const QStringList &row : csv->rows)
        QCOMPARE(row.size(), header.size());

    // Companies by name, then newest order first.
    QCOMPARE(csv->rows[1][0], QStringLiteral("Acme; \"Main\""));
    QCOMPARE(csv->rows[1][1], QStringLiteral("103"));
    QCOMPARE(csv->rows[1][header.indexOf(QStringLiteral("Status"))], QStringLiteral("Cancelled"));
    QVERIFY(!csv->rows[1][header.indexOf(QStringLiteral("Cancelled"))].isEmpty());
    const QStringList &oldest = csv->rows[3];
    QCOMPARE(oldest[1], QStringLiteral("101"));
    QCOMPARE(oldest[header.indexOf(QStringLiteral("Ticket number"))], QStringLiteral("T101"));
    QCOMPARE(oldest[header.indexOf(QStringLiteral("Customer"))], QStringLiteral("Zoë Ünal"));
    QCOMPARE(oldest[header.indexOf(QStringLiteral("Total"))], QStringLiteral("28,25"));
    QCOMPARE(oldest[header.indexOf(QStringLiteral("Unknown items"))], QStringLiteral("yes"));
    QCOMPARE(oldest[header.indexOf(QStringLiteral("Completed"))], CsvWriter::dateTime(m_start));
    QCOMPARE(csv->rows[4][0], QStringLiteral("Globex"));
    QCOMPARE(csv->rows[4][1], QStringLiteral("201"));
}

void TestCsvExport::orderLinesFlagUnknownItems()
{
    CsvExportRequest lines = request(QString::fromUtf16(csvexportids::ORDER_LINES), QStringLiteral("lines.csv"));
    lines.companyId = m_acme.id;
    const auto rows = finish(m_exports->start(lines));
    QVERIFY(rows.ok());
    QCOMPARE(*rows, 4);

    const auto csv = parseCsv(readFile(lines.filePath));
    QVERIFY(csv.has_value());
    QCOMPARE(csv->rows.size(), 5);
    const QStringList header = csv->rows[0];
    const QStringList &matched = csv->rows[3];
    const QStringList &unknown = csv->rows[4];
    QCOMPARE(matched[header.indexOf(QStringLiteral("Description"))], QStringLiteral("Mug, \"large\"\nblue"));
    QCOMPARE(matched[header.indexOf(QStringLiteral("Product SKU"))], QStringLiteral("MUG-1"));
    QCOMPARE(matched[header.indexOf(QStringLiteral("Unit price"))], QStringLiteral("12.5"));
    QCOMPARE(unknown[header.indexOf(QStringLiteral("Unknown item"))], QStringLiteral("yes"));
    QCOMPARE(unknown[header.indexOf(QStringLiteral("Item ID"))], QStringLiteral("4242"));
    QCOMPARE(unknown[header.indexOf(QStringLiteral("Description"))], QStringLiteral("'=cmd()"));
    QCOMPARE(csv->rows[2][header.indexOf(QStringLiteral("Quantity"))], QStringLiteral("-1"));
}

void TestCsvExport::returnsNameTheirWarehouse()
{
    CsvExportRequest returns = request(QString::fromUtf16(csvexportids::RETURNS), QStringLiteral("returns.csv"));
    const auto rows = finish(m_exports->start(returns));
    QVERIFY(rows.ok());
    QCOMPARE(*rows, 1);

    const auto csv = parseCsv(readFile(returns.filePath));
    QVERIFY(csv.has_value());
    const QStringList header = csv->rows[0];
    const QStringList &row = csv->rows[1];
    QCOMPARE(row[header.indexOf(QStringLiteral("Sale ID"))], QStringLiteral("102"));
    QCOMPARE(row[header.indexOf(QStringLiteral("Warehouse"))], QStringLiteral("Returns"));
    QCOMPARE(row[header.indexOf(QStringLiteral("Quantity"))], QStringLiteral("1"));
    QCOMPARE(row[header.indexOf(QStringLiteral("Amount"))], QStringLiteral("12.5"));
    QCOMPARE(row[header.indexOf(QStringLiteral("Cancelled"))], QStringLiteral("no"));
}

void TestCsvExport::periodLimitsRows()
{
    CsvExportRequest orders = request(QString::fromUtf16(csvexportids::ORDERS), QStringLiteral("period.csv"));
    orders.companyId = m_acme.id;
    orders.from = m_start.addSecs(1);
    orders.before = m_start.addDays(2);
    const auto rows = finish(m_exports->start(orders));
    QVERIFY(rows.ok());
    QCOMPARE(*rows, 1);
    const auto csv = parseCsv(readFile(orders.filePath));
    QVERIFY(csv.has_value());
    QCOMPARE(csv->rows.size(), 2);
    QCOMPARE(csv->rows[1][1], QStringLiteral("102"));
}

void TestCsvExport::runsAndEventsRoundTrip()
{
    ManualClock clock(m_start);
    SyncHistoryRepository history(m_db->connection(), clock);
    const auto upload = history.startRun(m_acme.id, SyncJob::InventoryUpload, RunTrigger::Manual);
    SyncEvent rejected;
    rejected.level = EventLevel::Error;
    rejected.entity = QStringLiteral("itemShop");
    rejected.lightspeedId = QStringLiteral("900");
    rejected.httpStatus = 422;
    rejected.message = QStringLiteral("Rejected: \"qoh\" must be ≥ 0;\r\nsee the item");
    QVERIFY(history.addEvents(*upload, {rejected, SyncEvent{}}).ok());
    clock.advanceMs(2500);
    QVERIFY(history
                .finishRun(*upload, RunResult::Partial, RunCounts{2, 0, 1, 0, 1}, *Decimal::parse(u"3.5"),
                           QStringLiteral("1 item failed"))
                .ok());
    const auto download = history.startRun(m_acme.id, SyncJob::OrderDownload, RunTrigger::Schedule);
    QVERIFY(history.finishRun(*download, RunResult::Succeeded, {}, {}, {}).ok());

    CsvExportRequest runs = request(QString::fromUtf16(csvexportids::SYNC_RUNS), QStringLiteral("runs.csv"));
    runs.options.insert(QString::fromLatin1(CsvExportRequest::JOB_OPTION), syncJobKey(SyncJob::InventoryUpload));
    QCOMPARE(*finish(m_exports->start(runs)), 1);
    auto csv = parseCsv(readFile(runs.filePath));
    QVERIFY(csv.has_value());
    QCOMPARE(csv->rows.size(), 2);
    QStringList header = csv->rows[0];
    const QStringList &run = csv->rows[1];
    QCOMPARE(run[header.indexOf(QStringLiteral("Job"))], QStringLiteral("Inventory upload"));
    QCOMPARE(run[header.indexOf(QStringLiteral("Result"))], QStringLiteral("Partial"));
    QCOMPARE(run[header.indexOf(QStringLiteral("Duration (s)"))], QStringLiteral("2.500"));
    QCOMPARE(run[header.indexOf(QStringLiteral("Drips used"))], QStringLiteral("3.5"));
    QCOMPARE(run[header.indexOf(QStringLiteral("Failed"))], QStringLiteral("1"));
    QCOMPARE(run[header.indexOf(QStringLiteral("Run ID"))], QString::number(*upload));

    CsvExportRequest events = request(QString::fromUtf16(csvexportids::SYNC_EVENTS), QStringLiteral("events.csv"));
    events.options.insert(QString::fromLatin1(CsvExportRequest::RUN_OPTION), *upload);
    QCOMPARE(*finish(m_exports->start(events)), 2);
    csv = parseCsv(readFile(events.filePath));
    QVERIFY(csv.has_value());
    header = csv->rows[0];
    QCOMPARE(csv->rows[1][header.indexOf(QStringLiteral("Message"))], rejected.message);
    QCOMPARE(csv->rows[1][header.indexOf(QStringLiteral("HTTP status"))], QStringLiteral("422"));
    QCOMPARE(csv->rows[1][header.indexOf(QStringLiteral("Level"))], QStringLiteral("Error"));
    QCOMPARE(csv->rows[2][header.indexOf(QStringLiteral("HTTP status"))], QString());
}

void TestCsvExport::cancelledExportKeepsOldFile()
{
    // An export kind that writes rows until it is told to stop, so cancelling is not a race.
    auto started = std::make_shared<QSemaphore>();
    CsvExportKind endless;
    endless.id = QStringLiteral("endless");
    endless.title = QStringLiteral("Endless");
    endless.fileName = QStringLiteral("endless.csv");
    endless.header = {QStringLiteral("n")};
    endless.count = [](QSqlDatabase, const CsvExportRequest &) { return Result<qint64>(1'000'000); };
    endless.write = [started](QSqlDatabase, const CsvExportRequest &, CsvWriter &writer,
                              const std::function<bool()> &rowWritten) -> VoidResult {
        for (qint64 n = 0;; ++n) {
            writer.writeRow({QString::number(n)});
            if (n == 1000)
                started->release();
            if (!rowWritten())
                return {};
        }
    };
    m_exports->registerKind(endless);

    const QString target = path(QStringLiteral("existing.csv"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\r\n");
    existing.close();

    CsvExportRequest request = this->request(QStringLiteral("endless"), QStringLiteral("existing.csv"));
    const CsvExportHandle handle = m_exports->start(request);
    QVERIFY(started->tryAcquire(1, 10'000));
    handle.cancel();
    const auto result = finish(handle);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(readFile(target), QByteArray("keep me\r\n"));
    QVERIFY(handle.future.progressValue() > 0);
    QCOMPARE(handle.future.progressMaximum(), 1'000'000);
}

void TestCsvExport::registeredKindIsOffered()
{
    const QStringList builtin{QString::fromUtf16(csvexportids::ORDERS), QString::fromUtf16(csvexportids::ORDER_LINES),
                              QString::fromUtf16(csvexportids::RETURNS), QString::fromUtf16(csvexportids::SYNC_RUNS),
                              QString::fromUtf16(csvexportids::SYNC_EVENTS)};
    QStringList ids;
    for (const CsvExportKind &kind : m_exports->kinds())
        ids << kind.id;
    QCOMPARE(ids, builtin);

    CsvExportKind listings;
    listings.id = QStringLiteral("listings");
    listings.title = QStringLiteral("Listings");
    listings.header = {QStringLiteral("SKU")};
    listings.count = [](QSqlDatabase, const CsvExportRequest &) { return Result<qint64>(1); };
    listings.write = [](QSqlDatabase, const CsvExportRequest &, CsvWriter &writer,
                        const std::function<bool()> &rowWritten) -> VoidResult {
        writer.writeRow({QStringLiteral("MUG-1")});
        rowWritten();
        return {};
    };
    m_exports->registerKind(listings);
    QCOMPARE(m_exports->kinds().size(), builtin.size() + 1);
    QVERIFY(m_exports->kind(QStringLiteral("listings")).has_value());

    const CsvExportRequest request = this->request(QStringLiteral("listings"), QStringLiteral("listings.csv"));
    QCOMPARE(*finish(m_exports->start(request)), 1);
    QCOMPARE(parseCsv(readFile(request.filePath))->rows,
             (QList<QStringList>{{QStringLiteral("SKU")}, {QStringLiteral("MUG-1")}}));
}

void TestCsvExport::invalidRequestsFail()
{
    const auto unknown = finish(m_exports->start(request(QStringLiteral("nothing"), QStringLiteral("x.csv"))));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);

    CsvExportRequest noFile = request(QString::fromUtf16(csvexportids::ORDERS), QString());
    noFile.filePath.clear();
    QVERIFY(!finish(m_exports->start(noFile)).ok());

    // A folder that cannot exist: its parent is a file.
    QFile blocker(path(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CsvExportRequest badFolder = request(QString::fromUtf16(csvexportids::ORDERS), QStringLiteral("x.csv"));
    badFolder.filePath = path(QStringLiteral("not-a-folder/orders.csv"));
    const auto failed = finish(m_exports->start(badFolder));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(path(QStringLiteral("not-a-folder"))), qPrintable(failed.error().message));
}

void TestCsvExport::missingFolderIsCreated()
{
    CsvExportRequest nested = request(QString::fromUtf16(csvexportids::ORDERS), QStringLiteral("x.csv"));
    nested.filePath = path(QStringLiteral("Documents/exports/orders.csv"));
    const auto written = finish(m_exports->start(nested));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QVERIFY(QFileInfo::exists(nested.filePath));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
