#include "sandboxtestutil.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestCosts_data();
    void requestCosts();
    void headersOnEveryResponse_data();
    void headersOnEveryResponse();
    void bucketOverflowGets429();
    void burstGets429();
    void legacyModelCosts();
    void timeScaleSpeedsDrain();
    void registersEnlargeBucket();

private:
    SandboxProcess m_sandbox{{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s, u"--sales-per-day"_s, u"20"_s}};
    HttpClient m_http;
    QString m_token;
};

void TestSandboxRateLimit::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_token = tokensFor(m_sandbox, m_http, {u"employee:all"_s}).accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxRateLimit::requestCosts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("cost");
    const QString saleLines = u"load_relations=%5B%22SaleLines%22%5D"_s;
    QTest::newRow("plain list read") << QByteArray("GET") << u"Sale.json"_s << QString() << QByteArray()
                                     << QByteArray("1");
    QTest::newRow("count only") << QByteArray("GET") << u"Sale.json"_s << u"count=1"_s << QByteArray()
                                << QByteArray("10");
    QTest::newRow("to-many on a list") << QByteArray("GET") << u"Sale.json"_s << saleLines << QByteArray()
                                       << QByteArray("1.4");
    QTest::newRow("to-one on a list") << QByteArray("GET") << u"Sale.json"_s << u"load_relations=%5B%22Customer%22%5D"_s
                                      << QByteArray() << QByteArray("1.2");
    QTest::newRow("to-many on one record")
        << QByteArray("GET") << u"Sale/1.json"_s << saleLines << QByteArray() << QByteArray("1.2");
    QTest::newRow("two relations on a list")
        << QByteArray("GET") << u"Sale.json"_s << u"load_relations=%5B%22SaleLines%22,%22Customer%22%5D"_s
        << QByteArray() << QByteArray("1.6");
    QTest::newRow("put with two nested")
        << QByteArray("PUT") << u"Item/3.json"_s << QString()
        << QByteArray(R"({"ItemShops":{"ItemShop":[{"shopID":"1","qoh":"5"},{"shopID":"2","qoh":"6"}]}})")
        << QByteArray("2");
    QTest::newRow("put without nested") << QByteArray("PUT") << u"Item/3.json"_s << QString()
                                        << QByteArray(R"({"description":"Renamed"})") << QByteArray("1");
}

void TestSandboxRateLimit::requestCosts()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, resource);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, cost);
    m_sandbox.control("POST", u"/sandbox/buckets/reset"_s);
    const QUrl url = apiUrl(m_sandbox, resource, QUrlQuery(query));
    const HttpResult result = method == "GET"
                                  ? m_http.get(url, m_token)
                                  : m_http.sendJson(method, url, QJsonDocument::fromJson(body).object(), m_token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("X-LS-Api-Request-Cost"), cost);
    QCOMPARE(result.header("X-LS-Api-Bucket-Level"), cost + "/90");
}

void TestSandboxRateLimit::headersOnEveryResponse_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("status");
    QTest::newRow("success") << u"Shop.json"_s << 200;
    QTest::newRow("not found") << u"Sale/99999.json"_s << 404;
    QTest::newRow("bad request") << u"Sale.json?sort=calcTotal"_s << 400;
}

void TestSandboxRateLimit::headersOnEveryResponse()
{
    QFETCH(QString, resource);
    QFETCH(int, status);
    m_sandbox.control("POST", u"/sandbox/buckets/reset"_s);
    const QUrl url(apiUrl(m_sandbox, {}).toString() + resource);
    const HttpResult result = m_http.get(url, m_token);
    QCOMPARE(result.status, status);
    static const QRegularExpression level(u"^\\d+(\\.\\d+)?/90$"_s);
    QVERIFY2(level.match(QString::fromLatin1(result.header("X-LS-Api-Bucket-Level"))).hasMatch(),
             result.header("X-LS-Api-Bucket-Level").constData());
    QCOMPARE(result.header("X-LS-Api-Drip-Rate"), QByteArray("1"));
    QCOMPARE(result.header("X-LS-Api-Request-Cost"), QByteArray("1"));
    QCOMPARE(result.header("X-LS-Api-Burst-Level"), QByteArray("1/30"));
    QCOMPARE(result.header("X-LS-Acct-Id"), m_sandbox.accountId().toLatin1());
}

void TestSandboxRateLimit::bucketOverflowGets429()
{
    SandboxProcess small(
        {u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--bucket-size"_s, u"5"_s, u"--drip-rate"_s, u"0.5"_s});
    QVERIFY2(small.start(), qPrintable(small.errorString()));
    const QString token = tokensFor(small, m_http, {u"employee:all"_s}).accessToken;
    const QUrl url = apiUrl(small, u"Shop.json"_s);
    // Five requests fill the bucket to its size; the sixth crosses it and still passes.
    for (int i = 1; i <= 6; ++i) {
        const HttpResult result = m_http.get(url, token);
        QCOMPARE(result.status, 200);
    }
    const HttpResult refused = m_http.get(url, token);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("X-LS-API-RateLimit-Type"), QByteArray("api-leaky-bucket"));
    QCOMPARE(refused.header("X-LS-Api-Request-Cost"), QByteArray("0"));
    // The level is just under 6, so draining back to 5 at 0.5 drip/s takes just under 2 s.
    const int retryAfter = refused.header("Retry-After").toInt();
    QCOMPARE(retryAfter, 2);
    QCOMPARE(m_http.get(url, token).status, 429);

    QTest::qWait(retryAfter * 1000);
    QCOMPARE(m_http.get(url, token).status, 200);

    const QJsonObject counters = small.control("GET", u"/sandbox/counters"_s).object();
    QCOMPARE(counters.value(u"rateLimited"_s).toObject().value(u"api-leaky-bucket"_s).toInt(), 2);
    QCOMPARE(counters.value(u"routes"_s).toObject().value(u"shop.list"_s).toObject().value(u"requests"_s).toInt(), 9);
    const QJsonObject bucket =
        counters.value(u"bucket"_s).toObject().value(u"buckets"_s).toObject().begin().value().toObject();
    QVERIFY(bucket.value(u"highestLevel"_s).toDouble() > 5.9);
    QCOMPARE(bucket.value(u"totalDrips"_s).toDouble(), 7.0);
}

void TestSandboxRateLimit::burstGets429()
{
    SandboxProcess bursty({u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--burst-limit"_s, u"3"_s});
    QVERIFY2(bursty.start(), qPrintable(bursty.errorString()));
    const QString token = tokensFor(bursty, m_http, {u"employee:all"_s}).accessToken;
    HttpResult refused;
    for (int i = 0; i < 8 && refused.status != 429; ++i)
        refused = m_http.get(apiUrl(bursty, u"Shop.json"_s), token);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("X-LS-API-RateLimit-Type"), QByteArray("api-burst-limiter"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    QCOMPARE(refused.header("X-LS-Api-Burst-Level"), QByteArray("4/3"));
    QTest::qWait(1000);
    QCOMPARE(m_http.get(apiUrl(bursty, u"Shop.json"_s), token).status, 200);
    const QJsonObject counters = bursty.control("GET", u"/sandbox/counters"_s).object();
    QCOMPARE(counters.value(u"rateLimited"_s).toObject().value(u"api-burst-limiter"_s).toInt(), 1);
}

void TestSandboxRateLimit::legacyModelCosts()
{
    SandboxProcess legacy({u"--items"_s, u"5"_s, u"--days"_s, u"1"_s, u"--bucket-model"_s, u"legacy"_s});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    const QString token = tokensFor(legacy, m_http, {u"employee:all"_s}).accessToken;
    const HttpResult read = m_http.get(apiUrl(legacy, u"Sale.json"_s, QUrlQuery(u"load_relations=all"_s)), token);
    QCOMPARE(read.header("X-LS-Api-Request-Cost"), QByteArray("1"));
    QVERIFY(read.header("X-LS-Api-Bucket-Level").endsWith("/60"));
    const HttpResult write =
        m_http.sendJson("PUT", apiUrl(legacy, u"Item/2.json"_s), QJsonObject{{u"description"_s, u"Legacy"_s}}, token);
    QCOMPARE(write.status, 200);
    QCOMPARE(write.header("X-LS-Api-Request-Cost"), QByteArray("10"));
}

void TestSandboxRateLimit::timeScaleSpeedsDrain()
{
    SandboxProcess fast({u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--time-scale"_s, u"10"_s, u"--bucket-size"_s,
                         u"5"_s, u"--drip-rate"_s, u"0.5"_s});
    QVERIFY2(fast.start(), qPrintable(fast.errorString()));
    const QString token = tokensFor(fast, m_http, {u"employee:all"_s}).accessToken;
    HttpResult result;
    for (int i = 0; i < 20 && result.status != 429; ++i)
        result = m_http.get(apiUrl(fast, u"Shop.json"_s, QUrlQuery(u"count=1"_s)), token);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("X-LS-Api-Drip-Rate"), QByteArray("5"));
    // A level of up to 15 over a size of 5 drains at 5 drips per real second: at most 2 s.
    const int retryAfter = result.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, result.header("Retry-After").constData());
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(m_http.get(apiUrl(fast, u"Shop.json"_s), token).status, 200);
}

void TestSandboxRateLimit::registersEnlargeBucket()
{
    SandboxProcess big({u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--registers"_s, u"3"_s});
    QVERIFY2(big.start(), qPrintable(big.errorString()));
    const QString token = tokensFor(big, m_http, {u"employee:all"_s}).accessToken;
    const HttpResult result = m_http.get(apiUrl(big, u"Shop.json"_s), token);
    QCOMPARE(result.header("X-LS-Api-Bucket-Level"), QByteArray("1/110"));
    QCOMPARE(result.header("X-LS-Api-Drip-Rate"), QByteArray("2"));
}

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandboxratelimit.moc"
