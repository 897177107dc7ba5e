#include "processinspection.h"
#include "sandboxtestutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// The control endpoint and the option that `posbridge --demo` relies on.
class TestSandboxDemoSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueListsShops();
    void catalogueMatchesItemApi();
    void catalogueFollowsStockChanges();
    void exitsWhenParentKilled();
};

namespace {

QHash<qint64, QJsonObject> catalogueItems(SandboxProcess &sandbox)
{
    QHash<qint64, QJsonObject> items;
    const QJsonArray list = sandbox.control("GET", u"/sandbox/catalogue"_s).object().value(u"items"_s).toArray();
    for (const QJsonValue &value : list)
        items.insert(value.toObject().value(u"itemID"_s).toInteger(), value.toObject());
    return items;
}

qint64 stockOf(const QJsonObject &catalogueItem, qint64 shopID)
{
    for (const QJsonValue &row : catalogueItem.value(u"stock"_s).toArray()) {
        if (row.toObject().value(u"shopID"_s).toInteger() == shopID)
            return row.toObject().value(u"qoh"_s).toInteger();
    }
    return -1;
}

} // namespace

void TestSandboxDemoSupport::catalogueListsShops()
{
    SandboxProcess sandbox({u"--items"_s, u"5"_s, u"--days"_s, u"0"_s, u"--shops"_s, u"3"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject catalogue = sandbox.control("GET", u"/sandbox/catalogue"_s).object();
    QCOMPARE(catalogue.value(u"accountId"_s).toString(), sandbox.accountId());

    const QJsonArray shops = catalogue.value(u"shops"_s).toArray();
    QCOMPARE(shops.size(), 3);
    QCOMPARE(shops.at(0).toObject().value(u"shopID"_s).toInteger(), 1);
    QCOMPARE(shops.at(0).toObject().value(u"name"_s).toString(), u"Downtown"_s);
    QVERIFY(!shops.at(2).toObject().value(u"timeZone"_s).toString().isEmpty());
    QCOMPARE(catalogue.value(u"items"_s).toArray().size(), 5);
}

void TestSandboxDemoSupport::catalogueMatchesItemApi()
{
    SandboxProcess sandbox({u"--items"_s, u"40"_s, u"--days"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    HttpClient http;
    const QString token = tokensFor(sandbox, http, {u"employee:all"_s}).accessToken;
    const QHash<qint64, QJsonObject> catalogue = catalogueItems(sandbox);
    QCOMPARE(catalogue.size(), 40);

    // archived=true lists archived items too, as the catalogue does.
    const QJsonArray apiItems = walkAll(
        http, apiUrl(sandbox, u"Item.json"_s, QUrlQuery(u"archived=true&load_relations=%5B%22ItemShops%22%5D"_s)),
        u"Item"_s, token);
    QCOMPARE(apiItems.size(), 40);
    for (const QJsonValue &value : apiItems) {
        const QJsonObject api = value.toObject();
        const qint64 itemID = api.value(u"itemID"_s).toString().toLongLong();
        QVERIFY2(catalogue.contains(itemID), qPrintable(QString::number(itemID)));
        const QJsonObject item = catalogue.value(itemID);
        for (const QString &field : {u"systemSku"_s, u"customSku"_s, u"manufacturerSku"_s, u"upc"_s, u"ean"_s,
                                     u"description"_s, u"defaultCost"_s})
            QCOMPARE(item.value(field).toString(), api.value(field).toString());
        QCOMPARE(item.value(u"archived"_s).toBool(), api.value(u"archived"_s).toString() == u"true");

        for (const QJsonValue &price : records(api.value(u"Prices"_s).toObject(), u"ItemPrice"_s)) {
            const QString useType = price.toObject().value(u"useType"_s).toString();
            QCOMPARE(item.value(u"prices"_s).toObject().value(useType).toString(),
                     price.toObject().value(u"amount"_s).toString());
        }
        for (const QJsonValue &row : records(api.value(u"ItemShops"_s).toObject(), u"ItemShop"_s)) {
            const qint64 shopID = row.toObject().value(u"shopID"_s).toString().toLongLong();
            if (shopID == 0)
                continue; // the summary row is not part of the catalogue
            QCOMPARE(stockOf(item, shopID), row.toObject().value(u"qoh"_s).toString().toLongLong());
        }
    }
}

void TestSandboxDemoSupport::catalogueFollowsStockChanges()
{
    SandboxProcess sandbox({u"--items"_s, u"10"_s, u"--days"_s, u"0"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    qint64 itemID = 0;
    for (const QJsonObject &item : catalogueItems(sandbox)) {
        if (!item.value(u"archived"_s).toBool())
            itemID = item.value(u"itemID"_s).toInteger();
    }
    QVERIFY(itemID > 0);
    const qint64 before = stockOf(catalogueItems(sandbox).value(itemID), 1);

    const QJsonObject sale =
        sandbox
            .control("POST", u"/sandbox/sales"_s,
                     QJsonObject{{u"shopID"_s, 1},
                                 {u"lines"_s, QJsonArray{QJsonObject{{u"itemID"_s, itemID}, {u"quantity"_s, 2}}}}})
            .object();
    QVERIFY2(sale.contains(u"saleID"_s), QJsonDocument(sale).toJson().constData());
    QCOMPARE(stockOf(catalogueItems(sandbox).value(itemID), 1), before - 2);
}

void TestSandboxDemoSupport::exitsWhenParentKilled()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString output = folder.filePath(u"sandbox.out"_s);
    // The shell starts the sandbox, prints its PID, and becomes `sleep`, which the test then kills.
    QProcess parent;
    parent.start(u"/bin/sh"_s, {u"-c"_s,
                                u"\"$0\" --port 0 --exit-with-parent --items 5 --days 0 >\"$1\" 2>/dev/null & "
                                "echo $!; exec sleep 60"_s,
                                qEnvironmentVariable("POSBRIDGE_SANDBOX"), output});
    QVERIFY(parent.waitForStarted());
    QVERIFY(parent.waitForReadyRead(5000));
    const qint64 sandboxPid = parent.readLine().trimmed().toLongLong();
    QVERIFY(sandboxPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(output);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("POSBRIDGE-SANDBOX READY");
        }(),
        10'000);

    QVERIFY(processinspection::isRunning(sandboxPid));
    QCOMPARE(::kill(static_cast<pid_t>(parent.processId()), SIGKILL), 0);
    QVERIFY(parent.waitForFinished(5000));
    QVERIFY2(processinspection::waitUntilGone(sandboxPid, 5000), "the sandbox outlived its killed parent");
}

QTEST_GUILESS_MAIN(TestSandboxDemoSupport)
#include "tst_sandboxdemosupport.moc"
