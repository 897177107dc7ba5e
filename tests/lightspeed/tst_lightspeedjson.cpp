#include "lightspeed/lightspeedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestLightspeedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listShapes_data();
    void listShapes();
    void relationShapes_data();
    void relationShapes();
    void integers_data();
    void integers();
    void booleans_data();
    void booleans();
    void decimals_data();
    void decimals();
    void times_data();
    void times();
    void textOfScalars();
};

namespace {

QJsonValue parseValue(const QByteArray &json)
{
    return QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(QLatin1String("v"));
}

} // namespace

void TestLightspeedJson::listShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("array of two") << QByteArray(R"([{"id":"1"},{"id":"2"}])") << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("single object") << QByteArray(R"({"id":"7"})") << QStringList{u"7"_s};
    QTest::newRow("empty string") << QByteArray(R"("")") << QStringList();
    QTest::newRow("empty array") << QByteArray("[]") << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList();
    QTest::newRow("scalars in array skipped") << QByteArray(R"([{"id":"1"},"x",3])") << QStringList{u"1"_s};
}

void TestLightspeedJson::listShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, ids);

    QStringList found;
    for (const QJsonObject &object : LightspeedJson::toList(parseValue(json)))
        found.append(object.value(QLatin1String("id")).toString());
    QCOMPARE(found, ids);
}

void TestLightspeedJson::relationShapes_data()
{
    QTest::addColumn<QByteArray>("sale");
    QTest::addColumn<int>("lines");

    QTest::newRow("several lines") << QByteArray(R"({"SaleLines":{"SaleLine":[{"a":1},{"a":2},{"a":3}]}})") << 3;
    QTest::newRow("one line as object") << QByteArray(R"({"SaleLines":{"SaleLine":{"a":1}}})") << 1;
    QTest::newRow("empty relation string") << QByteArray(R"({"SaleLines":""})") << 0;
    QTest::newRow("relation not loaded") << QByteArray(R"({"saleID":"1"})") << 0;
    QTest::newRow("container without element") << QByteArray(R"({"SaleLines":{}})") << 0;
}

void TestLightspeedJson::relationShapes()
{
    QFETCH(QByteArray, sale);
    QFETCH(int, lines);
    const QJsonObject record = QJsonDocument::fromJson(sale).object();
    QCOMPARE(LightspeedJson::relation(record, u"SaleLines"_s, u"SaleLine"_s).size(), lines);
}

void TestLightspeedJson::integers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");

    QTest::newRow("string id") << QByteArray(R"("184302")") << true << qint64(184302);
    QTest::newRow("zero summary shop") << QByteArray(R"("0")") << true << qint64(0);
    QTest::newRow("number") << QByteArray("42") << true << qint64(42);
    QTest::newRow("large id") << QByteArray(R"("9007199254740993")") << true << qint64(9007199254740993);
    QTest::newRow("padded") << QByteArray(R"(" 12 ")") << true << qint64(12);
    QTest::newRow("fraction") << QByteArray(R"("1.5")") << false << qint64(0);
    QTest::newRow("fractional number") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("letters") << QByteArray(R"("12a")") << false << qint64(0);
    QTest::newRow("empty") << QByteArray(R"("")") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
}

void TestLightspeedJson::integers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, value);

    const auto parsed = LightspeedJson::toInteger(parseValue(json));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestLightspeedJson::booleans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // -1 means unreadable

    QTest::newRow("string true") << QByteArray(R"("true")") << 1;
    QTest::newRow("string false") << QByteArray(R"("false")") << 0;
    QTest::newRow("upper case") << QByteArray(R"("TRUE")") << 1;
    QTest::newRow("one") << QByteArray(R"("1")") << 1;
    QTest::newRow("zero") << QByteArray(R"("0")") << 0;
    QTest::newRow("json bool") << QByteArray("true") << 1;
    QTest::newRow("yes is unreadable") << QByteArray(R"("yes")") << -1;
    QTest::newRow("empty is unreadable") << QByteArray(R"("")") << -1;
}

void TestLightspeedJson::booleans()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);

    const auto parsed = LightspeedJson::toBool(parseValue(json));
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*parsed, expected == 1);
}

void TestLightspeedJson::decimals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("printed");

    QTest::newRow("seven decimals") << QByteArray(R"("11.4860025")") << true << "11.4860025";
    QTest::newRow("quantity") << QByteArray(R"("33")") << true << "33";
    QTest::newRow("negative return") << QByteArray(R"("-1")") << true << "-1";
    QTest::newRow("trailing zeros") << QByteArray(R"("10.00")") << true << "10";
    QTest::newRow("json number") << QByteArray("2.5") << true << "2.5";
    QTest::newRow("text") << QByteArray(R"("ten")") << false << "";
    QTest::newRow("comma decimal") << QByteArray(R"("1,5")") << false << "";
    QTest::newRow("empty") << QByteArray(R"("")") << false << "";
}

void TestLightspeedJson::decimals()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, printed);

    const auto parsed = LightspeedJson::toDecimal(parseValue(json));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->toString(), printed);
}

void TestLightspeedJson::times_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("utc");

    const QDateTime noon(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC);
    QTest::newRow("utc offset") << QByteArray(R"("2026-01-05T12:00:00+00:00")") << true << noon;
    QTest::newRow("negative offset") << QByteArray(R"("2026-01-05T08:00:00-04:00")") << true << noon;
    QTest::newRow("zulu") << QByteArray(R"("2026-01-05T12:00:00Z")") << true << noon;
    QTest::newRow("no offset read as utc") << QByteArray(R"("2026-01-05T12:00:00")") << true << noon;
    QTest::newRow("milliseconds") << QByteArray(R"("2026-01-05T12:00:00.250+00:00")") << true << noon.addMSecs(250);
    QTest::newRow("garbage") << QByteArray(R"("yesterday")") << false << QDateTime();
    QTest::newRow("number") << QByteArray("1767614400") << false << QDateTime();
}

void TestLightspeedJson::times()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QDateTime, utc);

    const auto parsed = LightspeedJson::toDateTime(parseValue(json));
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(*parsed, utc);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestLightspeedJson::textOfScalars()
{
    QCOMPARE(LightspeedJson::toText(parseValue(R"("ABC-1")")), u"ABC-1"_s);
    QCOMPARE(LightspeedJson::toText(parseValue("12")), u"12"_s);
    QCOMPARE(LightspeedJson::toText(parseValue("null")), QString());
    QVERIFY(LightspeedJson::isBlank(parseValue(R"(" ")")));
    QVERIFY(LightspeedJson::isBlank(parseValue("null")));
    QVERIFY(!LightspeedJson::isBlank(parseValue(R"("0")")));
}

QTEST_GUILESS_MAIN(TestLightspeedJson)
#include "tst_lightspeedjson.moc"
