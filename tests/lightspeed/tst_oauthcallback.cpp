#include "lightspeed/oauthcallback.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

using Kind = OAuthCallback::Kind;
using Rejection = OAuthCallback::Rejection;

Q_DECLARE_METATYPE(OAuthCallback::Kind)
Q_DECLARE_METATYPE(OAuthCallback::Rejection)

class TestOAuthCallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void errorCarriesDescription();
    void messagesAreSentences_data();
    void messagesAreSentences();
    void emptyExpectedStateRejectsCode();
    void redirectWithOwnQuery();
};

namespace {

const QString STATE = QStringLiteral("s7Gd-Fq_3kL");
const QUrl REDIRECT(QStringLiteral("https://pos.example.com/lightspeed/callback"));

} // namespace

void TestOAuthCallback::classify_data()
{
    QTest::addColumn<QString>("navigated");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Rejection>("rejection");
    QTest::addColumn<QString>("code");

    const QString base = REDIRECT.toString();
    const QString ok = QStringLiteral("?code=abc123&state=") + STATE;

    QTest::newRow("code and state") << base + ok << Kind::Code << Rejection::None << "abc123";
    QTest::newRow("parameters reversed") << base + u"?state="_s + STATE + u"&code=abc123"_s << Kind::Code
                                         << Rejection::None << "abc123";
    QTest::newRow("percent-encoded code")
        << base + u"?code=a%2Fb%3Dc&state="_s + STATE << Kind::Code << Rejection::None << "a/b=c";
    QTest::newRow("extra parameters ignored")
        << base + ok + u"&source=app"_s << Kind::Code << Rejection::None << "abc123";
    QTest::newRow("fragment ignored") << base + ok + u"#_=_"_s << Kind::Code << Rejection::None << "abc123";
    QTest::newRow("explicit default port")
        << u"https://pos.example.com:443/lightspeed/callback"_s + ok << Kind::Code << Rejection::None << "abc123";
    QTest::newRow("upper-case host") << u"https://POS.Example.COM/lightspeed/callback"_s + ok << Kind::Code
                                     << Rejection::None << "abc123";
    QTest::newRow("trailing slash added") << base + u"/"_s + ok << Kind::Code << Rejection::None << "abc123";

    QTest::newRow("access denied") << base + u"?error=access_denied&state="_s + STATE << Kind::Error << Rejection::None
                                   << "";
    QTest::newRow("invalid scope") << base + u"?error=invalid_scope&error_description=Unknown+scope&state="_s + STATE
                                   << Kind::Error << Rejection::None << "";
    QTest::newRow("error without state") << base + u"?error=access_denied"_s << Kind::Error << Rejection::None << "";

    QTest::newRow("wrong state") << base + u"?code=abc123&state=forged"_s << Kind::Rejected << Rejection::StateMismatch
                                 << "";
    QTest::newRow("missing state") << base + u"?code=abc123"_s << Kind::Rejected << Rejection::StateMismatch << "";
    QTest::newRow("empty state") << base + u"?code=abc123&state="_s << Kind::Rejected << Rejection::StateMismatch << "";
    QTest::newRow("error with wrong state")
        << base + u"?error=access_denied&state=forged"_s << Kind::Rejected << Rejection::StateMismatch << "";
    QTest::newRow("missing code") << base + u"?state="_s + STATE << Kind::Rejected << Rejection::MissingCode << "";
    QTest::newRow("empty code") << base + u"?code=&state="_s + STATE << Kind::Rejected << Rejection::MissingCode << "";
    QTest::newRow("no query at all") << base << Kind::Rejected << Rejection::StateMismatch << "";
    QTest::newRow("code only in fragment")
        << base + u"?state="_s + STATE + u"#code=abc123"_s << Kind::Rejected << Rejection::MissingCode << "";
    QTest::newRow("doubled code") << base + ok + u"&code=other"_s << Kind::Rejected << Rejection::DuplicateParameter
                                  << "";
    QTest::newRow("doubled state") << base + ok + u"&state="_s + STATE << Kind::Rejected
                                   << Rejection::DuplicateParameter << "";
    QTest::newRow("doubled error") << base + u"?error=a&error=b&state="_s + STATE << Kind::Rejected
                                   << Rejection::DuplicateParameter << "";

    QTest::newRow("other host") << u"https://evil.example.net/lightspeed/callback"_s + ok << Kind::NotCallback
                                << Rejection::None << "";
    QTest::newRow("subdomain of host") << u"https://x.pos.example.com/lightspeed/callback"_s + ok << Kind::NotCallback
                                       << Rejection::None << "";
    QTest::newRow("other port") << u"https://pos.example.com:8443/lightspeed/callback"_s + ok << Kind::NotCallback
                                << Rejection::None << "";
    QTest::newRow("plain http") << u"http://pos.example.com/lightspeed/callback"_s + ok << Kind::NotCallback
                                << Rejection::None << "";
    QTest::newRow("path merely starts with") << base + u"-evil"_s + ok << Kind::NotCallback << Rejection::None << "";
    QTest::newRow("deeper path") << base + u"/next"_s + ok << Kind::NotCallback << Rejection::None << "";
    QTest::newRow("parent path") << u"https://pos.example.com/lightspeed"_s + ok << Kind::NotCallback << Rejection::None
                                 << "";
    QTest::newRow("path in other case") << u"https://pos.example.com/Lightspeed/Callback"_s + ok << Kind::NotCallback
                                        << Rejection::None << "";
    QTest::newRow("lightspeed login page") << "https://cloud.lightspeedapp.com/auth/oauth/authorize?client_id=x"
                                           << Kind::NotCallback << Rejection::None << "";
    QTest::newRow("host in the path") << u"https://evil.example.net/pos.example.com/lightspeed/callback"_s + ok
                                      << Kind::NotCallback << Rejection::None << "";
    QTest::newRow("user info trick") << u"https://pos.example.com@evil.example.net/lightspeed/callback"_s + ok
                                     << Kind::NotCallback << Rejection::None << "";
}

void TestOAuthCallback::classify()
{
    QFETCH(QString, navigated);
    QFETCH(Kind, kind);
    QFETCH(Rejection, rejection);
    QFETCH(QString, code);

    const OAuthCallback callback = OAuthCallback::parse(QUrl(navigated), REDIRECT, STATE);
    QCOMPARE(callback.kind(), kind);
    QCOMPARE(callback.rejection(), rejection);
    QCOMPARE(callback.code(), code);
}

void TestOAuthCallback::errorCarriesDescription()
{
    const QUrl navigated(REDIRECT.toString() + u"?error=invalid_scope&error_description=Unknown%20scope+x&state="_s +
                         STATE);
    const OAuthCallback callback = OAuthCallback::parse(navigated, REDIRECT, STATE);
    QCOMPARE(callback.kind(), Kind::Error);
    QCOMPARE(callback.error(), QStringLiteral("invalid_scope"));
    QCOMPARE(callback.errorDescription(), QStringLiteral("Unknown scope x"));
    QVERIFY(callback.message().contains(QLatin1String("Unknown scope x")));
}

void TestOAuthCallback::messagesAreSentences_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("access denied") << u"?error=access_denied&state="_s + STATE << "declined";
    QTest::newRow("server error") << u"?error=server_error&error_description=Busy&state="_s + STATE << "Busy";
    QTest::newRow("state mismatch") << QStringLiteral("?code=a&state=forged") << "forged";
    QTest::newRow("missing code") << u"?state="_s + STATE << "no authorization code";
    QTest::newRow("duplicate") << u"?code=a&code=b&state="_s + STATE << "repeated";
}

void TestOAuthCallback::messagesAreSentences()
{
    QFETCH(QString, query);
    QFETCH(QString, fragment);
    const OAuthCallback callback = OAuthCallback::parse(QUrl(REDIRECT.toString() + query), REDIRECT, STATE);
    QVERIFY2(callback.message().contains(fragment), qPrintable(callback.message()));
    QVERIFY(callback.message().endsWith(QLatin1Char('.')));
}

void TestOAuthCallback::emptyExpectedStateRejectsCode()
{
    const OAuthCallback callback =
        OAuthCallback::parse(QUrl(REDIRECT.toString() + u"?code=abc&state="_s), REDIRECT, {});
    QCOMPARE(callback.kind(), Kind::Rejected);
    QCOMPARE(callback.rejection(), Rejection::StateMismatch);
}

void TestOAuthCallback::redirectWithOwnQuery()
{
    const QUrl redirect(QStringLiteral("http://127.0.0.1:53682/cb?company=3"));
    const QUrl navigated(QStringLiteral("http://127.0.0.1:53682/cb?company=3&code=xyz&state=") + STATE);
    const OAuthCallback callback = OAuthCallback::parse(navigated, redirect, STATE);
    QCOMPARE(callback.kind(), Kind::Code);
    QCOMPARE(callback.code(), QStringLiteral("xyz"));
    QVERIFY(callback.message().isEmpty());
    QVERIFY(!OAuthCallback::matchesRedirectUri(QUrl(QStringLiteral("http://127.0.0.1:53683/cb")), redirect));
    QVERIFY(OAuthCallback::matchesRedirectUri(QUrl(QStringLiteral("http://127.0.0.1:53682/cb/")), redirect));
}

QTEST_GUILESS_MAIN(TestOAuthCallback)
#include "tst_oauthcallback.moc"
