// posbridge-bench-memory: peak memory of this process while the order download imports
// 100,000 sales from the sandbox. See bench/README.md.

#include "benchsupport.h"
#include "sandboxconnection.h"
#include "syncfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

using namespace posbridge;
using namespace synctest;

namespace {

constexpr double PEAK_TARGET_MB = 150;

double peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/** CPU time of this process alone, without the sandbox's, in seconds. */
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    benchsupport::useBuiltSandbox();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures peak memory while 100,000 orders download."));
    parser.addHelpOption();
    const QCommandLineOption salesOption(QStringLiteral("sales"), QStringLiteral("sales to download (100000)"),
                                         QStringLiteral("count"), QStringLiteral("100000"));
    parser.addOption(salesOption);
    parser.process(app);
    const int sales = parser.value(salesOption).toInt();
    const int days = 50;

    SyncFixture fixture({QStringLiteral("--items"),          QStringLiteral("1000"),
                         QStringLiteral("--days"),           QString::number(days),
                         QStringLiteral("--sales-per-day"),  QString::number(sales / days),
                         QStringLiteral("--shops"),          QStringLiteral("1"),
                         QStringLiteral("--customers"),      QStringLiteral("2000"),
                         QStringLiteral("--return-share"),   QStringLiteral("0"),
                         QStringLiteral("--void-share"),     QStringLiteral("0"),
                         QStringLiteral("--time-scale"),     QStringLiteral("200"),
                         QStringLiteral("--burst-limit"),    QStringLiteral("2000"),
                         QStringLiteral("--token-lifetime"), QStringLiteral("9000000")});
    if (!fixture.start() || !fixture.createCompany()) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    const double before = peakResidentMb();
    lightspeedtest::resetCounters(fixture.sandbox());
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const JobReport report = fixture.runJob(SyncJob::OrderDownload);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double peak = peakResidentMb();
    const double drips = lightspeedtest::bucketOf(fixture.sandbox()).value(QLatin1String("totalDrips")).toDouble();

    std::printf("downloaded %d sales into %d orders in %.1f s (%.0f orders/s, sandbox at time scale 200); %.1f drips "
                "= %.2f per 100 sales\n",
                report.counts.fetched, report.counts.created, seconds, report.counts.created / seconds, drips,
                drips / (report.counts.fetched / 100.0));
    std::printf("CPU time of POS Bridge's side: %.1f s (%.0f µs per order); the rest of the wall time is the "
                "sandbox answering\n",
                cpu, cpu * 1e6 / qMax(1, report.counts.created));
    std::printf("peak resident memory before the download: %.1f MB\n", before);
    benchsupport::printRatio("peak memory with 100,000 orders", peak, "MB", peak / PEAK_TARGET_MB,
                             QStringLiteral("target under %1 MB").arg(PEAK_TARGET_MB));
    return report.result == RunResult::Succeeded ? 0 : 1;
}
