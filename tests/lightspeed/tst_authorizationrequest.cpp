#include "lightspeed/authorizationrequest.h"
#include "lightspeed/formencoding.h"
#include "lightspeed/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace posbridge;

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfcVector();
    void pkceVerifierLength_data();
    void pkceVerifierLength();
    void pkceVerifiersDiffer();
    void stateIsRandomBase64Url();
    void urlCarriesEveryParameter();
    void urlKeepsEndpointQuery();
    void urlEncodesScopeSpaces();
    void formEncodingRoundTrip_data();
    void formEncodingRoundTrip();
    void formDecodingReadsPlusAsSpace();
};

void TestAuthorizationRequest::pkceMatchesRfcVector()
{
    // RFC 7636, Appendix B.
    const Pkce pkce = Pkce::fromVerifier(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(pkce.challenge(), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(Pkce::method(), QStringLiteral("S256"));
}

void TestAuthorizationRequest::pkceVerifierLength_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << int(Pkce::DEFAULT_VERIFIER_LENGTH) << 64;
    QTest::newRow("minimum") << 43 << 43;
    QTest::newRow("maximum") << 128 << 128;
    QTest::newRow("too short is raised") << 10 << 43;
    QTest::newRow("too long is lowered") << 500 << 128;
}

void TestAuthorizationRequest::pkceVerifierLength()
{
    QFETCH(int, requested);
    QFETCH(int, expected);

    const Pkce pkce = Pkce::generate(requested);
    QCOMPARE(pkce.verifier().size(), expected);
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    QVERIFY2(unreserved.match(pkce.verifier()).hasMatch(), qPrintable(pkce.verifier()));
    QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
    QCOMPARE(pkce.challenge().size(), 43); // 32 bytes of SHA-256 in unpadded base64url
}

void TestAuthorizationRequest::pkceVerifiersDiffer()
{
    QSet<QString> verifiers;
    for (int i = 0; i < 50; ++i)
        verifiers.insert(Pkce::generate().verifier());
    QCOMPARE(verifiers.size(), 50);
}

void TestAuthorizationRequest::stateIsRandomBase64Url()
{
    QSet<QString> states;
    static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    for (int i = 0; i < 50; ++i) {
        const QString state = AuthorizationRequest::generateState();
        QVERIFY2(base64Url.match(state).hasMatch(), qPrintable(state));
        states.insert(state);
    }
    QCOMPARE(states.size(), 50);
}

void TestAuthorizationRequest::urlCarriesEveryParameter()
{
    const Pkce pkce = Pkce::fromVerifier(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    const auto request = AuthorizationRequest::withValues(
        QStringLiteral("client-1"), {QStringLiteral("employee:register_read"), QStringLiteral("employee:inventory")},
        QStringLiteral("state-xyz"), pkce);
    const QUrl url = request.url(QUrl(QStringLiteral("https://cloud.lightspeedapp.com/auth/oauth/authorize")));

    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("cloud.lightspeedapp.com"));
    QCOMPARE(url.path(), QStringLiteral("/auth/oauth/authorize"));

    const FormFields fields = decodeForm(url.query(QUrl::FullyEncoded).toLatin1());
    const FormFields expected{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("client-1")},
        {QStringLiteral("scope"), QStringLiteral("employee:register_read employee:inventory")},
        {QStringLiteral("state"), QStringLiteral("state-xyz")},
        {QStringLiteral("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    QCOMPARE(fields, expected);
    QVERIFY(!url.toString().contains(QLatin1String("redirect_uri")));
    QVERIFY(!url.toString().contains(pkce.verifier()));
}

void TestAuthorizationRequest::urlKeepsEndpointQuery()
{
    const auto request = AuthorizationRequest::create(QStringLiteral("client-1"), {QStringLiteral("employee:all")});
    const QUrl url = request.url(QUrl(QStringLiteral("http://127.0.0.1:8080/auth/oauth/authorize?tenant=demo")));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("demo"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), request.state());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), request.pkce().challenge());
    QCOMPARE(url.port(), 8080);
}

void TestAuthorizationRequest::urlEncodesScopeSpaces()
{
    const auto request = AuthorizationRequest::create(QStringLiteral("client+1"),
                                                      {QStringLiteral("employee:a"), QStringLiteral("employee:b")});
    const QByteArray encoded = request.url(QUrl(QStringLiteral("https://example.com/authorize"))).toEncoded();
    QVERIFY2(encoded.contains("scope=employee%3Aa%20employee%3Ab"), encoded.constData());
    QVERIFY2(encoded.contains("client_id=client%2B1"), encoded.constData());
}

void TestAuthorizationRequest::formEncodingRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("abc123");
    QTest::newRow("plus and equals") << QStringLiteral("a+b=c&d");
    QTest::newRow("spaces") << QStringLiteral("two words");
    QTest::newRow("unicode") << QStringLiteral("café ünïcode");
    QTest::newRow("percent") << QStringLiteral("100%25");
    QTest::newRow("empty") << QString();
}

void TestAuthorizationRequest::formEncodingRoundTrip()
{
    QFETCH(QString, value);
    const FormFields fields{{QStringLiteral("name"), value}, {QStringLiteral("other"), QStringLiteral("x")}};
    const QByteArray encoded = encodeForm(fields);
    QVERIFY2(!encoded.contains(' '), encoded.constData());
    QCOMPARE(decodeForm(encoded), fields);
}

void TestAuthorizationRequest::formDecodingReadsPlusAsSpace()
{
    const FormFields fields = decodeForm("error_description=The+user+said+no&flag");
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].second, QStringLiteral("The user said no"));
    QCOMPARE(fields[1].first, QStringLiteral("flag"));
    QCOMPARE(fields[1].second, QString());
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
