#include "core/postingdecision.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(posbridge::PostingDecision::Action)
Q_DECLARE_METATYPE(posbridge::SkuField)
Q_DECLARE_METATYPE(posbridge::ProductIdentifiers)

namespace {

ProductIdentifiers ids(const QString &sku, const QString &upc = {}, const QString &ean = {},
                       const QString &manufacturerSku = {})
{
    return {sku, upc, ean, manufacturerSku, {}};
}

const QList<SkuField> DEFAULT_ORDER = {SkuField::CustomSku, SkuField::Upc, SkuField::Ean};

} // namespace

/** What product posting does with one product, given the Lightspeed items that share an identifier. */
class TestPostingDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
};

void TestPostingDecision::decide_data()
{
    QTest::addColumn<QList<SkuField>>("order");
    QTest::addColumn<ProductIdentifiers>("product");
    QTest::addColumn<QList<ProductIdentifiers>>("items");
    QTest::addColumn<QList<int>>("taken");
    QTest::addColumn<PostingDecision::Action>("action");
    QTest::addColumn<QList<int>>("candidates");

    using A = PostingDecision::Action;
    const QList<ProductIdentifiers> items = {
        ids(u"TEE-RED-M"_s, u"012345678905"_s),           // 0
        ids(u"TEE-BLU-M"_s, u"036000291452"_s),           // 1
        ids(u"MUG-01"_s, {}, u"4006381333931"_s),         // 2
        ids(u"MUG-02"_s, {}, u"4006381333931"_s),         // 3
        ids(u" Cap-Green "_s),                            // 4
        ids(u"BAG"_s, {}, {}, u"MPN-1"_s),                // 5
        ids(u"BAG"_s, u"0000000000017"_s, {}, u"MPN-2"_s) // 6
    };

    QTest::newRow("unique sku links") << DEFAULT_ORDER << ids(u"MUG-01"_s) << items << QList<int>{} << A::Link
                                      << QList<int>{2};
    QTest::newRow("no match creates") << DEFAULT_ORDER << ids(u"NEW-1"_s, u"999"_s) << items << QList<int>{}
                                      << A::Create << QList<int>{};
    QTest::newRow("empty catalogue creates") << DEFAULT_ORDER << ids(u"MUG-01"_s) << QList<ProductIdentifiers>{}
                                             << QList<int>{} << A::Create << QList<int>{};
    QTest::newRow("several by ean asks") << DEFAULT_ORDER << ids(u"NEW-2"_s, {}, u"4006381333931"_s) << items
                                         << QList<int>{} << A::Choose << QList<int>{2, 3};
    QTest::newRow("several by sku asks") << DEFAULT_ORDER << ids(u"bag"_s) << items << QList<int>{} << A::Choose
                                         << QList<int>{5, 6};
    QTest::newRow("case difference links")
        << DEFAULT_ORDER << ids(u"tee-red-m"_s) << items << QList<int>{} << A::Link << QList<int>{0};
    QTest::newRow("whitespace on item links")
        << DEFAULT_ORDER << ids(u"cap-green"_s) << items << QList<int>{} << A::Link << QList<int>{4};
    QTest::newRow("whitespace on product links")
        << DEFAULT_ORDER << ids(u"\tMUG-02  "_s) << items << QList<int>{} << A::Link << QList<int>{3};
    QTest::newRow("upc without leading zero links")
        << DEFAULT_ORDER << ids(u"NEW-3"_s, u"12345678905"_s) << items << QList<int>{} << A::Link << QList<int>{0};
    QTest::newRow("upc with extra leading zeros links")
        << DEFAULT_ORDER << ids(u"NEW-4"_s, u"0036000291452"_s) << items << QList<int>{} << A::Link << QList<int>{1};
    QTest::newRow("ean-13 item of a short upc links")
        << DEFAULT_ORDER << ids(u"NEW-5"_s, u"17"_s) << items << QList<int>{} << A::Link << QList<int>{6};
    QTest::newRow("sku beats barcode") << DEFAULT_ORDER << ids(u"MUG-01"_s, {}, u"4006381333931"_s) << items
                                       << QList<int>{} << A::Link << QList<int>{2};
    QTest::newRow("manufacturer sku ignored unless ordered")
        << DEFAULT_ORDER << ids(u"NEW-6"_s, {}, {}, u"MPN-1"_s) << items << QList<int>{} << A::Create << QList<int>{};
    QTest::newRow("manufacturer sku when ordered")
        << QList<SkuField>{SkuField::ManufacturerSku} << ids(u"NEW-6"_s, {}, {}, u"mpn-1"_s) << items << QList<int>{}
        << A::Link << QList<int>{5};
    QTest::newRow("taken item is not linked again")
        << DEFAULT_ORDER << ids(u"MUG-01"_s) << items << QList<int>{2} << A::Create << QList<int>{};
    QTest::newRow("taken item leaves one to link") << DEFAULT_ORDER << ids(u"NEW-7"_s, {}, u"4006381333931"_s) << items
                                                   << QList<int>{3} << A::Link << QList<int>{2};
    QTest::newRow("taken sku falls through to barcode") << DEFAULT_ORDER << ids(u"TEE-RED-M"_s, u"036000291452"_s)
                                                        << items << QList<int>{0} << A::Link << QList<int>{1};
}

void TestPostingDecision::decide()
{
    QFETCH(QList<SkuField>, order);
    QFETCH(ProductIdentifiers, product);
    QFETCH(QList<ProductIdentifiers>, items);
    QFETCH(QList<int>, taken);
    QFETCH(PostingDecision::Action, action);
    QFETCH(QList<int>, candidates);

    const SkuMatcher matcher(order);
    const PostingDecision decision =
        PostingDecision::decide(matcher, product, items, QSet<int>(taken.cbegin(), taken.cend()));
    QCOMPARE(decision.action, action);
    QCOMPARE(decision.candidates, candidates);
}

QTEST_GUILESS_MAIN(TestPostingDecision)
#include "tst_postingdecision.moc"
