// posbridge-bench-freshness: how soon a sale at the till is an order at the default polling
// interval, and what idle polling costs. See bench/README.md.

#include "benchsupport.h"
#include "sandboxconnection.h"
#include "syncfixture.h"

#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace posbridge;
using namespace synctest;

namespace {

constexpr double LATENCY_TARGET_S = 30;
constexpr double IDLE_SHARE_TARGET = 0.15;

void waitMs(qint64 ms)
{
    QTest::qWait(int(ms));
}

QHash<qint64, qint64> importTimes(SyncFixture &fixture)
{
    return fixture.query([](Database &db) {
        QHash<qint64, qint64> times;
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT sale_id, imported_at FROM orders"));
        while (query.next())
            times.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        return times;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    benchsupport::useBuiltSandbox();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures sale-to-order latency and idle polling cost."));
    parser.addHelpOption();
    const int defaultInterval = IntegrationSettings().orderDownloadIntervalSeconds;
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QStringLiteral("order download interval in seconds (the default: %1)").arg(defaultInterval),
        QStringLiteral("seconds"), QString::number(defaultInterval));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("sales to time (40)"),
                                           QStringLiteral("count"), QStringLiteral("40"));
    const QCommandLineOption idleOption(QStringLiteral("idle"), QStringLiteral("seconds of idle polling (90)"),
                                        QStringLiteral("seconds"), QStringLiteral("90"));
    parser.addOptions({intervalOption, samplesOption, idleOption});
    parser.process(app);
    const int interval = parser.value(intervalOption).toInt();
    const int samples = parser.value(samplesOption).toInt();
    const int idleSeconds = parser.value(idleOption).toInt();

    SyncFixture fixture({QStringLiteral("--items"), QStringLiteral("100"), QStringLiteral("--days"),
                         QStringLiteral("1"), QStringLiteral("--sales-per-day"), QStringLiteral("50")});
    CompanySetup setup;
    setup.inventoryUpload = false;
    setup.orderDownloadIntervalSeconds = interval;
    if (!fixture.start() || !fixture.createCompany(setup)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    SyncEngine engine(fixture.executor(), fixture.connections());
    engine.start();
    // The first run reads the history; measure from the first quiet poll on.
    const QDeadlineTimer firstRun(30'000);
    while (!engine.status(fixture.companyId).lastRun() && !firstRun.hasExpired())
        waitMs(100);

    lightspeedtest::resetCounters(fixture.sandbox());
    waitMs(qint64(idleSeconds) * 1000);
    const double idleDrips = lightspeedtest::bucketOf(fixture.sandbox()).value(QLatin1String("totalDrips")).toDouble();
    const double dripRate = fixture.sandbox()
                                .control("GET", QStringLiteral("/sandbox/counters"))
                                .object()
                                .value(QLatin1String("bucket"))
                                .toObject()
                                .value(QLatin1String("dripRatePerRealSecond"))
                                .toDouble();
    const double share = idleDrips / (idleSeconds * dripRate);

    // Sales at random moments, so each meets the schedule at a random phase.
    QRandomGenerator random(20261204);
    const QList<qint64> items = fixture.productByItem.keys();
    QHash<qint64, qint64> rungUpAt;
    for (int i = 0; i < samples; ++i) {
        waitMs(qint64(random.bounded(interval * 1000 / 2 + 1)));
        const qint64 item = items.at(qsizetype(random.bounded(quint32(items.size()))));
        const qint64 saleId = fixture.ringUp({{item, 1}});
        rungUpAt.insert(saleId, QDateTime::currentMSecsSinceEpoch());
    }
    const QDeadlineTimer deadline(qint64(interval) * 3000 + 10'000);
    QHash<qint64, qint64> imported;
    while (!deadline.hasExpired()) {
        imported = importTimes(fixture);
        if (std::all_of(rungUpAt.keyBegin(), rungUpAt.keyEnd(),
                        [&imported](qint64 id) { return imported.contains(id); }))
            break;
        waitMs(250);
    }
    engine.stop();

    QList<double> latencies;
    for (auto it = rungUpAt.cbegin(); it != rungUpAt.cend(); ++it) {
        if (imported.contains(it.key()))
            latencies << double(imported.value(it.key()) - it.value()) / 1000.0;
    }
    if (latencies.size() != rungUpAt.size())
        std::printf("%lld of %lld sales never arrived\n", qlonglong(rungUpAt.size() - latencies.size()),
                    qlonglong(rungUpAt.size()));
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return latencies.isEmpty() ? 0.0 : latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    std::printf("order download every %d s; %lld sales timed; median %.1f s, max %.1f s\n", interval,
                qlonglong(latencies.size()), percentile(0.5), latencies.isEmpty() ? 0.0 : latencies.constLast());
    benchsupport::printRatio("sale to order, p95", percentile(0.95), "s", percentile(0.95) / LATENCY_TARGET_S,
                             QStringLiteral("target under %1 s").arg(LATENCY_TARGET_S));
    benchsupport::printRatio("idle polling share of the drip budget", share * 100, "%", share / IDLE_SHARE_TARGET,
                             QStringLiteral("%1 drips in %2 s at %3 drips/s; target under %4 %")
                                 .arg(idleDrips)
                                 .arg(idleSeconds)
                                 .arg(dripRate)
                                 .arg(IDLE_SHARE_TARGET * 100));
    return latencies.size() == rungUpAt.size() ? 0 : 1;
}
