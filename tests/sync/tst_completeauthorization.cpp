#include "resulttext.h"
#include "sandboxconnection.h"

#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "sync/connectionmanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using posbridge::testing::errorText;
using namespace Qt::StringLiterals;

// ConnectionManager::completeAuthorization(), the second half of Fetch Token, against the
// sandbox: the codes come from its control endpoint instead of the HTML pages.
class TestCompleteAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storesConnectionAndResolvesShop();
    void otherAccountStoresNothing();
    void failedExchangeKeepsTokens_data();
    void failedExchangeKeepsTokens();
    void unknownShopNameNotStored();
    void renewalAfterExpiredAuthorization();
    void stateDescriptions_data();
    void stateDescriptions();

private:
    qint64 addCompany(const QString &name, const QString &storedClientId);
    AuthorizationGrant grantFor(qint64 companyId, const QStringList &scopes = {u"employee:all"_s});
    IntegrationSettings storedSettings(qint64 companyId);
    IntegrationSecrets storedSecrets(qint64 companyId);
    void connectWithOldTokens(qint64 companyId);

    SandboxProcess m_sandbox{{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
};

void TestCompleteAuthorization::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestCompleteAuthorization::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"authorization.sqlite"_s)});
    QVERIFY(database.ok());
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, *m_secrets, *m_registry);
}

void TestCompleteAuthorization::cleanup()
{
    m_connections.reset();
    m_registry.reset();
    m_executor.reset();
    m_secrets.reset();
    m_dir.reset();
}

// Adds a company whose saved settings name storedClientId and the sandbox's endpoints.
qint64 TestCompleteAuthorization::addCompany(const QString &name, const QString &storedClientId)
{
    return m_executor
        ->run([this, name, storedClientId](Database &db) -> qint64 {
            auto company = CompanyRepository(db.connection()).add(name);
            if (!company)
                return 0;
            IntegrationSettings settings;
            settings.companyId = company->id;
            settings.posEnabled = true;
            settings.clientId = storedClientId;
            settings.redirectUri = m_sandbox.redirectUri().toString();
            settings.authorizeUrl = m_sandbox.authorizeUrl().toString();
            settings.tokenUrl = m_sandbox.tokenUrl().toString();
            settings.revokeUrl = m_sandbox.revokeUrl().toString();
            settings.apiBaseUrl = m_sandbox.apiBaseUrl().toString();
            if (!SettingsRepository(db.connection()).save(settings))
                return 0;
            const SecretKey secret{db.uuid(), company->id, SecretKind::ClientSecret};
            if (!m_secrets->write(secret, u"stored-secret"_s).result())
                return 0;
            return company->id;
        })
        .result();
}

// What the form would send: the sandbox's client and a fresh code with a PKCE challenge.
AuthorizationGrant TestCompleteAuthorization::grantFor(qint64 companyId, const QStringList &scopes)
{
    const auto request = AuthorizationRequest::create(m_sandbox.clientId(), scopes);
    AuthorizationGrant grant;
    grant.companyId = companyId;
    grant.settings = storedSettings(companyId);
    grant.settings.clientId = m_sandbox.clientId();
    grant.settings.scopes = scopes;
    grant.clientSecret = m_sandbox.clientSecret();
    grant.code = m_sandbox.authorizationCode(scopes, request.state(), request.pkce().challenge());
    grant.codeVerifier = request.pkce().verifier();
    return grant;
}

IntegrationSettings TestCompleteAuthorization::storedSettings(qint64 companyId)
{
    return m_executor
        ->run([companyId](Database &db) { return SettingsRepository(db.connection()).load(companyId).value(); })
        .result();
}

IntegrationSecrets TestCompleteAuthorization::storedSecrets(qint64 companyId)
{
    return m_secrets->readCompany(m_executor->database()->uuid(), companyId).result().value();
}

// Connects the company the first time, so that later attempts have tokens to keep.
void TestCompleteAuthorization::connectWithOldTokens(qint64 companyId)
{
    QSignalSpy renewed(m_connections.get(), &ConnectionManager::authorizationRenewed);
    const auto first = m_connections->completeAuthorization(grantFor(companyId)).result();
    QVERIFY2(first.ok(), errorText(first).constData());
    QVERIFY(storedSecrets(companyId).hasTokens());
    // The signal is queued, so it is awaited here rather than counted by a later spy.
    QTRY_COMPARE(renewed.count(), 1);
}

void TestCompleteAuthorization::storesConnectionAndResolvesShop()
{
    const qint64 company = addCompany(u"Downtown Store"_s, u"stale-client"_s);
    QVERIFY(company != 0);
    QSignalSpy renewed(m_connections.get(), &ConnectionManager::authorizationRenewed);
    QSignalSpy states(m_connections.get(), &ConnectionManager::connectionStateChanged);

    // Values typed in the form and not saved: a new client, and a shop name in another case.
    AuthorizationGrant grant = grantFor(company);
    grant.settings.shopName = u"downtown"_s;
    const auto outcome = m_connections->completeAuthorization(grant).result();
    QVERIFY2(outcome.ok(), errorText(outcome).constData());

    QCOMPARE(outcome->settings.accountId, m_sandbox.accountId());
    QCOMPARE(outcome->settings.shopName, u"Downtown"_s);
    QCOMPARE(outcome->settings.shopId, 1);
    QVERIFY(!outcome->listError.has_value());
    QVERIFY(!outcome->shopNotFound);
    QCOMPARE(outcome->shops.size(), 2);
    QVERIFY(!outcome->employees.isEmpty());

    const IntegrationSettings saved = storedSettings(company);
    QCOMPARE(saved.clientId, m_sandbox.clientId());
    QCOMPARE(saved.accountId, m_sandbox.accountId());
    QCOMPARE(saved.shopName, u"Downtown"_s);
    QCOMPARE(saved.shopId, 1);
    QVERIFY(saved.tokenReceivedOn.isValid());

    const IntegrationSecrets secrets = storedSecrets(company);
    QVERIFY(secrets.hasTokens());
    QCOMPARE(secrets.clientSecret, m_sandbox.clientSecret());

    QTRY_COMPARE(renewed.count(), 1);
    QCOMPARE(renewed.first().first().toLongLong(), company);
    QTRY_COMPARE(m_connections->state(company), TokenManager::State::Connected);
    QTRY_VERIFY2(m_connections->stateText(company).contains(m_sandbox.accountId()),
                 qPrintable(m_connections->stateText(company)));
    QVERIFY(!states.isEmpty());
}

void TestCompleteAuthorization::otherAccountStoresNothing()
{
    const qint64 company = addCompany(u"Elsewhere"_s, m_sandbox.clientId());
    connectWithOldTokens(company);
    const IntegrationSecrets before = storedSecrets(company);
    const IntegrationSettings settingsBefore = storedSettings(company);
    lightspeedtest::resetCounters(m_sandbox);

    AuthorizationGrant grant = grantFor(company);
    grant.settings.accountId = u"999999"_s;
    const auto outcome = m_connections->completeAuthorization(grant).result();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::Conflict);
    QVERIFY2(outcome.error().message.contains(u"999999"_s), qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(m_sandbox.accountId()), qPrintable(outcome.error().message));

    QCOMPARE(storedSecrets(company), before);
    QCOMPARE(storedSettings(company), settingsBefore);
    // The unused authorization was revoked rather than left valid on the server.
    QCOMPARE(lightspeedtest::routeRequests(m_sandbox, u"oauth.revoke"_s), 1);
}

void TestCompleteAuthorization::failedExchangeKeepsTokens_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("wrong client secret") << u"secret"_s << int(ErrorCode::Unauthorized)
                                         << u"Client authentication failed"_s;
    QTest::newRow("code already used") << u"used"_s << int(ErrorCode::AuthorizationExpired) << u"already been used"_s;
    QTest::newRow("token URL unreachable") << u"unreachable"_s << int(ErrorCode::Network) << u"127.0.0.1"_s;
}

void TestCompleteAuthorization::failedExchangeKeepsTokens()
{
    QFETCH(QString, failure);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedText);

    const qint64 company = addCompany(u"Kept"_s, m_sandbox.clientId());
    connectWithOldTokens(company);
    const IntegrationSecrets before = storedSecrets(company);
    const IntegrationSettings settingsBefore = storedSettings(company);

    AuthorizationGrant grant = grantFor(company);
    if (failure == u"secret")
        grant.clientSecret = u"not-the-secret"_s;
    if (failure == u"used")
        QVERIFY(
            TokenEndpoint(lightspeedtest::endpointConfig(m_sandbox)).exchangeCode(grant.code, grant.codeVerifier).ok());
    if (failure == u"unreachable")
        grant.settings.tokenUrl = u"http://127.0.0.1:9/auth/oauth/token"_s;

    const auto outcome = m_connections->completeAuthorization(grant).result();
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error().code), expectedCode);
    QVERIFY2(outcome.error().message.contains(expectedText), qPrintable(outcome.error().message));
    QCOMPARE(storedSecrets(company), before);
    QCOMPARE(storedSettings(company), settingsBefore);
}

void TestCompleteAuthorization::unknownShopNameNotStored()
{
    const qint64 company = addCompany(u"Annex"_s, m_sandbox.clientId());
    AuthorizationGrant grant = grantFor(company);
    grant.settings.shopName = u"Uptown Annex"_s;
    const auto outcome = m_connections->completeAuthorization(grant).result();
    QVERIFY2(outcome.ok(), errorText(outcome).constData());
    QVERIFY(outcome->shopNotFound);
    QCOMPARE(outcome->settings.shopId, 0);

    const IntegrationSettings saved = storedSettings(company);
    QCOMPARE(saved.shopId, 0);
    QVERIFY(saved.shopName.isEmpty());
    QVERIFY(storedSecrets(company).hasTokens());
}

void TestCompleteAuthorization::renewalAfterExpiredAuthorization()
{
    const qint64 company = addCompany(u"Lapsed"_s, m_sandbox.clientId());
    connectWithOldTokens(company);
    QSignalSpy expired(m_connections.get(), &ConnectionManager::authorizationExpired);
    QSignalSpy renewed(m_connections.get(), &ConnectionManager::authorizationRenewed);

    // The sandbox revokes every token of the client, so the next call cannot refresh.
    m_sandbox.control("POST", u"/sandbox/tokens/revoke"_s, QJsonObject{{u"clientId"_s, m_sandbox.clientId()}});
    QVERIFY(!m_connections->testConnection(company).result().ok());
    QTRY_COMPARE(expired.count(), 1);
    QTRY_COMPARE(m_connections->state(company), TokenManager::State::AuthorizationExpired);

    const auto outcome = m_connections->completeAuthorization(grantFor(company)).result();
    QVERIFY2(outcome.ok(), errorText(outcome).constData());
    QTRY_COMPARE(renewed.count(), 1);
    QTRY_COMPARE(m_connections->state(company), TokenManager::State::Connected);
    const auto check = m_connections->testConnection(company).result();
    QVERIFY2(check.ok(), errorText(check).constData());
}

void TestCompleteAuthorization::stateDescriptions_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("connected with account")
        << int(TokenManager::State::Connected) << u"190231"_s << QString() << u"Connected to account 190231"_s;
    QTest::newRow("connected without account")
        << int(TokenManager::State::Connected) << QString() << QString() << u"Connected"_s;
    QTest::newRow("refresh failing with reason") << int(TokenManager::State::RefreshFailing) << u"190231"_s
                                                 << u"Timed out."_s << u"Refresh failing: Timed out."_s;
    QTest::newRow("authorization expired") << int(TokenManager::State::AuthorizationExpired) << u"190231"_s
                                           << u"Gone."_s << u"Authorization expired — use Fetch Token"_s;
    QTest::newRow("not connected") << int(TokenManager::State::NotConnected) << QString() << QString()
                                   << u"Not connected — use Fetch Token"_s;
}

void TestCompleteAuthorization::stateDescriptions()
{
    QFETCH(int, state);
    QFETCH(QString, accountId);
    QFETCH(QString, errorMessage);
    QFETCH(QString, expected);

    Error error;
    error.message = errorMessage;
    QCOMPARE(ConnectionManager::describeState(TokenManager::State(state), accountId, error), expected);
}

QTEST_GUILESS_MAIN(TestCompleteAuthorization)
#include "tst_completeauthorization.moc"
