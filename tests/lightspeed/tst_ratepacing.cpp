#include "httpclient.h"
#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "lightspeed/apiclient.h"
#include "lightspeed/ratelimiter.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <atomic>

using posbridge::VoidResult;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

class TestRatePacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstFillsBucketWithout429_data();
    void burstFillsBucketWithout429();
    void retryAfterHonoured();

private:
    struct BurstOutcome
    {
        int failures = 0;
        qint64 elapsedMs = 0;
    };
    static BurstOutcome runBurst(SandboxConnection &connection, const QString &accountId, int threads,
                                 int requestsPerThread);
};

TestRatePacing::BurstOutcome TestRatePacing::runBurst(SandboxConnection &connection, const QString &accountId,
                                                      int threads, int requestsPerThread)
{
    std::atomic_int failures = 0;
    QElapsedTimer timer;
    timer.start();
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([&connection, &failures, accountId, t, requestsPerThread] {
            // Each worker thread owns its client; the token manager and limiter are shared.
            const auto client = connection.client();
            for (int i = 0; i < requestsPerThread; ++i) {
                const qint64 itemId = 1 + t * requestsPerThread + i;
                if (!client->get(u"Account/%1/Item/%2.json"_s.arg(accountId).arg(itemId)).ok())
                    ++failures;
            }
        }));
        workers.last()->start();
    }
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    return {failures.load(), timer.elapsed()};
}

void TestRatePacing::burstFillsBucketWithout429_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("requestsPerThread");
    QTest::addColumn<double>("dripRate");
    QTest::addColumn<int>("burstLimit");

    // A time scale makes the bucket drain faster in real seconds, so the test stays short.
    QTest::newRow("bucket limits") << QStringList{u"--time-scale"_s, u"40"_s, u"--burst-limit"_s, u"500"_s} << 4 << 60
                                   << 40.0 << 500;
    QTest::newRow("burst limiter limits") << QStringList{u"--time-scale"_s, u"10"_s} << 4 << 25 << 10.0 << 30;
}

void TestRatePacing::burstFillsBucketWithout429()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, threads);
    QFETCH(int, requestsPerThread);
    QFETCH(double, dripRate);
    QFETCH(int, burstLimit);

    SandboxProcess sandbox(arguments + QStringList{u"--items"_s, u"400"_s, u"--days"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxConnection connection(sandbox);
    const VoidResult connected = connection.connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toLogString()));
    resetCounters(sandbox);

    const int total = threads * requestsPerThread;
    const BurstOutcome outcome = runBurst(connection, sandbox.accountId(), threads, requestsPerThread);
    QCOMPARE(outcome.failures, 0);
    const QJsonObject counters = sandbox.control("GET", u"/sandbox/counters"_s).object();
    QVERIFY2(rateLimitedCount(sandbox) == 0,
             QJsonDocument(counters.value(QLatin1String("rateLimited")).toObject()).toJson(QJsonDocument::Compact));
    QCOMPARE(routeRequests(sandbox, u"item.get"_s), total);

    const QJsonObject bucket = bucketOf(sandbox);
    const double size = bucket.value(QLatin1String("size")).toDouble();
    const double highest = bucket.value(QLatin1String("highestLevel")).toDouble();
    QCOMPARE(size, 90.0);
    const auto snapshot = connection.limiter->snapshot();
    QCOMPARE(snapshot.rateLimited, quint64(0));
    QCOMPARE(snapshot.dripsUsed, double(total));
    QCOMPARE(snapshot.dripRate, dripRate);

    // Neither limit may be exceeded, and the requests must not wait without need either. So the
    // run takes about as long as the tighter of the two limits allows.
    const double bucketSeconds = qMax(0.0, (total - size) / dripRate);
    const double burstSeconds = double(total) / burstLimit;
    const double allowedSeconds = qMax(bucketSeconds, burstSeconds);
    qInfo("%d requests in %lld ms; the limits allow %.1f s; highest bucket level %.1f of %.0f", total,
          outcome.elapsedMs, allowedSeconds, highest, size);
    QVERIFY2(outcome.elapsedMs < allowedSeconds * 1000 * 1.5 + 1500, "the limiter waited longer than needed");
    if (bucketSeconds > burstSeconds)
        QVERIFY2(highest > 0.8 * size, qPrintable(u"highest level %1 of %2"_s.arg(highest).arg(size)));
}

void TestRatePacing::retryAfterHonoured()
{
    SandboxProcess sandbox({u"--burst-limit"_s, u"1000"_s, u"--items"_s, u"50"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxConnection connection(sandbox);
    QVERIFY(connection.connect().ok());
    const QString token = *connection.tokens->accessToken();

    // Another program on the same connection overfills the bucket behind the limiter's back,
    // until Lightspeed starts to answer 429.
    HttpClient other;
    QUrl url = sandbox.apiBaseUrl();
    url.setPath(url.path() + u"/Account.json"_s);
    int status = 200;
    for (int i = 0; i < 200 && status != 429; ++i)
        status = other.get(url, token).status;
    QCOMPARE(status, 429);
    resetCounters(sandbox);

    const auto client = connection.client();
    QElapsedTimer timer;
    timer.start();
    const auto response = client->get(u"Account.json"_s);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toLogString()));
    QCOMPARE(response->attempts, 2);
    QCOMPARE(rateLimitedCount(sandbox), 1);
    QCOMPARE(client->stats().rateLimited, quint64(1));
    QCOMPARE(connection.limiter->snapshot().rateLimited, quint64(1));
    QVERIFY2(timer.elapsed() >= 900, "the retry must wait for Retry-After (whole seconds)");
}

QTEST_GUILESS_MAIN(TestRatePacing)
#include "tst_ratepacing.moc"
