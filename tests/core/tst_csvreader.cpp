#include "core/csvreader.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRecords_data();
    void parsesRecords();
    void reportsLinesOfRecords();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void forcedDelimiterWins();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void acceptsValidMultibyteUtf8();
};

void TestCsvReader::parsesRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<bool>("byteOrderMark");

    const QStringList header = {QStringLiteral("sku"), QStringLiteral("name")};
    QTest::newRow("plain lf") << QByteArray("sku,name\nA,Mug\nB,Cap\n") << header
                              << QList<QStringList>{{u"A"_s, u"Mug"_s}, {u"B"_s, u"Cap"_s}} << false;
    QTest::newRow("crlf without final newline") << QByteArray("sku,name\r\nA,Mug\r\nB,Cap") << header
                                                << QList<QStringList>{{u"A"_s, u"Mug"_s}, {u"B"_s, u"Cap"_s}} << false;
    QTest::newRow("old mac line ends") << QByteArray("sku,name\rA,Mug\r") << header
                                       << QList<QStringList>{{u"A"_s, u"Mug"_s}} << false;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFsku,name\nA,Mug\n") << header
                                     << QList<QStringList>{{u"A"_s, u"Mug"_s}} << true;
    QTest::newRow("quoted delimiter") << QByteArray("sku,name\nA,\"Mug, large\"\n") << header
                                      << QList<QStringList>{{u"A"_s, u"Mug, large"_s}} << false;
    QTest::newRow("doubled quotes") << QByteArray("sku,name\nA,\"The \"\"best\"\" mug\"\n") << header
                                    << QList<QStringList>{{u"A"_s, u"The \"best\" mug"_s}} << false;
    QTest::newRow("quoted newline") << QByteArray("sku,name\nA,\"Mug\nwith lid\"\nB,Cap\n") << header
                                    << QList<QStringList>{{u"A"_s, u"Mug\nwith lid"_s}, {u"B"_s, u"Cap"_s}} << false;
    QTest::newRow("blank lines skipped") << QByteArray("sku,name\n\nA,Mug\n\n\n") << header
                                         << QList<QStringList>{{u"A"_s, u"Mug"_s}} << false;
    QTest::newRow("empty fields kept") << QByteArray("sku,name\nA,\n,B\n") << header
                                       << QList<QStringList>{{u"A"_s, QString()}, {QString(), u"B"_s}} << false;
    QTest::newRow("header trimmed") << QByteArray(" sku , name \nA,Mug\n") << header
                                    << QList<QStringList>{{u"A"_s, u"Mug"_s}} << false;
    QTest::newRow("utf-8 text") << QByteArray("sku,name\nA,Caf\xC3\xA9 cr\xC3\xA8me\n") << header
                                << QList<QStringList>{{u"A"_s, u"Café crème"_s}} << false;
}

void TestCsvReader::parsesRecords()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    QFETCH(bool, byteOrderMark);

    const auto table = CsvReader::parse(data);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->header.fields, header);
    QCOMPARE(table->hadByteOrderMark, byteOrderMark);
    QCOMPARE(table->records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(table->records[i].fields.size(), records[i].size());
        for (qsizetype k = 0; k < records[i].size(); ++k)
            QCOMPARE(table->records[i].fields[k], records[i][k]);
    }
}

void TestCsvReader::reportsLinesOfRecords()
{
    const auto table = CsvReader::parse("sku,name\nA,\"two\nlines\"\n\nB,Cap\nC,\"x\r\ny\r\nz\"\nD,end\n");
    QVERIFY(table.ok());
    QList<int> lines;
    for (const CsvRecord &record : table->records)
        lines << record.line;
    QCOMPARE(lines, (QList<int>{2, 5, 6, 9}));
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << u"sku,name,price\nA;B,C"_s << QChar(u',');
    QTest::newRow("semicolon") << u"sku;name;price\n1,5;2,5"_s << QChar(u';');
    QTest::newRow("tab") << u"sku\tname\tprice"_s << QChar(u'\t');
    QTest::newRow("quoted commas ignored") << u"\"a,b,c\";\"d\";e"_s << QChar(u';');
    QTest::newRow("single column") << u"sku\nA"_s << QChar(u',');
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestCsvReader::forcedDelimiterWins()
{
    const auto table = CsvReader::parse("sku;name,x\nA;Mug,1\n", QChar(u','));
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, QChar(u','));
    QCOMPARE(table->header.fields, (QStringList{u"sku;name"_s, u"x"_s}));
}

void TestCsvReader::rejectsInvalidInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("latin-1 on line 3") << QByteArray("sku,name\nA,Mug\nB,Caf\xE9\n") << u"Line 3"_s;
    QTest::newRow("windows-1252 quote") << QByteArray("sku,name\nA,\x93quoted\x94\n") << u"Line 2"_s;
    QTest::newRow("truncated sequence") << QByteArray("sku,name\nA,\xC3") << u"Line 2"_s;
    QTest::newRow("overlong encoding") << QByteArray("sku,name\nA,\xC0\xAF\n") << u"Line 2"_s;
    QTest::newRow("utf-16 little endian") << QByteArray("\xFF\xFEs\0k\0u\0", 8) << u"UTF-16"_s;
    QTest::newRow("unclosed quote") << QByteArray("sku,name\nA,Mug\nB,\"Cap\nC,Hat\n") << u"Line 3"_s;
    QTest::newRow("empty file") << QByteArray() << u"empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\n\r\n") << u"empty"_s;
}

void TestCsvReader::rejectsInvalidInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);

    const auto table = CsvReader::parse(data);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InvalidInput);
    QVERIFY2(table.error().message.contains(messagePart), qPrintable(table.error().message));
}

void TestCsvReader::acceptsValidMultibyteUtf8()
{
    // Two-, three- and four-byte sequences: é, €, 𝄞.
    const QByteArray data("a\n\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\n");
    QVERIFY(!CsvReader::firstInvalidUtf8(data).has_value());
    const auto table = CsvReader::parse(data);
    QVERIFY(table.ok());
    QCOMPARE(table->records.constFirst().fields.constFirst(), QString::fromUtf8("é€𝄞"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
