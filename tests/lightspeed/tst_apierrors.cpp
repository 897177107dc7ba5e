#include "lightspeed/apierrors.h"
#include "lightspeed/tokenendpoint.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(posbridge::ErrorCode)

class TestApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusMapping_data();
    void statusMapping();
    void transientErrors_data();
    void transientErrors();
    void serverMessage_data();
    void serverMessage();
    void longServerMessageShortened();
    void tokenErrorsTransient_data();
    void tokenErrorsTransient();
};

void TestApiErrors::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("showsServerMessage");

    QTest::newRow("400 bad request") << 400 << ErrorCode::InvalidInput << false << true;
    QTest::newRow("401 unauthorized") << 401 << ErrorCode::Unauthorized << false << true;
    QTest::newRow("403 missing scope") << 403 << ErrorCode::Forbidden << false << true;
    QTest::newRow("404 not found") << 404 << ErrorCode::NotFound << false << true;
    QTest::newRow("405 wrong method") << 405 << ErrorCode::InvalidInput << false << true;
    QTest::newRow("408 request timeout") << 408 << ErrorCode::Http << true << false;
    QTest::newRow("409 edit conflict") << 409 << ErrorCode::Conflict << false << true;
    QTest::newRow("410 gone") << 410 << ErrorCode::Http << false << true;
    QTest::newRow("422 unprocessable") << 422 << ErrorCode::InvalidInput << false << true;
    QTest::newRow("429 rate limited") << 429 << ErrorCode::RateLimited << true << false;
    QTest::newRow("500 server error") << 500 << ErrorCode::Http << true << false;
    QTest::newRow("502 bad gateway") << 502 << ErrorCode::Http << true << false;
    QTest::newRow("503 unavailable") << 503 << ErrorCode::Http << true << false;
    QTest::newRow("504 relation timeout") << 504 << ErrorCode::Http << true << false;
}

void TestApiErrors::statusMapping()
{
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    QFETCH(bool, transient);
    QFETCH(bool, showsServerMessage);

    const QString serverText = u"Item with that customSku already exists"_s;
    const Error error = ApiErrors::forStatus(status, serverText, u"PUT https://host/API/V3/x.json: HTTP %1"_s);
    QCOMPARE(ApiErrors::codeForStatus(status), code);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(ApiErrors::isTransientStatus(status), transient);
    QCOMPARE(ApiErrors::isTransient(error), transient);
    QCOMPARE(error.message.contains(serverText), showsServerMessage);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.detail.contains(u"HTTP"_s));
}

void TestApiErrors::transientErrors_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");

    QTest::newRow("network") << ErrorCode::Network << 0 << true;
    QTest::newRow("timeout") << ErrorCode::Timeout << 0 << true;
    QTest::newRow("malformed body") << ErrorCode::Http << 0 << true;
    QTest::newRow("authorization expired") << ErrorCode::AuthorizationExpired << 0 << false;
    QTest::newRow("cancelled") << ErrorCode::Cancelled << 0 << false;
    QTest::newRow("forbidden") << ErrorCode::Forbidden << 403 << false;
}

void TestApiErrors::transientErrors()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(ApiErrors::isTransient(makeError(code, u"x"_s, {}, status)), transient);
}

void TestApiErrors::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("lightspeed error body")
        << QByteArray(R"({"httpCode":"422","httpMessage":"Unprocessable Entity","message":"qoh must be >= 0",)"
                      R"("errorClass":"ValidationException"})")
        << "qoh must be >= 0";
    QTest::newRow("oauth body") << QByteArray(R"({"error":"invalid_grant","error_description":"Token revoked"})")
                                << "Token revoked";
    QTest::newRow("error only") << QByteArray(R"({"error":"invalid_request"})") << "invalid_request";
    QTest::newRow("html page") << QByteArray("<html>Bad Gateway</html>") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("whitespace collapsed") << QByteArray(R"({"message":"  two\n lines "})") << "two lines";
}

void TestApiErrors::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ApiErrors::serverMessage(body), message);
}

void TestApiErrors::longServerMessageShortened()
{
    const QByteArray body = R"({"message":")" + QByteArray(2000, 'x') + R"("})";
    const QString message = ApiErrors::serverMessage(body);
    QVERIFY(message.size() <= 501);
    QVERIFY(message.endsWith(u"…"_s));
}

void TestApiErrors::tokenErrorsTransient_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");

    QTest::newRow("invalid grant") << ErrorCode::AuthorizationExpired << 400 << false;
    QTest::newRow("invalid client") << ErrorCode::Unauthorized << 401 << false;
    QTest::newRow("other oauth error") << ErrorCode::InvalidInput << 400 << false;
    QTest::newRow("network") << ErrorCode::Network << 0 << true;
    QTest::newRow("timeout") << ErrorCode::Timeout << 0 << true;
    QTest::newRow("429") << ErrorCode::RateLimited << 429 << true;
    QTest::newRow("503") << ErrorCode::Http << 503 << true;
    QTest::newRow("404 token url") << ErrorCode::Http << 404 << false;
}

void TestApiErrors::tokenErrorsTransient()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(TokenEndpoint::isTransient(makeError(code, u"x"_s, {}, status)), transient);
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
