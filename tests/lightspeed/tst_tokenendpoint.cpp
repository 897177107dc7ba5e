#include "httpclient.h"
#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "lightspeed/authorizationrequest.h"
#include "lightspeed/jwtclaims.h"
#include "lightspeed/tokenendpoint.h"

#include <QTcpServer>
#include <QTest>

using posbridge::AuthorizationRequest;
using posbridge::ErrorCode;
using posbridge::JwtClaims;
using posbridge::TokenEndpoint;
using posbridge::TokenSet;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

Q_DECLARE_METATYPE(posbridge::ErrorCode)

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exchangeCodeWithPkce();
    void exchangeFailures_data();
    void exchangeFailures();
    void refreshRotatesPair();
    void oldRefreshDiesAfterUse();
    void revokeEndsGrant();
    void unreachableServerIsNetworkError();
    void slowServerTimesOut();
    void serverErrorIsTransient();

private:
    int apiStatusWith(const QString &accessToken);

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestTokenEndpoint::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestTokenEndpoint::init()
{
    clearFaults(*m_sandbox);
}

int TestTokenEndpoint::apiStatusWith(const QString &accessToken)
{
    HttpClient http;
    QUrl url = m_sandbox->apiBaseUrl();
    url.setPath(url.path() + u"/Account.json"_s);
    return http.get(url, accessToken).status;
}

void TestTokenEndpoint::exchangeCodeWithPkce()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto tokens = fetchTokens(*m_sandbox, {u"employee:register_read"_s, u"employee:inventory"_s});
    QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().toLogString()));
    QVERIFY(!tokens->accessToken.isEmpty());
    QVERIFY(!tokens->refreshToken.isEmpty());
    QVERIFY(tokens->receivedAt >= before.addSecs(-1));
    QVERIFY(qAbs(tokens->receivedAt.secsTo(tokens->expiresAt) - 3600) <= 1);

    const auto claims = JwtClaims::decode(tokens->accessToken);
    QVERIFY(claims.ok());
    QCOMPARE(claims->accountId, m_sandbox->accountId());
    QCOMPARE(claims->audience, QStringList{m_sandbox->clientId()});
    QCOMPARE(claims->scopes, (QStringList{u"employee:register_read"_s, u"employee:inventory"_s}));
    QCOMPARE(apiStatusWith(tokens->accessToken), 200);
}

void TestTokenEndpoint::exchangeFailures_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("useTwice");
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<bool>("unknownCode");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("wrong verifier") << u"x"_s.repeated(43) << false << false << false
                                    << ErrorCode::AuthorizationExpired;
    QTest::newRow("missing verifier") << QString() << false << false << false << ErrorCode::InvalidInput;
    QTest::newRow("code used twice") << QString() << true << false << false << ErrorCode::AuthorizationExpired;
    QTest::newRow("wrong client secret") << QString() << false << true << false << ErrorCode::Unauthorized;
    QTest::newRow("unknown code") << QString() << false << false << true << ErrorCode::AuthorizationExpired;
}

void TestTokenEndpoint::exchangeFailures()
{
    QFETCH(QString, verifier);
    QFETCH(bool, useTwice);
    QFETCH(bool, wrongSecret);
    QFETCH(bool, unknownCode);
    QFETCH(ErrorCode, code);

    const auto request = AuthorizationRequest::create(m_sandbox->clientId(), {u"employee:all"_s});
    QString authorizationCode =
        m_sandbox->authorizationCode({u"employee:all"_s}, request.state(), request.pkce().challenge());
    QVERIFY(!authorizationCode.isEmpty());
    if (unknownCode)
        authorizationCode = u"not-a-code"_s;

    posbridge::TokenEndpointConfig config = endpointConfig(*m_sandbox);
    if (wrongSecret)
        config.clientSecret = u"wrong-secret"_s;
    const TokenEndpoint endpoint(config);
    const QString sentVerifier = useTwice ? request.pkce().verifier() : verifier;
    if (useTwice)
        QVERIFY(endpoint.exchangeCode(authorizationCode, sentVerifier).ok());

    const auto tokens = endpoint.exchangeCode(authorizationCode, sentVerifier);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, code);
    QVERIFY(!TokenEndpoint::isTransient(tokens.error()));
    QVERIFY(!tokens.error().message.isEmpty());
    QVERIFY2(!tokens.error().toLogString().contains(authorizationCode), "errors must not quote the code");
}

void TestTokenEndpoint::refreshRotatesPair()
{
    const auto first = fetchTokens(*m_sandbox);
    QVERIFY(first.ok());
    const TokenEndpoint endpoint(endpointConfig(*m_sandbox));
    const auto second = endpoint.refresh(first->refreshToken);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toLogString()));
    QVERIFY(second->accessToken != first->accessToken);
    QVERIFY(second->refreshToken != first->refreshToken);
    QVERIFY(second->expiresAt.isValid());
    QCOMPARE(apiStatusWith(second->accessToken), 200);
}

void TestTokenEndpoint::oldRefreshDiesAfterUse()
{
    const auto first = fetchTokens(*m_sandbox);
    QVERIFY(first.ok());
    const TokenEndpoint endpoint(endpointConfig(*m_sandbox));

    // Until the new access token is used, the old refresh token may be spent again (a lost reply).
    const auto retried = endpoint.refresh(first->refreshToken);
    QVERIFY(retried.ok());
    const auto second = endpoint.refresh(first->refreshToken);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toLogString()));

    QCOMPARE(apiStatusWith(second->accessToken), 200);
    const auto afterUse = endpoint.refresh(first->refreshToken);
    QVERIFY(!afterUse.ok());
    QCOMPARE(afterUse.error().code, ErrorCode::AuthorizationExpired);
    QCOMPARE(afterUse.error().message, u"Authorization expired — use Fetch Token"_s);

    const auto third = endpoint.refresh(second->refreshToken);
    QVERIFY(third.ok());
}

void TestTokenEndpoint::revokeEndsGrant()
{
    const auto tokens = fetchTokens(*m_sandbox);
    QVERIFY(tokens.ok());
    const TokenEndpoint endpoint(endpointConfig(*m_sandbox));

    const auto revoked = endpoint.revoke(tokens->refreshToken);
    QVERIFY2(revoked.ok(), qPrintable(revoked.ok() ? QString() : revoked.error().toLogString()));
    const auto refreshed = endpoint.refresh(tokens->refreshToken);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, ErrorCode::AuthorizationExpired);
    QCOMPARE(apiStatusWith(tokens->accessToken), 401);

    // Revoking an unknown or dead token is not an error (RFC 7009).
    QVERIFY(endpoint.revoke(tokens->refreshToken).ok());
}

void TestTokenEndpoint::unreachableServerIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    posbridge::TokenEndpointConfig config = endpointConfig(*m_sandbox);
    config.tokenUrl.setPort(port);
    const auto tokens = TokenEndpoint(config).refresh(u"any"_s);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, ErrorCode::Network);
    QVERIFY(TokenEndpoint::isTransient(tokens.error()));
    QVERIFY(tokens.error().message.contains(u"127.0.0.1"_s));
}

void TestTokenEndpoint::slowServerTimesOut()
{
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"oauth.token"_s}, {u"latencyMs"_s, 3000}}));
    posbridge::TokenEndpointConfig config = endpointConfig(*m_sandbox);
    config.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const auto tokens = TokenEndpoint(config).refresh(u"any"_s);
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, ErrorCode::Timeout);
    QVERIFY(TokenEndpoint::isTransient(tokens.error()));
}

void TestTokenEndpoint::serverErrorIsTransient()
{
    QVERIFY(addFault(
        *m_sandbox,
        {{u"target"_s, u"oauth.token"_s}, {u"error"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}, {u"count"_s, 1}}));
    const auto tokens = TokenEndpoint(endpointConfig(*m_sandbox)).refresh(u"any"_s);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, ErrorCode::Http);
    QCOMPARE(tokens.error().httpStatus, 503);
    QVERIFY(TokenEndpoint::isTransient(tokens.error()));
}

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
