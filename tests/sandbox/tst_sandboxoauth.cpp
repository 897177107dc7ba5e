#include "sandboxtestutil.h"

#include "sandbox/jwtsigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlFlowIssuesCodeAndState();
    void htmlFlowDenyRedirects();
    void wrongPasswordShowsLoginAgain();
    void authorizeErrorPages_data();
    void authorizeErrorPages();
    void unknownScopeRedirects();
    void accessTokenIsSignedJwt();
    void codeIsSingleUse();
    void codeExpires();
    void pkceChecksVerifier_data();
    void pkceChecksVerifier();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void refreshRotatesOnFirstUse();
    void refreshRetryReplacesPair();
    void refreshRetryLimit();
    void revokeEndsAuthorization();
    void expiredTokenGets401();
    void revokedTokenGets401();
    void secondClientHasOwnTokens();
    void timeScaleShortensTokens();

private:
    QString loginRequestId(const QUrlQuery &query, HttpResult *page = nullptr);
    QUrl authorizeUrl(const QUrlQuery &query) const;
    QUrlQuery defaultAuthorizeQuery(const QString &state) const;

    SandboxProcess m_sandbox{{u"--items"_s, u"50"_s, u"--days"_s, u"2"_s}};
    HttpClient m_http;
};

void TestSandboxOAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

QUrl TestSandboxOAuth::authorizeUrl(const QUrlQuery &query) const
{
    QUrl url = m_sandbox.authorizeUrl();
    url.setQuery(query);
    return url;
}

QUrlQuery TestSandboxOAuth::defaultAuthorizeQuery(const QString &state) const
{
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, m_sandbox.clientId());
    query.addQueryItem(u"scope"_s, u"employee:register_read+employee:inventory"_s);
    query.addQueryItem(u"state"_s, state);
    return query;
}

QString TestSandboxOAuth::loginRequestId(const QUrlQuery &query, HttpResult *page)
{
    const HttpResult login = m_http.get(authorizeUrl(query));
    if (page)
        *page = login;
    static const QRegularExpression hidden(uR"re(name="request" value="([^"]+)")re"_s);
    return hidden.match(QString::fromUtf8(login.body)).captured(1);
}

void TestSandboxOAuth::htmlFlowIssuesCodeAndState()
{
    HttpResult loginPage;
    const QString requestId = loginRequestId(defaultAuthorizeQuery(u"state with spaces & symbols"_s), &loginPage);
    QCOMPARE(loginPage.status, 200);
    QVERIFY(loginPage.header("Content-Type").startsWith("text/html"));
    QVERIFY(loginPage.body.contains("type=\"password\""));
    QVERIFY(!requestId.isEmpty());

    const HttpResult consent = m_http.postForm(m_sandbox.authorizeUrl(), {{u"request"_s, requestId},
                                                                          {u"step"_s, u"login"_s},
                                                                          {u"email"_s, m_sandbox.loginEmail()},
                                                                          {u"password"_s, m_sandbox.loginPassword()}});
    QCOMPARE(consent.status, 200);
    QVERIFY(consent.body.contains("Authorize Application"));
    QVERIFY(consent.body.contains("Deny"));
    QVERIFY(consent.body.contains("employee:register_read"));
    QVERIFY(consent.body.contains("employee:inventory"));

    const HttpResult redirect =
        m_http.postForm(m_sandbox.authorizeUrl(),
                        {{u"request"_s, requestId}, {u"step"_s, u"consent"_s}, {u"decision"_s, u"authorize"_s}});
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), m_sandbox.redirectUri());
    const QUrlQuery parameters(location);
    QCOMPARE(parameters.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"state with spaces & symbols"_s);
    const QString code = parameters.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const Tokens tokens = exchangeCode(m_http, m_sandbox, code);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(tokens.expiresIn, 3600);
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(!tokens.body.contains(u"scope"_s));
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Sale.json"_s), tokens.accessToken).status, 200);
}

void TestSandboxOAuth::htmlFlowDenyRedirects()
{
    const QString requestId = loginRequestId(defaultAuthorizeQuery(u"deny-state"_s));
    m_http.postForm(m_sandbox.authorizeUrl(), {{u"request"_s, requestId},
                                               {u"step"_s, u"login"_s},
                                               {u"email"_s, m_sandbox.loginEmail()},
                                               {u"password"_s, m_sandbox.loginPassword()}});
    const HttpResult redirect = m_http.postForm(
        m_sandbox.authorizeUrl(), {{u"request"_s, requestId}, {u"step"_s, u"consent"_s}, {u"decision"_s, u"deny"_s}});
    QCOMPARE(redirect.status, 302);
    const QUrlQuery parameters{QUrl(QString::fromUtf8(redirect.header("Location")))};
    QCOMPARE(parameters.queryItemValue(u"error"_s), u"access_denied"_s);
    QCOMPARE(parameters.queryItemValue(u"state"_s), u"deny-state"_s);
    QVERIFY(!parameters.hasQueryItem(u"code"_s));
}

void TestSandboxOAuth::wrongPasswordShowsLoginAgain()
{
    const QString requestId = loginRequestId(defaultAuthorizeQuery(u"s"_s));
    const HttpResult page = m_http.postForm(m_sandbox.authorizeUrl(), {{u"request"_s, requestId},
                                                                       {u"step"_s, u"login"_s},
                                                                       {u"email"_s, m_sandbox.loginEmail()},
                                                                       {u"password"_s, u"wrong"_s}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Invalid e-mail or password"));
    QVERIFY(!page.body.contains("Authorize Application"));

    // Consent without a successful login is refused.
    const HttpResult consent =
        m_http.postForm(m_sandbox.authorizeUrl(),
                        {{u"request"_s, requestId}, {u"step"_s, u"consent"_s}, {u"decision"_s, u"authorize"_s}});
    QCOMPARE(consent.status, 400);
}

void TestSandboxOAuth::authorizeErrorPages_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown client") << u"nobody"_s << QString() << QByteArray("No application is registered");
    QTest::newRow("mismatched redirect") << QString() << u"https://evil.example/cb"_s
                                         << QByteArray("does not match the URI registered");
}

void TestSandboxOAuth::authorizeErrorPages()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QByteArray, message);
    QUrlQuery query = defaultAuthorizeQuery(u"s"_s);
    if (!clientId.isEmpty()) {
        query.removeAllQueryItems(u"client_id"_s);
        query.addQueryItem(u"client_id"_s, clientId);
    }
    if (!redirectUri.isEmpty())
        query.addQueryItem(u"redirect_uri"_s, redirectUri);
    const HttpResult page = m_http.get(authorizeUrl(query));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains(message), page.body.constData());
}

void TestSandboxOAuth::unknownScopeRedirects()
{
    QUrlQuery query = defaultAuthorizeQuery(u"scope-state"_s);
    query.removeAllQueryItems(u"scope"_s);
    query.addQueryItem(u"scope"_s, u"employee:register_read employee:teleport"_s);
    const HttpResult redirect = m_http.get(authorizeUrl(query));
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), m_sandbox.redirectUri());
    const QUrlQuery parameters(location);
    QCOMPARE(parameters.queryItemValue(u"error"_s), u"invalid_scope"_s);
    QCOMPARE(parameters.queryItemValue(u"state"_s), u"scope-state"_s);
}

void TestSandboxOAuth::accessTokenIsSignedJwt()
{
    const Tokens tokens = tokensFor(m_sandbox, m_http, {u"employee:register_read"_s, u"employee:inventory"_s});
    QCOMPARE(tokens.status, 200);
    const HttpResult jwks = m_http.get(QUrl(m_sandbox.baseUrl().toString() + u"/.well-known/jwks"_s));
    QCOMPARE(jwks.status, 200);
    const QJsonObject key = jwks.json().value(u"keys"_s).toArray().first().toObject();
    QCOMPARE(key.value(u"alg"_s).toString(), u"RS256"_s);

    const auto claims = posbridge::sandbox::JwtSigner::verifyWithJwk(tokens.accessToken.toLatin1(), key);
    QVERIFY(claims.has_value());
    QCOMPARE(claims->value(u"acct"_s).toString(), m_sandbox.accountId());
    QCOMPARE(claims->value(u"aud"_s).toString(), m_sandbox.clientId());
    QCOMPARE(claims->value(u"scope"_s).toString(), u"employee:register_read employee:inventory"_s);
    QVERIFY(!claims->value(u"sub"_s).toString().isEmpty());
    const qint64 iat = claims->value(u"iat"_s).toInteger();
    QCOMPARE(claims->value(u"exp"_s).toInteger() - iat, 3600);
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 5);

    QByteArray tampered = tokens.accessToken.toLatin1();
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QVERIFY(!posbridge::sandbox::JwtSigner::verifyWithJwk(tampered, key).has_value());
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Item.json"_s), QString::fromLatin1(tampered)).status, 401);
}

void TestSandboxOAuth::codeIsSingleUse()
{
    const QString code = m_sandbox.authorizationCode({u"employee:all"_s}, u"s"_s);
    QCOMPARE(exchangeCode(m_http, m_sandbox, code).status, 200);
    const Tokens second = exchangeCode(m_http, m_sandbox, code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.body.value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(!second.body.value(u"error_description"_s).toString().isEmpty());
}

void TestSandboxOAuth::codeExpires()
{
    SandboxProcess shortCodes({u"--items"_s, u"10"_s, u"--days"_s, u"0"_s, u"--code-lifetime"_s, u"0.4"_s});
    QVERIFY2(shortCodes.start(), qPrintable(shortCodes.errorString()));
    const QString expired = shortCodes.authorizationCode({u"employee:all"_s}, u"s"_s);
    const QString fresh = shortCodes.authorizationCode({u"employee:all"_s}, u"s"_s);
    QCOMPARE(exchangeCode(m_http, shortCodes, fresh).status, 200);
    QTest::qWait(600);
    const Tokens late = exchangeCode(m_http, shortCodes, expired);
    QCOMPARE(late.status, 400);
    QCOMPARE(late.body.value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(late.body.value(u"error_description"_s).toString().contains(u"expired"_s));
}

void TestSandboxOAuth::pkceChecksVerifier_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString good = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
    QTest::newRow("matching verifier") << good << 200 << QString();
    QTest::newRow("wrong verifier") << u"not-the-verifier-0123456789-0123456789-abc"_s << 400 << u"invalid_grant"_s;
    QTest::newRow("missing verifier") << QString() << 400 << u"invalid_request"_s;
}

void TestSandboxOAuth::pkceChecksVerifier()
{
    QFETCH(QString, verifier);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QByteArray digest =
        QCryptographicHash::hash("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", QCryptographicHash::Sha256);
    const QString challenge =
        QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString code = m_sandbox.authorizationCode({u"employee:all"_s}, u"s"_s, challenge);
    const Tokens tokens = exchangeCode(m_http, m_sandbox, code, verifier);
    QCOMPARE(tokens.status, status);
    QCOMPARE(tokens.body.value(u"error"_s).toString(), error);
}

void TestSandboxOAuth::tokenEndpointErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("get is not allowed") << QByteArray("GET") << u"authorization_code"_s << QString() << 405
                                        << u"invalid_request"_s;
    QTest::newRow("wrong client secret") << QByteArray("POST") << u"authorization_code"_s << u"wrong"_s << 401
                                         << u"invalid_client"_s;
    QTest::newRow("missing grant type") << QByteArray("POST") << QString() << QString() << 400 << u"invalid_request"_s;
    QTest::newRow("missing code") << QByteArray("POST") << u"authorization_code"_s << QString() << 400
                                  << u"invalid_request"_s;
    QTest::newRow("unknown refresh token")
        << QByteArray("POST") << u"refresh_token"_s << QString() << 400 << u"invalid_grant"_s;
}

void TestSandboxOAuth::tokenEndpointErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, grantType);
    QFETCH(QString, secret);
    QFETCH(int, status);
    QFETCH(QString, error);
    QByteArray body = "client_id=" + m_sandbox.clientId().toUtf8() +
                      "&client_secret=" + QUrl::toPercentEncoding(secret.isEmpty() ? m_sandbox.clientSecret() : secret);
    if (!grantType.isEmpty())
        body += "&grant_type=" + grantType.toUtf8();
    if (grantType == u"refresh_token")
        body += "&refresh_token=unknown-token";
    const HttpResult result =
        m_http.send(method, m_sandbox.tokenUrl(), body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"error"_s).toString(), error);
    QVERIFY(result.json().contains(u"error_description"_s));
}

void TestSandboxOAuth::refreshRotatesOnFirstUse()
{
    const Tokens first = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    const Tokens second = refreshTokens(m_http, m_sandbox, first.refreshToken);
    QCOMPARE(second.status, 200);
    QVERIFY(second.accessToken != first.accessToken);
    QVERIFY(second.refreshToken != first.refreshToken);

    // Until the new access token is used, the old pair still works.
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), first.accessToken).status, 200);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), second.accessToken).status, 200);

    const Tokens retry = refreshTokens(m_http, m_sandbox, first.refreshToken);
    QCOMPARE(retry.status, 400);
    QCOMPARE(retry.body.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), first.accessToken).status, 401);
    QCOMPARE(refreshTokens(m_http, m_sandbox, second.refreshToken).status, 200);
}

void TestSandboxOAuth::refreshRetryReplacesPair()
{
    const Tokens first = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    const Tokens lost = refreshTokens(m_http, m_sandbox, first.refreshToken);
    const Tokens retried = refreshTokens(m_http, m_sandbox, first.refreshToken);
    QCOMPARE(lost.status, 200);
    QCOMPARE(retried.status, 200);
    // The retry supersedes the pair whose response the client is assumed to have lost.
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), lost.accessToken).status, 401);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), retried.accessToken).status, 200);
}

void TestSandboxOAuth::refreshRetryLimit()
{
    const Tokens first = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(refreshTokens(m_http, m_sandbox, first.refreshToken).status, 200);
    const Tokens sixth = refreshTokens(m_http, m_sandbox, first.refreshToken);
    QCOMPARE(sixth.status, 400);
    QCOMPARE(sixth.body.value(u"error"_s).toString(), u"invalid_request"_s);
}

void TestSandboxOAuth::revokeEndsAuthorization()
{
    const Tokens tokens = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    const HttpResult revoked = m_http.postForm(m_sandbox.revokeUrl(), {{u"client_id"_s, m_sandbox.clientId()},
                                                                       {u"client_secret"_s, m_sandbox.clientSecret()},
                                                                       {u"refresh_token"_s, tokens.refreshToken}});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(refreshTokens(m_http, m_sandbox, tokens.refreshToken).body.value(u"error"_s).toString(),
             u"invalid_grant"_s);
    const HttpResult api = m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), tokens.accessToken);
    QCOMPARE(api.status, 401);

    const HttpResult badClient = m_http.postForm(m_sandbox.revokeUrl(), {{u"client_id"_s, m_sandbox.clientId()},
                                                                         {u"client_secret"_s, u"wrong"_s},
                                                                         {u"refresh_token"_s, tokens.refreshToken}});
    QCOMPARE(badClient.status, 401);
}

void TestSandboxOAuth::expiredTokenGets401()
{
    const Tokens tokens = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), tokens.accessToken).status, 200);
    const QJsonObject expired = m_sandbox.control("POST", u"/sandbox/tokens/expire"_s).object();
    QVERIFY(expired.value(u"affected"_s).toInt() >= 1);
    const HttpResult api = m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), tokens.accessToken);
    QCOMPARE(api.status, 401);
    QCOMPARE(api.json().value(u"message"_s).toString(), u"Access token could not be verified"_s);
    QCOMPARE(api.header("X-LS-Acct-Id"), m_sandbox.accountId().toLatin1());
    // The refresh token still works after an access token expires.
    const Tokens renewed = refreshTokens(m_http, m_sandbox, tokens.refreshToken);
    QCOMPARE(renewed.status, 200);
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), renewed.accessToken).status, 200);
}

void TestSandboxOAuth::revokedTokenGets401()
{
    const Tokens tokens = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    m_sandbox.control("POST", u"/sandbox/tokens/revoke"_s, QJsonObject{{u"clientId"_s, m_sandbox.clientId()}});
    QCOMPARE(m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), tokens.accessToken).status, 401);
    QCOMPARE(refreshTokens(m_http, m_sandbox, tokens.refreshToken).status, 400);
}

void TestSandboxOAuth::secondClientHasOwnTokens()
{
    const QJsonObject registered = m_sandbox
                                       .control("POST", u"/sandbox/clients"_s,
                                                QJsonObject{{u"clientId"_s, u"second"_s},
                                                            {u"clientSecret"_s, u"second-secret"_s},
                                                            {u"redirectUri"_s, u"https://localhost/second"_s}})
                                       .object();
    QCOMPARE(registered.value(u"clients"_s).toArray().size(), 2);
    const QString code =
        m_sandbox
            .control("POST", u"/sandbox/oauth/code"_s,
                     QJsonObject{{u"clientId"_s, u"second"_s}, {u"scopes"_s, QJsonArray{u"employee:all"_s}}})
            .object()
            .value(u"code"_s)
            .toString();
    // A code of one client is not valid for the other.
    QCOMPARE(exchangeCode(m_http, m_sandbox, code).status, 400);
    const QString code2 =
        m_sandbox
            .control("POST", u"/sandbox/oauth/code"_s,
                     QJsonObject{{u"clientId"_s, u"second"_s}, {u"scopes"_s, QJsonArray{u"employee:all"_s}}})
            .object()
            .value(u"code"_s)
            .toString();
    const Tokens tokens =
        parseTokens(m_http.postForm(m_sandbox.tokenUrl(), {{u"grant_type"_s, u"authorization_code"_s},
                                                           {u"code"_s, code2},
                                                           {u"client_id"_s, u"second"_s},
                                                           {u"client_secret"_s, u"second-secret"_s}}));
    QCOMPARE(tokens.status, 200);
    const auto claims = posbridge::sandbox::JwtSigner::decodeClaims(tokens.accessToken.toLatin1());
    QVERIFY(claims.has_value());
    QCOMPARE(claims->value(u"aud"_s).toString(), u"second"_s);

    m_sandbox.control("POST", u"/sandbox/buckets/reset"_s);
    const Tokens mine = tokensFor(m_sandbox, m_http, {u"employee:all"_s});
    for (int i = 0; i < 3; ++i)
        m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), mine.accessToken);
    const HttpResult other = m_http.get(apiUrl(m_sandbox, u"Shop.json"_s), tokens.accessToken);
    QCOMPARE(other.status, 200);
    QVERIFY2(other.header("X-LS-Api-Bucket-Level").startsWith("1/"), other.header("X-LS-Api-Bucket-Level").constData());
}

void TestSandboxOAuth::timeScaleShortensTokens()
{
    SandboxProcess fast({u"--items"_s, u"10"_s, u"--days"_s, u"0"_s, u"--time-scale"_s, u"60"_s});
    QVERIFY2(fast.start(), qPrintable(fast.errorString()));
    const Tokens tokens = tokensFor(fast, m_http, {u"employee:all"_s});
    QCOMPARE(tokens.expiresIn, 60);
    const auto claims = posbridge::sandbox::JwtSigner::decodeClaims(tokens.accessToken.toLatin1());
    QVERIFY(claims.has_value());
    QCOMPARE(claims->value(u"exp"_s).toInteger() - claims->value(u"iat"_s).toInteger(), 60);
    const HttpResult api = m_http.get(apiUrl(fast, u"Shop.json"_s), tokens.accessToken);
    QCOMPARE(api.header("X-LS-Api-Drip-Rate"), QByteArray("60"));
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
