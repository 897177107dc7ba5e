#include "lightspeed/apiquery.h"
#include "lightspeed/formencoding.h"

#include <QTest>
#include <QUrl>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestApiQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesFilters_data();
    void encodesFilters();
    void timeFilterEncodesOffset();
    void inFilterLimit_data();
    void inFilterLimit();
    void batchesKeepOrder_data();
    void batchesKeepOrder();
    void parametersKeepOrder();
    void encodingSurvivesQUrl();
};

void TestApiQuery::encodesFilters_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("equal") << ApiQuery().filter(u"customSku"_s, ApiQuery::Op::Equal, u"MUG 01"_s).toEncoded()
                           << QByteArray("customSku=%3D,MUG%2001");
    QTest::newRow("greater or equal") << ApiQuery().filter(u"itemID"_s, ApiQuery::Op::GreaterOrEqual, 5).toEncoded()
                                      << QByteArray("itemID=%3E%3D,5");
    QTest::newRow("not equal") << ApiQuery().filter(u"shopID"_s, ApiQuery::Op::NotEqual, 0).toEncoded()
                               << QByteArray("shopID=%21%3D,0");
    QTest::newRow("like with wildcard")
        << ApiQuery().filter(u"description"_s, ApiQuery::Op::Like, u"%mug%"_s).toEncoded()
        << QByteArray("description=~,%25mug%25");
    QTest::newRow("less") << ApiQuery().filter(u"qoh"_s, ApiQuery::Op::Less, 1).toEncoded() << QByteArray("qoh=%3C,1");
    QTest::newRow("between") << ApiQuery().between(u"itemID"_s, u"1"_s, u"9"_s).toEncoded()
                             << QByteArray("itemID=%3E%3C,1,9");
    QTest::newRow("in list") << ApiQuery().in(u"itemID"_s, {3, 1, 2}).toEncoded()
                             << QByteArray("itemID=IN,%5B3,1,2%5D");
    QTest::newRow("relations") << ApiQuery().loadRelations({u"SaleLines"_s, u"Customer"_s}).toEncoded()
                               << QByteArray("load_relations=%5B%22SaleLines%22,%22Customer%22%5D");
    QTest::newRow("sort descending") << ApiQuery().sort(u"timeStamp"_s, true).toEncoded()
                                     << QByteArray("sort=-timeStamp");
    QTest::newRow("limit clamped") << ApiQuery().limit(500).toEncoded() << QByteArray("limit=100");
    QTest::newRow("archived only") << ApiQuery().archived(ApiQuery::Archived::Only).toEncoded()
                                   << QByteArray("archived=only");
    QTest::newRow("plus in value") << ApiQuery().add(u"upc"_s, u"1+2&x=y"_s).toEncoded()
                                   << QByteArray("upc=1%2B2%26x%3Dy");
}

void TestApiQuery::encodesFilters()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, expected);
    QCOMPARE(encoded, expected);
}

void TestApiQuery::timeFilterEncodesOffset()
{
    const QDateTime time(QDate(2026, 1, 5), QTime(8, 30, 15), Qt::OffsetFromUTC, -4 * 3600);
    QCOMPARE(ApiQuery::formatTime(time), u"2026-01-05T12:30:15+00:00"_s);
    const QByteArray encoded = ApiQuery().filter(u"updatetime"_s, ApiQuery::Op::GreaterOrEqual, time).toEncoded();
    QCOMPARE(encoded, QByteArray("updatetime=%3E%3D,2026-01-05T12%3A30%3A15%2B00%3A00"));
    const FormFields decoded = decodeForm(encoded);
    QCOMPARE(decoded.constFirst().second, u">=,2026-01-05T12:30:15+00:00"_s);
}

void TestApiQuery::inFilterLimit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one id") << 1 << true;
    QTest::newRow("hundred ids") << 100 << true;
    QTest::newRow("hundred and one") << 101 << false;
    QTest::newRow("no ids") << 0 << false;
}

void TestApiQuery::inFilterLimit()
{
    QFETCH(int, count);
    QFETCH(bool, valid);
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(i);
    ApiQuery query;
    query.in(u"itemID"_s, ids);
    QCOMPARE(!query.problem().has_value(), valid);
}

void TestApiQuery::batchesKeepOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("empty") << 0 << QList<int>();
    QTest::newRow("under one batch") << 7 << QList<int>{7};
    QTest::newRow("exactly one batch") << 100 << QList<int>{100};
    QTest::newRow("one over") << 101 << QList<int>{100, 1};
    QTest::newRow("two and a half") << 250 << QList<int>{100, 100, 50};
}

void TestApiQuery::batchesKeepOrder()
{
    QFETCH(int, count);
    QFETCH(QList<int>, sizes);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(1000 - i);

    const QList<QList<qint64>> batches = ApiQuery::batches(ids);
    QList<int> actualSizes;
    QList<qint64> joined;
    for (const QList<qint64> &batch : batches) {
        actualSizes.append(int(batch.size()));
        joined.append(batch);
    }
    QCOMPARE(actualSizes, sizes);
    QCOMPARE(joined, ids);
}

void TestApiQuery::parametersKeepOrder()
{
    ApiQuery query;
    query.filter(u"shopID"_s, ApiQuery::Op::Equal, 1).sort(u"updatetime"_s).limit();
    const FormFields fields = query.fields();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0].first, u"shopID"_s);
    QCOMPARE(fields[1].first, u"sort"_s);
    QCOMPARE(fields[2].first, u"limit"_s);
    QCOMPARE(query.relations(), QStringList());
}

void TestApiQuery::encodingSurvivesQUrl()
{
    ApiQuery query;
    query.filter(u"timeStamp"_s, ApiQuery::Op::GreaterOrEqual, u"2026-01-05T12:00:00+00:00"_s)
        .loadRelations({u"ItemShops"_s});
    QUrl url(u"https://api.lightspeedapp.com/API/V3/Account/1/Item.json"_s);
    url.setQuery(QString::fromLatin1(query.toEncoded()), QUrl::StrictMode);
    const QByteArray sent = url.toEncoded();
    QVERIFY2(sent.contains("timeStamp=%3E%3D,2026-01-05T12%3A00%3A00%2B00%3A00"), sent.constData());
    QVERIFY2(sent.contains("load_relations=%5B%22ItemShops%22%5D"), sent.constData());
    QVERIFY2(!sent.contains('+'), sent.constData());
}

QTEST_GUILESS_MAIN(TestApiQuery)
#include "tst_apiquery.moc"
