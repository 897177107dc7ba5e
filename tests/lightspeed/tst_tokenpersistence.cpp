#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "lightspeed/apiclient.h"
#include "lightspeed/refreshgate.h"
#include "lightspeed/tokenendpoint.h"
#include "lightspeed/tokenmanager.h"
#include "secrets/keychainsecretstore.h"

#include <QTest>
#include <QUuid>

using posbridge::ErrorCode;
using posbridge::KeychainSecretStore;
using posbridge::SecretKey;
using posbridge::SecretKind;
using posbridge::TokenManager;
using posbridge::VoidResult;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

// Runs against the real keychain: start it through scripts/with-private-session.
class TestTokenPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rotatedTokensSurviveRestart();
    void disconnectDeletesKeychainEntries();

private:
    std::unique_ptr<TokenManager> makeManager(KeychainSecretStore &store);
    QString readSecret(KeychainSecretStore &store, SecretKind kind);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::shared_ptr<posbridge::RefreshGate> m_gate = std::make_shared<posbridge::RefreshGate>();
    QString m_databaseUuid;
};

void TestTokenPersistence::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestTokenPersistence::init()
{
    // A fresh database identity per test keeps runs from reading each other's entries.
    m_databaseUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore store;
    const VoidResult written =
        store.write({m_databaseUuid, 1, SecretKind::ClientSecret}, m_sandbox->clientSecret()).result();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toLogString()));
}

void TestTokenPersistence::cleanup()
{
    KeychainSecretStore store;
    QVERIFY(store.removeCompany(m_databaseUuid, 1).result().ok());
}

std::unique_ptr<TokenManager> TestTokenPersistence::makeManager(KeychainSecretStore &store)
{
    posbridge::TokenManagerConfig config;
    config.databaseUuid = m_databaseUuid;
    config.companyId = 1;
    config.clientId = m_sandbox->clientId();
    config.tokenUrl = m_sandbox->tokenUrl();
    config.revokeUrl = m_sandbox->revokeUrl();
    config.firstRetryDelayMs = 50;
    return std::make_unique<TokenManager>(config, store, m_gate);
}

QString TestTokenPersistence::readSecret(KeychainSecretStore &store, SecretKind kind)
{
    const auto value = store.read(SecretKey{m_databaseUuid, 1, kind}).result();
    return value.ok() ? value->value_or(QString()) : u"<keychain error>"_s;
}

void TestTokenPersistence::rotatedTokensSurviveRestart()
{
    QString originalRefresh;
    QString rotatedRefresh;
    {
        KeychainSecretStore store;
        const auto tokens = makeManager(store);
        QVERIFY(tokens->load().ok());
        QCOMPARE(tokens->state(), TokenManager::State::NotConnected);
        const auto fetched = fetchTokens(*m_sandbox);
        QVERIFY(fetched.ok());
        QVERIFY(tokens->installTokens(*fetched).ok());
        originalRefresh = fetched->refreshToken;
        QCOMPARE(readSecret(store, SecretKind::RefreshToken), originalRefresh);
        QCOMPARE(readSecret(store, SecretKind::AccessToken), fetched->accessToken);

        const auto refreshed = tokens->tokenRejected(fetched->accessToken);
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().toLogString()));
        QCOMPARE(readSecret(store, SecretKind::AccessToken), *refreshed);
        rotatedRefresh = readSecret(store, SecretKind::RefreshToken);
        QVERIFY(rotatedRefresh != originalRefresh);
    }

    // A restarted app reads the rotated pair from the keychain and works with it.
    KeychainSecretStore store;
    const auto tokens = makeManager(store);
    QVERIFY(tokens->load().ok());
    QCOMPARE(tokens->state(), TokenManager::State::Connected);
    SandboxConnection unused(*m_sandbox);
    posbridge::ApiClientConfig clientConfig;
    clientConfig.apiBaseUrl = m_sandbox->apiBaseUrl();
    posbridge::ApiClient client(clientConfig, *tokens, unused.limiter);
    const auto response = client.get(u"Account.json"_s);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toLogString()));
    QCOMPARE(response->attempts, 1);

    // Using the new access token retired the original refresh token; the stored one still works.
    const posbridge::TokenEndpoint endpoint(endpointConfig(*m_sandbox));
    QCOMPARE(endpoint.refresh(originalRefresh).error().code, ErrorCode::AuthorizationExpired);
    const auto again = tokens->tokenRejected(*tokens->accessToken());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toLogString()));
    QVERIFY(readSecret(store, SecretKind::RefreshToken) != rotatedRefresh);
}

void TestTokenPersistence::disconnectDeletesKeychainEntries()
{
    KeychainSecretStore store;
    const auto tokens = makeManager(store);
    QVERIFY(tokens->load().ok());
    const auto fetched = fetchTokens(*m_sandbox);
    QVERIFY(fetched.ok());
    QVERIFY(tokens->installTokens(*fetched).ok());

    QVERIFY(tokens->revokeAndClear().ok());
    QCOMPARE(readSecret(store, SecretKind::AccessToken), QString());
    QCOMPARE(readSecret(store, SecretKind::RefreshToken), QString());
    QCOMPARE(readSecret(store, SecretKind::ClientSecret), m_sandbox->clientSecret());

    const auto restarted = makeManager(store);
    QVERIFY(restarted->load().ok());
    QCOMPARE(restarted->state(), TokenManager::State::NotConnected);
}

QTEST_GUILESS_MAIN(TestTokenPersistence)
#include "tst_tokenpersistence.moc"
