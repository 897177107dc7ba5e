#include "sandboxtestutil.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

class TestSandboxLiveShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveShopProducesEvents();
    void timeScaleSpeedsLiveShop();
    void controlStepsLiveShop();
    void sameSeedSameData();
};

static QDateTime timeOf(const QJsonValue &record, const QString &field)
{
    return QDateTime::fromString(record.toObject().value(field).toString(), Qt::ISODate);
}

void TestSandboxLiveShop::liveShopProducesEvents()
{
    SandboxProcess sandbox({u"--items"_s, u"40"_s, u"--days"_s, u"1"_s, u"--sales-per-day"_s, u"30"_s, u"--live-shop"_s,
                            u"--live-rate"_s, u"3000"_s, u"--live-late-share"_s, u"0.3"_s, u"--live-void-share"_s,
                            u"0.15"_s, u"--live-return-share"_s, u"0.2"_s, u"--bucket-size"_s, u"100000"_s,
                            u"--burst-limit"_s, u"100000"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    HttpClient http;
    const QString token = tokensFor(sandbox, http, {u"employee:all"_s}).accessToken;
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::qWait(1500);

    const QJsonArray sales = walkAll(
        http, apiUrl(sandbox, u"Sale.json"_s, QUrlQuery(u"load_relations=%5B%22SaleLines%22%5D"_s)), u"Sale"_s, token);
    int lateCommits = 0;
    int voids = 0;
    int returns = 0;
    int liveSales = 0;
    QDateTime latestComplete;
    for (const QJsonValue &sale : sales) {
        const QDateTime complete = timeOf(sale, u"completeTime"_s);
        const bool live = timeOf(sale, u"createTime"_s) >= started.addSecs(-3600);
        if (timeOf(sale, u"updatetime"_s) >= started && sale.toObject().value(u"saleID"_s).toString().toInt() > 30)
            ++liveSales;
        // A late commit completes before a sale that was already visible under a lower saleID.
        if (live && latestComplete.isValid() && complete.isValid() && complete < latestComplete)
            ++lateCommits;
        if (complete.isValid() && (!latestComplete.isValid() || complete > latestComplete))
            latestComplete = complete;
        if (sale.toObject().value(u"voided"_s).toString() == u"true" && timeOf(sale, u"updatetime"_s) >= started)
            ++voids;
        for (const QJsonValue &line : records(sale.toObject().value(u"SaleLines"_s).toObject(), u"SaleLine"_s)) {
            const QJsonObject object = line.toObject();
            if (object.value(u"unitQuantity"_s).toString().toInt() < 0 &&
                object.value(u"parentSaleLineID"_s).toString() != u"0" && timeOf(sale, u"updatetime"_s) >= started)
                ++returns;
        }
    }
    QVERIFY2(liveSales >= 20, qPrintable(QString::number(liveSales)));
    QVERIFY(lateCommits >= 1);
    QVERIFY(voids >= 1);
    QVERIFY(returns >= 1);

    const QJsonObject stats = sandbox.control("GET", u"/sandbox/live"_s).object();
    QVERIFY(stats.value(u"running"_s).toBool());
    QVERIFY(stats.value(u"lateCommits"_s).toInt() >= lateCommits);

    // Selling moved stock, so ItemShop rows changed since the start while items kept their timeStamps.
    const QString since = QString::fromLatin1(QUrl::toPercentEncoding(started.toString(Qt::ISODate)));
    const QJsonArray rows = walkAll(
        http, apiUrl(sandbox, u"ItemShop.json"_s, QUrlQuery(u"timeStamp=%3E%3D,"_s + since)), u"ItemShop"_s, token);
    QVERIFY(!rows.isEmpty());
    const QJsonObject items =
        http.get(apiUrl(sandbox, u"Item.json"_s, QUrlQuery(u"count=1&timeStamp=%3E%3D,"_s + since)), token).json();
    QCOMPARE(items.value(u"@attributes"_s).toObject().value(u"count"_s).toString(), u"0"_s);
}

void TestSandboxLiveShop::timeScaleSpeedsLiveShop()
{
    SandboxProcess sandbox({u"--items"_s, u"10"_s, u"--days"_s, u"0"_s, u"--live-shop"_s, u"--live-rate"_s, u"60"_s,
                            u"--time-scale"_s, u"20"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject before = sandbox.control("GET", u"/sandbox/state"_s).object();
    QCOMPARE(before.value(u"liveShop"_s).toObject().value(u"realIntervalMs"_s).toInt(), 50);
    QTest::qWait(1000);
    const QJsonObject after = sandbox.control("GET", u"/sandbox/state"_s).object();
    const qint64 sandboxSeconds =
        QDateTime::fromString(before.value(u"sandboxTime"_s).toString(), Qt::ISODate)
            .secsTo(QDateTime::fromString(after.value(u"sandboxTime"_s).toString(), Qt::ISODate));
    QVERIFY2(sandboxSeconds >= 15 && sandboxSeconds <= 40, qPrintable(QString::number(sandboxSeconds)));
    QVERIFY(after.value(u"liveShop"_s).toObject().value(u"sales"_s).toInt() >= 8);
}

void TestSandboxLiveShop::controlStepsLiveShop()
{
    SandboxProcess sandbox({u"--items"_s, u"10"_s, u"--days"_s, u"0"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject stats = sandbox.control("POST", u"/sandbox/live"_s, QJsonObject{{u"steps"_s, 5}}).object();
    QVERIFY(!stats.value(u"running"_s).toBool());
    const int events =
        stats.value(u"sales"_s).toInt() + stats.value(u"returns"_s).toInt() + stats.value(u"voids"_s).toInt();
    QCOMPARE(events, 5);
    const QJsonObject state = sandbox.control("GET", u"/sandbox/state"_s).object();
    QVERIFY(state.value(u"counts"_s).toObject().value(u"sales"_s).toInt() >= stats.value(u"sales"_s).toInt());
    QVERIFY(sandbox.control("POST", u"/sandbox/live"_s, QJsonObject{{u"enabled"_s, true}})
                .object()
                .value(u"running"_s)
                .toBool());
}

void TestSandboxLiveShop::sameSeedSameData()
{
    const QStringList arguments{u"--items"_s, u"30"_s, u"--days"_s,       u"2"_s,
                                u"--seed"_s,  u"99"_s, u"--start-time"_s, u"2026-03-01T09:00:00Z"_s};
    SandboxProcess first(arguments);
    SandboxProcess second(arguments);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    HttpClient http;
    const QString firstToken = tokensFor(first, http, {u"employee:all"_s}).accessToken;
    const QString secondToken = tokensFor(second, http, {u"employee:all"_s}).accessToken;
    const QJsonArray firstSales = walkAll(http, apiUrl(first, u"Sale.json"_s), u"Sale"_s, firstToken);
    QVERIFY(firstSales.size() > 100);
    QCOMPARE(walkAll(http, apiUrl(second, u"Sale.json"_s), u"Sale"_s, secondToken), firstSales);
    QCOMPARE(walkAll(http, apiUrl(second, u"Item.json"_s), u"Item"_s, secondToken),
             walkAll(http, apiUrl(first, u"Item.json"_s), u"Item"_s, firstToken));
}

QTEST_GUILESS_MAIN(TestSandboxLiveShop)
#include "tst_sandboxliveshop.moc"
