#include "lightspeed/jwtclaims.h"
#include "lightspeed/tokenset.h"

#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestJwtClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesLightspeedClaims();
    void claimVariants_data();
    void claimVariants();
    void malformedTokens_data();
    void malformedTokens();
    void expiryFromExpiresIn();
    void expiryFromJwtExp();
    void expiryUnknown();
};

namespace {

QString segment(const QByteArray &json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenWithPayload(const QByteArray &payload)
{
    return segment(R"({"alg":"RS256","typ":"JWT"})") + u'.' + segment(payload) + u".c2lnbmF0dXJl"_s;
}

} // namespace

void TestJwtClaims::decodesLightspeedClaims()
{
    const QString token = tokenWithPayload(
        R"({"acct":"184302","sub":"7","scope":"employee:register_read employee:inventory","exp":1767229200,)"
        R"("iat":1767225600,"aud":"client-abc"})");
    const Result<JwtClaims> claims = JwtClaims::decode(token);
    QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().toLogString()));
    QCOMPARE(claims->accountId, u"184302"_s);
    QCOMPARE(claims->subject, u"7"_s);
    QCOMPARE(claims->scopes, (QStringList{u"employee:register_read"_s, u"employee:inventory"_s}));
    QCOMPARE(claims->audience, QStringList{u"client-abc"_s});
    QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(1767229200, Qt::UTC));
    QCOMPARE(claims->issuedAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    QCOMPARE(claims->expiresAt.timeSpec(), Qt::UTC);
}

void TestJwtClaims::claimVariants_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("audience");
    QTest::addColumn<qint64>("exp");

    QTest::newRow("numeric account") << QByteArray(R"({"acct":184302,"exp":100})") << "184302" << QStringList()
                                     << QStringList() << qint64(100);
    QTest::newRow("scope as array") << QByteArray(R"({"scope":["employee:all"],"exp":"200"})") << ""
                                    << QStringList{u"employee:all"_s} << QStringList() << qint64(200);
    QTest::newRow("audience as array") << QByteArray(R"({"aud":["a","b"]})") << "" << QStringList()
                                       << QStringList{u"a"_s, u"b"_s} << qint64(-1);
    QTest::newRow("extra spaces in scope")
        << QByteArray(R"({"scope":" employee:a  employee:b "})") << "" << QStringList{u"employee:a"_s, u"employee:b"_s}
        << QStringList() << qint64(-1);
    QTest::newRow("unknown claims ignored")
        << QByteArray(R"({"jti":"x","nbf":1,"acct":"9"})") << "9" << QStringList() << QStringList() << qint64(-1);
}

void TestJwtClaims::claimVariants()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, account);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, audience);
    QFETCH(qint64, exp);

    const Result<JwtClaims> claims = JwtClaims::decode(tokenWithPayload(payload));
    QVERIFY(claims.ok());
    QCOMPARE(claims->accountId, account);
    QCOMPARE(claims->scopes, scopes);
    QCOMPARE(claims->audience, audience);
    if (exp < 0)
        QVERIFY(!claims->expiresAt.isValid());
    else
        QCOMPARE(claims->expiresAt.toSecsSinceEpoch(), exp);
}

void TestJwtClaims::malformedTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("opaque token") << u"d41d8cd98f00b204e9800998ecf8427e"_s;
    QTest::newRow("two segments") << u"abc.def"_s;
    QTest::newRow("four segments") << u"a.b.c.d"_s;
    QTest::newRow("empty payload") << u"abc..def"_s;
    QTest::newRow("payload not base64") << u"abc.!!!$.def"_s;
    QTest::newRow("payload not json") << tokenWithPayload("not json");
    QTest::newRow("payload is array") << tokenWithPayload("[1,2]");
    QTest::newRow("exp not a number") << tokenWithPayload(R"({"exp":"soon"})");
    QTest::newRow("exp is object") << tokenWithPayload(R"({"exp":{}})");
    QTest::newRow("acct fractional") << tokenWithPayload(R"({"acct":1.5})");
    QTest::newRow("scope list of numbers") << tokenWithPayload(R"({"scope":[1]})");
}

void TestJwtClaims::malformedTokens()
{
    QFETCH(QString, token);
    const Result<JwtClaims> claims = JwtClaims::decode(token);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, ErrorCode::InvalidInput);
    QVERIFY(!claims.error().message.isEmpty());
    if (!token.isEmpty())
        QVERIFY2(!claims.error().toLogString().contains(token), "the error must not quote the token");
}

void TestJwtClaims::expiryFromExpiresIn()
{
    const QDateTime received = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QString token = tokenWithPayload(R"({"exp":1767225700})");
    QCOMPARE(TokenSet::expiryOf(token, 3600, received), received.addSecs(3600));
}

void TestJwtClaims::expiryFromJwtExp()
{
    const QDateTime received = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QString token = tokenWithPayload(R"({"exp":1767225700})");
    QCOMPARE(TokenSet::expiryOf(token, 0, received), QDateTime::fromSecsSinceEpoch(1767225700, Qt::UTC));
}

void TestJwtClaims::expiryUnknown()
{
    const QDateTime received = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    QVERIFY(!TokenSet::expiryOf(u"opaque"_s, 0, received).isValid());
}

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
