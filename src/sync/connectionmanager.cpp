#include "sync/connectionmanager.h"

#include "lightspeed/connectionregistry.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "sync/logging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace posbridge {

namespace {

ConnectionKey keyFor(const IntegrationSettings &settings)
{
    return {settings.accountId.trimmed(), settings.clientId.trimmed()};
}

} // namespace

ConnectionManager::ConnectionManager(std::shared_ptr<DatabaseExecutor> executor, SecretStore &secrets,
                                     ConnectionRegistry &registry, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_executor(std::move(executor))
    , m_database(m_executor->database())
    , m_secrets(secrets)
    , m_registry(registry)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("posbridge-connections"));
}

ConnectionManager::~ConnectionManager()
{
    m_pool.waitForDone();
}

template<typename Function>
auto ConnectionManager::runInPool(Function work) -> QFuture<std::invoke_result_t<Function>>
{
    auto database = m_database;
    return QtConcurrent::run(&m_pool, [database, work = std::move(work)]() mutable {
        auto result = work();
        database->releaseThreadConnection();
        return result;
    });
}

Result<std::shared_ptr<TokenManager>> ConnectionManager::tokenManager(qint64 companyId)
{
    {
        QMutexLocker locker(&m_mutex);
        if (auto existing = m_tokenManagers.value(companyId))
            return existing;
    }
    auto built = buildTokenManager(companyId);
    if (!built)
        return built.error();

    QMutexLocker locker(&m_mutex);
    // Two threads may have built one at the same time; the first one stored wins.
    if (auto existing = m_tokenManagers.value(companyId))
        return existing;
    m_tokenManagers.insert(companyId, *built);
    return *built;
}

Result<std::shared_ptr<TokenManager>> ConnectionManager::buildTokenManager(qint64 companyId)
{
    const auto settings = SettingsRepository(m_database->connection()).load(companyId);
    if (!settings)
        return settings.error();

    TokenManagerConfig config;
    config.databaseUuid = m_database->uuid();
    config.companyId = companyId;
    config.clientId = settings->clientId.trimmed();
    config.tokenUrl = QUrl(settings->tokenUrl);
    config.revokeUrl = QUrl(settings->revokeUrl);

    const ConnectionKey key = keyFor(*settings);
    auto tokens = std::make_shared<TokenManager>(config, m_secrets, m_registry.refreshGate(key), m_clock);
    if (auto loaded = tokens->load(settings->tokenReceivedOn); !loaded)
        return loaded.error();

    {
        QMutexLocker locker(&m_mutex);
        m_rateLimiters.insert(companyId, m_registry.rateLimiter(key));
        m_states.insert(companyId, tokens->state());
    }
    // Signals are delivered through this object's thread whatever thread built the manager.
    tokens->moveToThread(thread());
    watch(companyId, tokens.get());
    const TokenManager::State state = tokens->state();
    QMetaObject::invokeMethod(this, [this, companyId, state] {
        Q_EMIT connectionStateChanged(companyId, state, TokenManager::textFor(state));
    });
    qCInfo(lcSync).noquote() << "Loaded the Lightspeed connection of company" << companyId << "for"
                             << key.toLogString();
    return tokens;
}

void ConnectionManager::watch(qint64 companyId, TokenManager *tokens)
{
    connect(tokens, &TokenManager::stateChanged, this, [this, companyId](TokenManager::State state) {
        {
            QMutexLocker locker(&m_mutex);
            m_states.insert(companyId, state);
        }
        Q_EMIT connectionStateChanged(companyId, state, TokenManager::textFor(state));
    });
    connect(tokens, &TokenManager::authorizationExpired, this, [this, companyId] {
        qCWarning(lcSync) << "The Lightspeed authorization of company" << companyId << "expired";
        Q_EMIT authorizationExpired(companyId);
    });
    connect(tokens, &TokenManager::tokensUpdated, this, [this, companyId](const QDateTime &receivedAt) {
        recordTokenReceivedOn(companyId, receivedAt);
        Q_EMIT tokensUpdated(companyId, receivedAt);
    });
    connect(tokens, &TokenManager::tokensCleared, this, [this, companyId] {
        recordTokenReceivedOn(companyId, {});
        Q_EMIT tokensCleared(companyId);
    });
}

void ConnectionManager::recordTokenReceivedOn(qint64 companyId, const QDateTime &receivedAt)
{
    m_executor->run([companyId, receivedAt](Database &db) {
        if (auto saved = SettingsRepository(db.connection()).setTokenReceivedOn(companyId, receivedAt); !saved)
            qCWarning(lcSync).noquote() << "Could not record Token Received On for company" << companyId << ":"
                                        << saved.error().toLogString();
    });
}

Result<std::unique_ptr<CompanyApi>> ConnectionManager::openApi(qint64 companyId, const CancellationToken &cancel)
{
    auto tokens = tokenManager(companyId);
    if (!tokens)
        return tokens.error();
    const auto settings = SettingsRepository(m_database->connection()).load(companyId);
    if (!settings)
        return settings.error();

    auto api = std::make_unique<CompanyApi>();
    api->settings = *settings;
    api->tokens = *tokens;
    ApiClientConfig config;
    config.apiBaseUrl = QUrl(settings->apiBaseUrl);
    api->client = std::make_unique<ApiClient>(config, *api->tokens, m_registry.rateLimiter(keyFor(*settings)), m_clock);

    QString accountId = settings->accountId.trimmed();
    if (accountId.isEmpty())
        accountId = api->tokens->accountId();
    if (accountId.isEmpty()) {
        auto resolved = RetailApi::resolveAccountId(*api->client, cancel);
        if (!resolved)
            return resolved.error();
        accountId = *resolved;
    }
    api->retail = std::make_unique<RetailApi>(*api->client, accountId);
    return api;
}

std::shared_ptr<RateLimiter> ConnectionManager::rateLimiterFor(qint64 companyId) const
{
    QMutexLocker locker(&m_mutex);
    return m_rateLimiters.value(companyId);
}

void ConnectionManager::invalidate(qint64 companyId)
{
    QMutexLocker locker(&m_mutex);
    m_tokenManagers.remove(companyId);
}

TokenManager::State ConnectionManager::state(qint64 companyId) const
{
    QMutexLocker locker(&m_mutex);
    return m_states.value(companyId, TokenManager::State::NotConnected);
}

QFuture<VoidResult> ConnectionManager::refreshState(qint64 companyId)
{
    return runInPool([this, companyId]() -> VoidResult {
        auto tokens = tokenManager(companyId);
        if (!tokens)
            return tokens.error();
        return {};
    });
}

QFuture<VoidResult> ConnectionManager::installTokens(qint64 companyId, const TokenSet &tokens)
{
    return runInPool([this, companyId, tokens]() -> VoidResult {
        // Settings may have changed since the last use (client ID, URLs): start from them.
        invalidate(companyId);
        auto manager = tokenManager(companyId);
        if (!manager)
            return manager.error();
        if (auto installed = (*manager)->installTokens(tokens); !installed)
            return installed;
        qCInfo(lcSync) << "Installed new Lightspeed tokens for company" << companyId;
        return {};
    });
}

QFuture<Result<ConnectionCheck>> ConnectionManager::testConnection(qint64 companyId)
{
    return runInPool([this, companyId]() -> Result<ConnectionCheck> {
        auto api = openApi(companyId);
        if (!api)
            return api.error();
        return (*api)->retail->testConnection();
    });
}

QFuture<Result<DisconnectOutcome>> ConnectionManager::disconnect(qint64 companyId, bool clearLocallyOnFailure)
{
    return runInPool([this, companyId, clearLocallyOnFailure]() -> Result<DisconnectOutcome> {
        auto manager = tokenManager(companyId);
        if (!manager)
            return manager.error();
        DisconnectOutcome outcome;
        auto revoked = (*manager)->revokeAndClear();
        if (revoked.ok())
            return outcome;
        if (!clearLocallyOnFailure)
            return revoked.error();
        outcome.revokeError = revoked.error();
        if (auto cleared = (*manager)->clearTokens(); !cleared)
            return cleared.error();
        qCWarning(lcSync).noquote() << "Deleted the tokens of company" << companyId
                                    << "without revoking them:" << revoked.error().toLogString();
        return outcome;
    });
}

QFuture<Result<std::pair<QList<Shop>, QList<Employee>>>> ConnectionManager::loadShopsAndEmployees(qint64 companyId)
{
    using Lists = std::pair<QList<Shop>, QList<Employee>>;
    return runInPool([this, companyId]() -> Result<Lists> {
        auto api = openApi(companyId);
        if (!api)
            return api.error();
        auto shops = (*api)->retail->shops();
        if (!shops)
            return shops.error();
        auto employees = (*api)->retail->employees();
        if (!employees)
            return employees.error();
        return Lists(*shops, *employees);
    });
}

} // namespace posbridge
