#include "gui/webview/pageloadfailure.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestPageLoadFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data();
    void reasons();
    void messageShowsSiteOnly();
};

void TestPageLoadFailure::reasons_data()
{
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<QString>("certificateProblem");
    QTest::addColumn<QString>("expected");

    QTest::newRow("connection refused") << -102 << u"net::ERR_CONNECTION_REFUSED"_s << QString()
                                        << u"the server refused the connection"_s;
    QTest::newRow("unknown host") << -105 << u"net::ERR_NAME_NOT_RESOLVED"_s << QString()
                                  << u"the host name could not be found"_s;
    QTest::newRow("timed out") << -118 << u"net::ERR_CONNECTION_TIMED_OUT"_s << QString()
                               << u"the connection timed out"_s;
    QTest::newRow("certificate with description")
        << -202 << u"net::ERR_CERT_AUTHORITY_INVALID"_s << u"The certificate is not trusted."_s
        << u"its TLS certificate is not valid: The certificate is not trusted."_s;
    QTest::newRow("certificate without description")
        << -201 << u"net::ERR_CERT_DATE_INVALID"_s << QString() << u"its TLS certificate is not valid"_s;
    QTest::newRow("unmapped error keeps Chromium's name")
        << -324 << u"net::ERR_EMPTY_RESPONSE"_s << QString() << u"net::ERR_EMPTY_RESPONSE"_s;
    QTest::newRow("no name at all") << -999 << QString() << QString() << u"error -999"_s;
}

void TestPageLoadFailure::reasons()
{
    QFETCH(int, errorCode);
    QFETCH(QString, errorString);
    QFETCH(QString, certificateProblem);
    QFETCH(QString, expected);

    QCOMPARE(PageLoadFailure::reason(errorCode, errorString, certificateProblem), expected);
}

void TestPageLoadFailure::messageShowsSiteOnly()
{
    const QString message = PageLoadFailure::message(
        QUrl(u"https://user:pass@cloud.example:8443/auth/oauth/authorize?state=secret-state"_s), -102,
        u"net::ERR_CONNECTION_REFUSED"_s);
    QVERIFY2(message.contains(u"https://cloud.example:8443"_s), qPrintable(message));
    QVERIFY2(message.contains(u"refused"_s), qPrintable(message));
    QVERIFY2(message.contains(u"net::ERR_CONNECTION_REFUSED"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"secret-state"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"pass"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"/auth/oauth"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestPageLoadFailure)
#include "tst_pageloadfailure.moc"
