// posbridge-bench-apibudget: what the sync jobs cost in Lightspeed's rate-limit budget.
// See bench/README.md for what each line measures.

#include "benchsupport.h"
#include "sandboxconnection.h"
#include "syncfixture.h"

#include "storage/stockledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace posbridge;
using namespace synctest;

namespace {

constexpr double UPLOAD_TARGET = 1.05;
constexpr double DOWNLOAD_TARGET = 1.5;

QJsonObject counters(SyncFixture &fixture)
{
    return fixture.sandbox().control("GET", QStringLiteral("/sandbox/counters")).object();
}

bool raiseStock(SyncFixture &fixture, const QList<qint64> &products)
{
    const qint64 company = fixture.companyId;
    const qint64 warehouse = fixture.sellingWarehouseId;
    return fixture.query([company, warehouse, products](Database &db) {
        StockLedger ledger(db.connection());
        for (qint64 product : products) {
            StockMove move;
            move.companyId = company;
            move.productId = product;
            move.warehouseId = warehouse;
            move.quantity = Decimal::fromInt(1);
            move.reason = StockMoveReason::Adjustment;
            if (!ledger.addMove(move))
                return false;
        }
        return true;
    });
}

int measureUpload(int items, int timeScale)
{
    SyncFixture fixture({QStringLiteral("--items"), QString::number(items + items / 10), QStringLiteral("--days"),
                         QStringLiteral("0"), QStringLiteral("--open-sales"), QStringLiteral("0"),
                         QStringLiteral("--time-scale"), QString::number(timeScale), QStringLiteral("--burst-limit"),
                         QStringLiteral("1000"), QStringLiteral("--token-lifetime"), QStringLiteral("3600000")});
    CompanySetup setup;
    setup.orderDownload = false;
    if (!fixture.start() || !fixture.createCompany(setup)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    // The first upload learns what Lightspeed holds; the measured one then has exactly N changes.
    if (fixture.runJob(SyncJob::InventoryUpload).result != RunResult::Succeeded)
        return 1;
    if (!raiseStock(fixture, fixture.productByItem.values().mid(0, items)))
        return 1;
    fixture.sandbox().control("POST", QStringLiteral("/sandbox/buckets/reset"));
    lightspeedtest::resetCounters(fixture.sandbox());

    QElapsedTimer timer;
    timer.start();
    const JobReport report = fixture.runJob(SyncJob::InventoryUpload);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QJsonObject bucket = lightspeedtest::bucketOf(fixture.sandbox());
    const QJsonObject limits = counters(fixture).value(QLatin1String("bucket")).toObject();
    const double drips = bucket.value(QLatin1String("totalDrips")).toDouble();
    const double size = limits.value(QLatin1String("size")).toDouble();
    const double rate = limits.value(QLatin1String("dripRatePerRealSecond")).toDouble();
    const double minimum = qMax(0.0, drips - size) / rate;
    std::printf("upload: %d items written, %.1f drips, bucket %.0f, %.0f drips/s (time scale %d), %d × 429\n",
                report.counts.updated, drips, size, rate, timeScale,
                lightspeedtest::rateLimitedCount(fixture.sandbox()));
    benchsupport::printRatio("upload time / leaky-bucket minimum", seconds / minimum, "",
                             seconds / minimum / UPLOAD_TARGET,
                             QStringLiteral("%1 s against %2 s; target at most %3")
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(minimum, 0, 'f', 2)
                                 .arg(UPLOAD_TARGET));

    lightspeedtest::resetCounters(fixture.sandbox());
    const JobReport idle = fixture.runJob(SyncJob::InventoryUpload);
    const int writes = lightspeedtest::routeRequests(fixture.sandbox(), QStringLiteral("item.update"));
    std::printf("%-44s %12d %-10s (%d requests in all; target: no write)\n", "no-change cycle: writes", writes, "",
                counters(fixture).value(QLatin1String("totalRequests")).toInt());
    return report.result == RunResult::Succeeded && idle.result == RunResult::Succeeded ? 0 : 1;
}

int measureDownload(int days, int salesPerDay, bool loadPayments)
{
    SyncFixture fixture({QStringLiteral("--items"), QStringLiteral("300"), QStringLiteral("--days"),
                         QString::number(days), QStringLiteral("--sales-per-day"), QString::number(salesPerDay),
                         QStringLiteral("--shops"), QStringLiteral("1"), QStringLiteral("--customers"),
                         QStringLiteral("300"), QStringLiteral("--time-scale"), QStringLiteral("50"),
                         QStringLiteral("--burst-limit"), QStringLiteral("1000"), QStringLiteral("--token-lifetime"),
                         QStringLiteral("3600000")});
    if (!fixture.start() || !fixture.createCompany()) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    lightspeedtest::resetCounters(fixture.sandbox());
    OrderDownloadOptions options = SyncFixture::allHistory();
    options.loadPayments = loadPayments;
    const JobReport report = fixture.runJob(SyncJob::OrderDownload, options);
    const double drips = lightspeedtest::bucketOf(fixture.sandbox()).value(QLatin1String("totalDrips")).toDouble();
    const int sales = report.counts.fetched;
    const double perHundred = drips / (sales / 100.0);
    std::printf("download (%s): %d sales read, %d orders, %.1f drips\n",
                loadPayments ? "lines and payments" : "lines only", sales, report.counts.created, drips);
    benchsupport::printRatio(loadPayments ? "sales download, lines and payments" : "sales download, lines only",
                             perHundred, "drips/100", perHundred / DOWNLOAD_TARGET,
                             QStringLiteral("target at most %1 drips per 100 sales").arg(DOWNLOAD_TARGET));
    return report.result == RunResult::Succeeded ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    benchsupport::useBuiltSandbox();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the rate-limit cost of inventory upload and order "
                                                    "download against posbridge-sandbox."));
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("changed items to upload (300)"),
                                         QStringLiteral("count"), QStringLiteral("300"));
    const QCommandLineOption scaleOption(QStringLiteral("time-scale"),
                                         QStringLiteral("sandbox time scale of the upload (20)"),
                                         QStringLiteral("factor"), QStringLiteral("20"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days of sales to download (20)"),
                                        QStringLiteral("days"), QStringLiteral("20"));
    const QCommandLineOption salesOption(QStringLiteral("sales-per-day"), QStringLiteral("sales per day (500)"),
                                         QStringLiteral("count"), QStringLiteral("500"));
    parser.addOptions({itemsOption, scaleOption, daysOption, salesOption});
    parser.process(app);

    int failures = measureUpload(parser.value(itemsOption).toInt(), parser.value(scaleOption).toInt());
    for (bool payments : {true, false})
        failures += measureDownload(parser.value(daysOption).toInt(), parser.value(salesOption).toInt(), payments);
    return failures == 0 ? 0 : 1;
}
