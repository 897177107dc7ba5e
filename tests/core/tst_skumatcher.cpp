#include "core/skumatcher.h"

#include <QTest>

using namespace posbridge;

Q_DECLARE_METATYPE(posbridge::MatchResult::Kind)
Q_DECLARE_METATYPE(posbridge::SkuField)
Q_DECLARE_METATYPE(posbridge::ProductIdentifiers)

namespace {

ProductIdentifiers ids(const QString &sku, const QString &upc = {}, const QString &ean = {},
                       const QString &manufacturerSku = {}, const QString &systemSku = {})
{
    return {sku, upc, ean, manufacturerSku, systemSku};
}

const QList<SkuField> DEFAULT_ORDER = {SkuField::CustomSku, SkuField::Upc, SkuField::Ean};

} // namespace

class TestSkuMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void normalizedBarcodes_data();
    void normalizedBarcodes();
};

void TestSkuMatcher::match_data()
{
    QTest::addColumn<QList<SkuField>>("order");
    QTest::addColumn<ProductIdentifiers>("subject");
    QTest::addColumn<QList<ProductIdentifiers>>("candidates");
    QTest::addColumn<MatchResult::Kind>("kind");
    QTest::addColumn<SkuField>("field");
    QTest::addColumn<QList<int>>("hits");

    using K = MatchResult::Kind;
    const QList<ProductIdentifiers> catalogue = {
        ids(QStringLiteral("TSHIRT-RED-M"), QStringLiteral("012345678905")),
        ids(QStringLiteral("TSHIRT-BLU-M"), QStringLiteral("036000291452")),
        ids(QStringLiteral("MUG-01"), {}, QStringLiteral("4006381333931")),
        ids(QStringLiteral("MUG-02"), {}, QStringLiteral("4006381333931")),
        ids(QStringLiteral("CAP"), {}, {}, QStringLiteral("MPN-77")),
    };

    QTest::newRow("unique custom sku") << DEFAULT_ORDER << ids(QStringLiteral("MUG-01")) << catalogue << K::Unique
                                       << SkuField::CustomSku << QList<int>{2};
    QTest::newRow("no match") << DEFAULT_ORDER << ids(QStringLiteral("NOPE"), QStringLiteral("999")) << catalogue
                              << K::None << SkuField::CustomSku << QList<int>{};
    QTest::newRow("several by ean") << DEFAULT_ORDER << ids({}, {}, QStringLiteral("4006381333931")) << catalogue
                                    << K::Several << SkuField::Ean << QList<int>{2, 3};
    QTest::newRow("case difference") << DEFAULT_ORDER << ids(QStringLiteral("tshirt-red-m")) << catalogue << K::Unique
                                     << SkuField::CustomSku << QList<int>{0};
    QTest::newRow("whitespace difference") << DEFAULT_ORDER << ids(QStringLiteral("  MUG-02 \t")) << catalogue
                                           << K::Unique << SkuField::CustomSku << QList<int>{3};
    QTest::newRow("upc without leading zero") << DEFAULT_ORDER << ids({}, QStringLiteral("12345678905")) << catalogue
                                              << K::Unique << SkuField::Upc << QList<int>{0};
    QTest::newRow("upc with extra leading zeros") << DEFAULT_ORDER << ids({}, QStringLiteral("00036000291452"))
                                                  << catalogue << K::Unique << SkuField::Upc << QList<int>{1};
    QTest::newRow("upc with spaces and dashes") << DEFAULT_ORDER << ids({}, QStringLiteral("0 36000-29145 2"))
                                                << catalogue << K::Unique << SkuField::Upc << QList<int>{1};
    QTest::newRow("first matching field decides")
        << DEFAULT_ORDER << ids(QStringLiteral("MUG-01"), {}, QStringLiteral("4006381333931")) << catalogue << K::Unique
        << SkuField::CustomSku << QList<int>{2};
    QTest::newRow("unknown sku falls through to upc")
        << DEFAULT_ORDER << ids(QStringLiteral("OTHER"), QStringLiteral("012345678905")) << catalogue << K::Unique
        << SkuField::Upc << QList<int>{0};
    QTest::newRow("field not in order is ignored") << DEFAULT_ORDER << ids({}, {}, {}, QStringLiteral("MPN-77"))
                                                   << catalogue << K::None << SkuField::CustomSku << QList<int>{};
    QTest::newRow("manufacturer sku when ordered")
        << QList<SkuField>{SkuField::ManufacturerSku} << ids({}, {}, {}, QStringLiteral("mpn-77")) << catalogue
        << K::Unique << SkuField::ManufacturerSku << QList<int>{4};
    QTest::newRow("order changes the winner") << QList<SkuField>{SkuField::Ean, SkuField::CustomSku}
                                              << ids(QStringLiteral("MUG-01"), {}, QStringLiteral("4006381333931"))
                                              << catalogue << K::Several << SkuField::Ean << QList<int>{2, 3};
    QTest::newRow("empty subject matches nothing")
        << DEFAULT_ORDER << ids({}) << catalogue << K::None << SkuField::CustomSku << QList<int>{};
    QTest::newRow("empty candidate values never match")
        << DEFAULT_ORDER << ids(QStringLiteral("X"), QStringLiteral("0000"))
        << QList<ProductIdentifiers>{ids(QStringLiteral("Y"))} << K::None << SkuField::CustomSku << QList<int>{};
}

void TestSkuMatcher::match()
{
    QFETCH(QList<SkuField>, order);
    QFETCH(ProductIdentifiers, subject);
    QFETCH(QList<ProductIdentifiers>, candidates);
    QFETCH(MatchResult::Kind, kind);
    QFETCH(SkuField, field);
    QFETCH(QList<int>, hits);

    const MatchResult result = SkuMatcher(order).match(subject, candidates);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.candidates, hits);
    if (kind != MatchResult::Kind::None)
        QCOMPARE(result.field, field);
}

void TestSkuMatcher::normalizedBarcodes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upc-a") << "012345678905"
                           << "12345678905";
    QTest::newRow("ean-13 of a upc-a") << "0012345678905"
                                       << "12345678905";
    QTest::newRow("all zeros") << "0000"
                               << "";
    QTest::newRow("letters kept as text") << "ABC-12"
                                          << "abc-12";
}

void TestSkuMatcher::normalizedBarcodes()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(SkuMatcher::normalized(SkuField::Upc, value), expected);
}

QTEST_GUILESS_MAIN(TestSkuMatcher)
#include "tst_skumatcher.moc"
