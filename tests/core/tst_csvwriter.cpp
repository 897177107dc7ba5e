#include "csvtestreader.h"

#include "core/csvwriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace posbridge;
using posbridge::testing::parseCsv;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesFields_data();
    void escapesFields();
    void rowsEndWithCrLf();
    void byteOrderMarkIsOptional();
    void nonAsciiIsUtf8();
    void rowsReadBackUnchanged_data();
    void rowsReadBackUnchanged();
    void formulaTextIsGuarded_data();
    void formulaTextIsGuarded();
    void decimalsFollowFormat_data();
    void decimalsFollowFormat();
    void datesAreIsoLike();
    void formatFollowsLocale();
    void largeOutputIsStreamed();
    void writeFailureIsReported();
};

void TestCsvWriter::escapesFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << "abc"
                           << ","
                           << "abc";
    QTest::newRow("empty") << ""
                           << ","
                           << "";
    QTest::newRow("comma") << "a,b"
                           << ","
                           << "\"a,b\"";
    QTest::newRow("comma with semicolon delimiter") << "a,b"
                                                    << ";"
                                                    << "a,b";
    QTest::newRow("semicolon with semicolon delimiter") << "a;b"
                                                        << ";"
                                                        << "\"a;b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << ","
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("only a quote") << "\""
                                  << ","
                                  << "\"\"\"\"";
    QTest::newRow("line feed") << "line 1\nline 2"
                               << ","
                               << "\"line 1\nline 2\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << ","
                                     << "\"a\rb\"";
    QTest::newRow("crlf inside") << "a\r\nb"
                                 << ","
                                 << "\"a\r\nb\"";
    QTest::newRow("leading space") << " a"
                                   << ","
                                   << "\" a\"";
    QTest::newRow("trailing space") << "a "
                                    << ","
                                    << "\"a \"";
    QTest::newRow("inner space") << "a b"
                                 << ","
                                 << "a b";
    QTest::newRow("tab delimiter") << "a\tb"
                                   << "\t"
                                   << "\"a\tb\"";
}

void TestCsvWriter::escapesFields()
{
    QFETCH(QString, field);
    QFETCH(QString, delimiter);
    QFETCH(QString, written);

    QCOMPARE(CsvWriter::escapeField(field, delimiter.front()), written);
}

void TestCsvWriter::rowsEndWithCrLf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvFormat format;
        format.byteOrderMark = false;
        CsvWriter writer(&buffer, format);
        QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(writer.writeRow({QString(), QStringLiteral("c")}));
        QVERIFY(writer.writeRow({}));
        QCOMPARE(writer.rowsWritten(), 3);
    }
    QCOMPARE(buffer.data(), QByteArray("a,b\r\n,c\r\n\r\n"));
}

void TestCsvWriter::byteOrderMarkIsOptional()
{
    for (bool bom : {true, false}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvFormat format;
            format.byteOrderMark = bom;
            CsvWriter writer(&buffer, format);
            writer.writeRow({QStringLiteral("x")});
        }
        QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBF"), bom);
        QCOMPARE(buffer.data().endsWith("x\r\n"), true);
        QCOMPARE(buffer.data().size(), bom ? 6 : 3);
    }
}

void TestCsvWriter::nonAsciiIsUtf8()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString text = QStringLiteral("Crème brûlée — 日本 ✓");
    {
        CsvFormat format;
        format.byteOrderMark = false;
        CsvWriter writer(&buffer, format);
        writer.writeRow({text});
    }
    QCOMPARE(buffer.data(), text.toUtf8() + "\r\n");
}

void TestCsvWriter::rowsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("bom");

    QTest::newRow("comma with byte order mark") << "," << true;
    QTest::newRow("comma without byte order mark") << "," << false;
    QTest::newRow("semicolon with byte order mark") << ";" << true;
}

void TestCsvWriter::rowsReadBackUnchanged()
{
    QFETCH(QString, delimiter);
    QFETCH(bool, bom);

    const QList<QStringList> rows{
        {QStringLiteral("Sale ID"), QStringLiteral("Description"), QStringLiteral("Total")},
        {QStringLiteral("1001"), QStringLiteral("Mug, \"large\""), QStringLiteral("12.50")},
        {QStringLiteral("1002"), QStringLiteral("Two\r\nlines; and\nmore"), QString()},
        {QString(), QStringLiteral(" padded "), QStringLiteral("Ünïcödé ✓")},
        {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\"")},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvFormat format;
        format.delimiter = delimiter.front();
        format.byteOrderMark = bom;
        CsvWriter writer(&buffer, format);
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRow(row));
    }

    const auto parsed = parseCsv(buffer.data(), delimiter.front());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->hadByteOrderMark, bom);
    QCOMPARE(parsed->rows, rows);
}

void TestCsvWriter::formulaTextIsGuarded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("written");

    QTest::newRow("equals") << "=1+1" << true << "'=1+1";
    QTest::newRow("plus") << "+31 20 555" << true << "'+31 20 555";
    QTest::newRow("minus") << "-cmd" << true << "'-cmd";
    QTest::newRow("at") << "@SUM(A1)" << true << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx" << true << "'\tx";
    QTest::newRow("ordinary text") << "Mug" << true << "Mug";
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("guard off") << "=1+1" << false << "=1+1";
}

void TestCsvWriter::formulaTextIsGuarded()
{
    QFETCH(QString, text);
    QFETCH(bool, guard);
    QFETCH(QString, written);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvFormat format;
    format.guardFormulas = guard;
    CsvWriter writer(&buffer, format);
    QCOMPARE(writer.text(text), written);
}

void TestCsvWriter::decimalsFollowFormat_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("semicolon");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("written");

    QTest::newRow("shortest, point") << "12.5" << false << -1 << "12.5";
    QTest::newRow("shortest, comma") << "12.5" << true << -1 << "12,5";
    QTest::newRow("negative, comma") << "-0.25" << true << -1 << "-0,25";
    QTest::newRow("integer") << "7" << true << -1 << "7";
    QTest::newRow("lightspeed precision") << "11.4860025" << false << -1 << "11.4860025";
    QTest::newRow("two decimals, point") << "3" << false << 2 << "3.00";
    QTest::newRow("two decimals, comma") << "2.345" << true << 2 << "2,35";
}

void TestCsvWriter::decimalsFollowFormat()
{
    QFETCH(QString, value);
    QFETCH(bool, semicolon);
    QFETCH(int, decimals);
    QFETCH(QString, written);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, semicolon ? CsvFormat::semicolon() : CsvFormat::comma());
    const Decimal number = *Decimal::parse(value);
    QCOMPARE(decimals < 0 ? writer.decimal(number) : writer.decimal(number, decimals), written);
}

void TestCsvWriter::datesAreIsoLike()
{
    const QDateTime utc(QDate(2026, 3, 1), QTime(22, 5, 9), Qt::UTC);
    QCOMPARE(CsvWriter::dateTime(utc, QTimeZone::utc()), QStringLiteral("2026-03-01 22:05:09"));
    QCOMPARE(CsvWriter::dateTime(utc, QTimeZone("Europe/Brussels")), QStringLiteral("2026-03-01 23:05:09"));
    QCOMPARE(CsvWriter::dateTime(utc), utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(CsvWriter::dateTime(QDateTime()), QString());
    QCOMPARE(CsvWriter::date(QDate(2026, 1, 2)), QStringLiteral("2026-01-02"));
    QCOMPARE(CsvWriter::date(QDate()), QString());
}

void TestCsvWriter::formatFollowsLocale()
{
    const CsvFormat german = CsvFormat::forLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.delimiter, u';');
    QCOMPARE(german.decimalSeparator, u',');
    const CsvFormat american = CsvFormat::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(american.delimiter, u',');
    QCOMPARE(american.decimalSeparator, u'.');
}

void TestCsvWriter::largeOutputIsStreamed()
{
    // The writer hands blocks to the device as it goes instead of holding the whole file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QStringList row{QStringLiteral("1234567890"), QStringLiteral("a, quoted field"), QStringLiteral("x")};
    for (int i = 0; i < 5000; ++i)
        QVERIFY(writer.writeRow(row));
    QVERIFY(buffer.data().size() > 64 * 1024);
    QVERIFY(writer.flush());
    const auto parsed = parseCsv(buffer.data());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->rows.size(), 5000);
    QCOMPARE(parsed->rows.last(), row);
}

void TestCsvWriter::writeFailureIsReported()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter writer(&readOnly);
    writer.writeRow({QStringLiteral("a")});
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!writer.writeRow({QStringLiteral("b")}));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
