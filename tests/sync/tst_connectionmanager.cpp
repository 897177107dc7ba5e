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

class TestConnectionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notConnectedWithoutTokens();
    void installTokensConnectsAndRecordsTime();
    void sharesOneRateLimiterPerConnection();
    void disconnectRevokesRefreshToken();

private:
    qint64 addCompany(const QString &name);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
};

void TestConnectionManager::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestConnectionManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(QStringLiteral("connections.sqlite"))});
    QVERIFY(database.ok());
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, *m_secrets, *m_registry);
}

void TestConnectionManager::cleanup()
{
    m_connections.reset();
    m_registry.reset();
    m_executor.reset();
    m_secrets.reset();
    m_dir.reset();
}

qint64 TestConnectionManager::addCompany(const QString &name)
{
    return m_executor
        ->run([this, name](Database &db) -> qint64 {
            auto company = CompanyRepository(db.connection()).add(name);
            if (!company)
                return 0;
            IntegrationSettings settings;
            settings.companyId = company->id;
            settings.posEnabled = true;
            settings.clientId = m_sandbox.clientId();
            settings.accountId = m_sandbox.accountId();
            settings.redirectUri = m_sandbox.redirectUri().toString();
            settings.authorizeUrl = m_sandbox.authorizeUrl().toString();
            settings.tokenUrl = m_sandbox.tokenUrl().toString();
            settings.revokeUrl = m_sandbox.revokeUrl().toString();
            settings.apiBaseUrl = m_sandbox.apiBaseUrl().toString();
            if (!SettingsRepository(db.connection()).save(settings))
                return 0;
            const SecretKey secret{db.uuid(), company->id, SecretKind::ClientSecret};
            if (!m_secrets->write(secret, m_sandbox.clientSecret()).result())
                return 0;
            return company->id;
        })
        .result();
}

void TestConnectionManager::notConnectedWithoutTokens()
{
    const qint64 company = addCompany(QStringLiteral("Fresh"));
    QVERIFY(company != 0);
    QSignalSpy states(m_connections.get(), &ConnectionManager::connectionStateChanged);
    QVERIFY(m_connections->refreshState(company).result().ok());
    QTRY_VERIFY(!states.isEmpty());
    QCOMPARE(m_connections->state(company), TokenManager::State::NotConnected);
    QVERIFY(!m_connections->testConnection(company).result().ok());
}

void TestConnectionManager::installTokensConnectsAndRecordsTime()
{
    const qint64 company = addCompany(QStringLiteral("Connected"));
    auto tokens = lightspeedtest::fetchTokens(m_sandbox);
    QVERIFY(tokens.ok());

    QSignalSpy updated(m_connections.get(), &ConnectionManager::tokensUpdated);
    auto installed = m_connections->installTokens(company, *tokens).result();
    QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().toLogString()));
    QTRY_COMPARE(updated.count(), 1);
    QTRY_COMPARE(m_connections->state(company), TokenManager::State::Connected);

    // Token Received On reaches the database, without the tokens.
    QTRY_VERIFY(m_executor
                    ->run([company](Database &db) {
                        return SettingsRepository(db.connection()).load(company)->tokenReceivedOn.isValid();
                    })
                    .result());

    auto check = m_connections->testConnection(company).result();
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toLogString()));
    QCOMPARE(QString::number(check->accountId), m_sandbox.accountId());
    QVERIFY(check->shopCount > 0);
    QVERIFY(check->bucketSize > 0);

    auto lists = m_connections->loadShopsAndEmployees(company).result();
    QVERIFY(lists.ok());
    QCOMPARE(lists->first.size(), check->shopCount);
    QVERIFY(!lists->second.isEmpty());
}

void TestConnectionManager::sharesOneRateLimiterPerConnection()
{
    const qint64 first = addCompany(QStringLiteral("First"));
    const qint64 second = addCompany(QStringLiteral("Second"));
    for (qint64 company : {first, second}) {
        auto tokens = lightspeedtest::fetchTokens(m_sandbox);
        QVERIFY(tokens.ok());
        QVERIFY(m_connections->installTokens(company, *tokens).result().ok());
    }
    QVERIFY(m_connections->rateLimiterFor(first) != nullptr);
    QCOMPARE(m_connections->rateLimiterFor(first), m_connections->rateLimiterFor(second));
}

void TestConnectionManager::disconnectRevokesRefreshToken()
{
    const qint64 company = addCompany(QStringLiteral("Leaving"));
    auto tokens = lightspeedtest::fetchTokens(m_sandbox);
    QVERIFY(tokens.ok());
    QVERIFY(m_connections->installTokens(company, *tokens).result().ok());

    QSignalSpy cleared(m_connections.get(), &ConnectionManager::tokensCleared);
    auto outcome = m_connections->disconnect(company, false).result();
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toLogString()));
    QVERIFY(!outcome->revokeError.has_value());
    QTRY_COMPARE(cleared.count(), 1);

    // The sandbox no longer accepts the refresh token.
    auto refreshed = TokenEndpoint(lightspeedtest::endpointConfig(m_sandbox)).refresh(tokens->refreshToken);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, ErrorCode::AuthorizationExpired);

    const auto secrets = m_secrets->readCompany(m_executor->database()->uuid(), company).result();
    QVERIFY(secrets.ok());
    QVERIFY(secrets->accessToken.isEmpty());
    QCOMPARE(secrets->clientSecret, m_sandbox.clientSecret());
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
