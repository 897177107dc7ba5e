#include "sandboxtestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void faultKinds_data();
    void faultKinds();
    void dropAfterKeepsTheWrite();
    void faultTargets_data();
    void faultTargets();
    void tokenEndpointFault();
    void faultsFromCommandLine();
    void faultsAreDeterministic();

private:
    QList<int> statusSequence(SandboxProcess &sandbox, int count);

    SandboxProcess m_sandbox{{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s, u"--sales-per-day"_s, u"20"_s}};
    HttpClient m_http;
    QString m_token;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_token = tokensFor(m_sandbox, m_http, {u"employee:all"_s}).accessToken;
    QVERIFY(!m_token.isEmpty());
    // A dropped connection must not be retried silently by QNetworkAccessManager on a reused socket.
    m_http.setFreshConnections(true);
}

void TestSandboxFaults::init()
{
    m_sandbox.control("DELETE", u"/sandbox/faults"_s);
    m_sandbox.control("POST", u"/sandbox/buckets/reset"_s);
}

void TestSandboxFaults::faultKinds_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("validJson");
    QTest::addColumn<int>("minimumMs");
    QTest::newRow("server error") << QJsonObject{{u"error"_s, 1}, {u"errorStatuses"_s, QJsonArray{503}}} << 503 << true
                                  << 0;
    QTest::newRow("gateway timeout") << QJsonObject{{u"error"_s, 1}, {u"errorStatuses"_s, QJsonArray{504}}} << 504
                                     << true << 0;
    QTest::newRow("forced unauthorized") << QJsonObject{{u"unauthorized"_s, 1}} << 401 << true << 0;
    QTest::newRow("malformed body") << QJsonObject{{u"malformed"_s, 1}} << 200 << false << 0;
    QTest::newRow("dropped connection") << QJsonObject{{u"drop"_s, 1}} << 0 << false << 0;
    QTest::newRow("latency") << QJsonObject{{u"latencyMs"_s, 400}} << 200 << true << 400;
}

void TestSandboxFaults::faultKinds()
{
    QFETCH(QJsonObject, rule);
    QFETCH(int, status);
    QFETCH(bool, validJson);
    QFETCH(int, minimumMs);
    rule.insert(u"target"_s, u"shop.list"_s);
    // QNetworkAccessManager resends a request whose connection closed without an answer, so a
    // drop must outlast its retries.
    rule.insert(u"count"_s, status == 0 ? 5 : 1);
    const QJsonObject added = m_sandbox.control("POST", u"/sandbox/faults"_s, rule).object();
    QCOMPARE(added.value(u"faults"_s).toArray().size(), 1);

    const HttpResult faulted = m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), m_token);
    QCOMPARE(faulted.status, status);
    QJsonParseError parseError;
    QJsonDocument::fromJson(faulted.body, &parseError);
    QCOMPARE(parseError.error == QJsonParseError::NoError, validJson);
    QVERIFY2(faulted.elapsedMs >= minimumMs, qPrintable(QString::number(faulted.elapsedMs)));
    if (status == 0)
        QVERIFY(faulted.error != QNetworkReply::NoError);
    if (status == 401)
        QCOMPARE(faulted.json().value(u"message"_s).toString(), u"Access token could not be verified"_s);

    // After the fault the next request is normal and the token still works.
    m_sandbox.control("DELETE", u"/sandbox/faults"_s);
    const HttpResult next = m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), m_token);
    QCOMPARE(next.status, 200);
    QVERIFY(next.elapsedMs < 400);
    const QJsonObject counters = m_sandbox.control("GET", u"/sandbox/counters"_s).object();
    QVERIFY(counters.value(u"faults"_s).toObject().size() >= 1);
}

void TestSandboxFaults::dropAfterKeepsTheWrite()
{
    m_sandbox.control("POST", u"/sandbox/faults"_s,
                      QJsonObject{{u"target"_s, u"item.update"_s}, {u"dropAfter"_s, 1}, {u"count"_s, 5}});
    const QJsonObject put{
        {u"ItemShops"_s, QJsonObject{{u"ItemShop"_s, QJsonObject{{u"shopID"_s, u"1"_s}, {u"qoh"_s, u"17"_s}}}}}};
    const HttpResult lost = m_http.sendJson("PUT", apiUrl(m_sandbox, u"Item/4.json"_s), put, m_token);
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    const QJsonObject stock = m_sandbox.control("GET", u"/sandbox/items/4/stock"_s).object();
    bool found = false;
    for (const QJsonValue &row : stock.value(u"shops"_s).toArray()) {
        if (row.toObject().value(u"shopID"_s).toInt() == 1) {
            QCOMPARE(row.toObject().value(u"qoh"_s).toInt(), 17);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestSandboxFaults::faultTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("route name") << u"sale.list"_s << 502;
    QTest::newRow("route prefix") << u"sale"_s << 502;
    QTest::newRow("path prefix") << u"/API/V3/Account"_s << 502;
    QTest::newRow("everything") << u"*"_s << 502;
    QTest::newRow("other route") << u"item.list"_s << 200;
}

void TestSandboxFaults::faultTargets()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    m_sandbox.control("POST", u"/sandbox/faults"_s,
                      QJsonObject{{u"target"_s, target}, {u"error"_s, 1}, {u"errorStatuses"_s, QJsonArray{502}}});
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Sale.json"_s), m_token).status, status);
    // Control endpoints are never faulted, even by "*".
    QVERIFY(m_sandbox.control("GET", u"/sandbox/state"_s).object().contains(u"counts"_s));
}

void TestSandboxFaults::tokenEndpointFault()
{
    m_sandbox.control(
        "POST", u"/sandbox/faults"_s,
        QJsonObject{
            {u"target"_s, u"oauth.token"_s}, {u"error"_s, 1}, {u"errorStatuses"_s, QJsonArray{500}}, {u"count"_s, 1}});
    const QString code = m_sandbox.authorizationCode({u"employee:all"_s}, u"s"_s);
    QCOMPARE(exchangeCode(m_http, m_sandbox, code).status, 500);
    // The faulted request never reached the token endpoint, so the code is still unused.
    QCOMPARE(exchangeCode(m_http, m_sandbox, code).status, 200);
}

QList<int> TestSandboxFaults::statusSequence(SandboxProcess &sandbox, int count)
{
    const QString token = tokensFor(sandbox, m_http, {u"employee:all"_s}).accessToken;
    QList<int> statuses;
    for (int i = 0; i < count; ++i)
        statuses.append(m_http.get(apiUrl(sandbox, u"Shop.json"_s), token).status);
    return statuses;
}

void TestSandboxFaults::faultsFromCommandLine()
{
    SandboxProcess faulty(
        {u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--fault"_s, u"shop.list:error=1,status=502,count=2"_s});
    QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
    QCOMPARE(statusSequence(faulty, 3), (QList<int>{502, 502, 200}));
}

void TestSandboxFaults::faultsAreDeterministic()
{
    const QStringList arguments{u"--items"_s, u"5"_s, u"--days"_s,  u"0"_s,
                                u"--seed"_s,  u"7"_s, u"--fault"_s, u"shop.list:error=0.5"_s};
    SandboxProcess first(arguments);
    SandboxProcess second(arguments);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const QList<int> a = statusSequence(first, 16);
    QCOMPARE(statusSequence(second, 16), a);
    QVERIFY(a.contains(200));
    QVERIFY(std::any_of(a.cbegin(), a.cend(), [](int status) { return status >= 500; }));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
