#include "core/decimal.h"

#include <QTest>

using posbridge::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseLenientComma();
    void arithmeticIsExact();
    void multiplyRounds();
    void toStringWithDecimals_data();
    void toStringWithDecimals();
    void floorOfNegative();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("printed");

    QTest::newRow("integer") << "12" << qint64(1'200'000'000) << "12";
    QTest::newRow("negative") << "-3.5" << qint64(-350'000'000) << "-3.5";
    QTest::newRow("plus sign") << "+0.25" << qint64(25'000'000) << "0.25";
    QTest::newRow("lightspeed seven decimals") << "11.4860025" << qint64(1'148'600'250) << "11.4860025";
    QTest::newRow("surrounding spaces") << "  7.10 " << qint64(710'000'000) << "7.1";
    QTest::newRow("leading point") << ".5" << qint64(50'000'000) << "0.5";
    QTest::newRow("trailing point") << "5." << qint64(500'000'000) << "5";
    QTest::newRow("ninth digit rounds half even down") << "0.000000005" << qint64(0) << "0";
    QTest::newRow("ninth digit rounds half even up") << "0.000000015" << qint64(2) << "0.00000002";
    QTest::newRow("ninth digit above half") << "0.000000016" << qint64(2) << "0.00000002";
    QTest::newRow("half with sticky digits") << "0.0000000050001" << qint64(1) << "0.00000001";
    QTest::newRow("negative zero") << "-0" << qint64(0) << "0";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);
    QFETCH(QString, printed);

    const auto value = Decimal::parse(text);
    QVERIFY(value.has_value());
    QCOMPARE(value->units(), units);
    QCOMPARE(value->toString(), printed);
}

void TestDecimal::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces only") << "   ";
    QTest::newRow("sign only") << "-";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("letters") << "12abc";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("comma") << "1,5";
    QTest::newRow("too large") << "99999999999999999999";
    QTest::newRow("inner space") << "1 000";
}

void TestDecimal::parseRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void TestDecimal::parseLenientComma()
{
    const auto value = Decimal::parseLenient(u"1,25");
    QVERIFY(value.has_value());
    QCOMPARE(value->toString(), QStringLiteral("1.25"));
}

void TestDecimal::arithmeticIsExact()
{
    // 0.1 + 0.2 is not 0.3 in binary floating point; it must be here.
    const Decimal sum = *Decimal::parse(u"0.1") + *Decimal::parse(u"0.2");
    QCOMPARE(sum, *Decimal::parse(u"0.3"));
    QCOMPARE((Decimal::fromInt(5) - Decimal::fromInt(7)).toString(), QStringLiteral("-2"));
    QVERIFY(Decimal::fromInt(2) > *Decimal::parse(u"1.99999999"));
}

void TestDecimal::multiplyRounds()
{
    const Decimal price = *Decimal::parse(u"19.99");
    QCOMPARE(price.multipliedBy(Decimal::fromInt(3)).toString(), QStringLiteral("59.97"));
    QCOMPARE(Decimal::parse(u"-2")->multipliedBy(price).toString(), QStringLiteral("-39.98"));
}

void TestDecimal::toStringWithDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pads") << "1.5" << 2 << "1.50";
    QTest::newRow("rounds half away") << "2.345" << 2 << "2.35";
    QTest::newRow("negative rounds away") << "-2.345" << 2 << "-2.35";
    QTest::newRow("no decimals") << "2.5" << 0 << "3";
    QTest::newRow("tiny negative prints zero") << "-0.001" << 2 << "0.00";
}

void TestDecimal::toStringWithDecimals()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(text)->toString(decimals), expected);
}

void TestDecimal::floorOfNegative()
{
    QCOMPARE(Decimal::parse(u"-0.5")->floor(), qint64(-1));
    QCOMPARE(Decimal::parse(u"2.9")->floor(), qint64(2));
    QCOMPARE(Decimal::parse(u"-3")->floor(), qint64(-3));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
