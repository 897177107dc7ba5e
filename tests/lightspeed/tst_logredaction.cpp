#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "lightspeed/apiclient.h"
#include "lightspeed/apiquery.h"
#include "lightspeed/authorizationrequest.h"
#include "lightspeed/tokenendpoint.h"
#include "lightspeed/tokenmanager.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using posbridge::ApiQuery;
using posbridge::SecretKind;
using posbridge::VoidResult;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

// Turns on all output of the app's categories. ctest sets QT_LOGGING_RULES to hide debug
// output, and only a category filter overrides that.
void enableDebugOutput(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrncmp(category->categoryName(), "posbridge.", 10) != 0)
        return;
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg})
        category->setEnabled(type, true);
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&s_logMutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void logsCarryNoSecrets();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestLogRedaction::initTestCase()
{
    s_previousFilter = QLoggingCategory::installFilter(enableDebugOutput);
    s_previousHandler = qInstallMessageHandler(captureMessage);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--items"_s, u"150"_s, u"--days"_s, u"1"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestLogRedaction::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    QLoggingCategory::installFilter(s_previousFilter);
}

void TestLogRedaction::logsCarryNoSecrets()
{
    QStringList secrets{m_sandbox->clientSecret()};
    SandboxConnection connection(*m_sandbox);
    const posbridge::SecretKey secretKey{DATABASE_UUID, 1, SecretKind::ClientSecret};
    QVERIFY(connection.store.write(secretKey, m_sandbox->clientSecret()).result().ok());
    connection.createManager();
    QVERIFY(connection.tokens->load().ok());

    // Authorization: the code and the PKCE verifier are secrets too.
    const auto request = posbridge::AuthorizationRequest::create(m_sandbox->clientId(), {u"employee:all"_s});
    const QString code = m_sandbox->authorizationCode({u"employee:all"_s}, request.state(), request.pkce().challenge());
    secrets << code << request.pkce().verifier();
    const auto fetched =
        posbridge::TokenEndpoint(endpointConfig(*m_sandbox)).exchangeCode(code, request.pkce().verifier());
    QVERIFY(fetched.ok());
    secrets << fetched->accessToken << fetched->refreshToken;
    QVERIFY(connection.tokens->installTokens(*fetched).ok());

    // API calls with a query, an expired token, a retried fault and a permanent error.
    const auto client = connection.client();
    ApiQuery query;
    query.filter(u"timeStamp"_s, ApiQuery::Op::GreaterOrEqual, u"2020-01-01T00:00:00+00:00"_s).limit();
    QVERIFY(client
                ->forEachPage(u"Account/%1/Item.json"_s.arg(m_sandbox->accountId()), query,
                              [](const posbridge::ApiResponse &) -> VoidResult { return {}; })
                .ok());
    m_sandbox->control("POST", u"/sandbox/tokens/expire"_s);
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"account"_s}, {u"error"_s, 1.0}, {u"count"_s, 1}}));
    QVERIFY(client->get(u"Account.json"_s).ok());
    secrets << connection.storedAccessToken() << connection.storedRefreshToken();
    QVERIFY(!client->get(u"Account/%1/Item/99999999.json"_s.arg(m_sandbox->accountId())).ok());

    // A refresh that fails with invalid_grant, then a disconnect.
    m_sandbox->control("POST", u"/sandbox/tokens/revoke"_s);
    QVERIFY(!connection.tokens->tokenRejected(connection.storedAccessToken()).ok());
    QVERIFY(connection.tokens->installTokens(*fetchTokens(*m_sandbox)).ok());
    secrets << connection.storedAccessToken() << connection.storedRefreshToken();
    QVERIFY(connection.tokens->revokeAndClear().ok());

    QStringList captured;
    {
        const QMutexLocker locker(&s_logMutex);
        captured = s_log;
    }
    const QString log = captured.join(u'\n');
    QVERIFY2(log.contains(u"Refreshing the access token"_s), "the flow should have been logged");
    QVERIFY2(log.contains(u"/Item.json"_s), "request URLs should have been logged");
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 16);
        QVERIFY2(!log.contains(secret),
                 qPrintable(u"a secret of %1 characters leaked into the log"_s.arg(secret.size())));
        QVERIFY2(!log.contains(secret.left(16)), "the start of a secret leaked into the log");
    }
    QVERIFY2(!log.contains(u"Bearer"_s), "an Authorization header leaked into the log");
    QVERIFY2(!log.contains(u"timeStamp="_s) && !log.contains(u"%3E"_s), "a query string leaked into the log");
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
