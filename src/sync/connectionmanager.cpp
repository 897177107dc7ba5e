#include "sync/connectionmanager.h"

#include "lightspeed/connectionregistry.h"
#include "lightspeed/jwtclaims.h"
#include "lightspeed/tokenendpoint.h"
#include "secrets/memorysecretstore.h"
#include "storage/dashboardqueries.h"
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

TokenEndpointConfig endpointConfigFor(const AuthorizationGrant &grant)
{
    TokenEndpointConfig config;
    config.tokenUrl = QUrl(grant.settings.tokenUrl.trimmed());
    config.revokeUrl = QUrl(grant.settings.revokeUrl.trimmed());
    config.clientId = grant.settings.clientId.trimmed();
    config.clientSecret = grant.clientSecret;
    return config;
}

/** The stored settings with the connection fields that Fetch Token used and the token's account. */
IntegrationSettings withConnectionFields(IntegrationSettings stored, const IntegrationSettings &used,
                                         const QString &accountId)
{
    stored.clientId = used.clientId.trimmed();
    stored.redirectUri = used.redirectUri.trimmed();
    stored.authorizeUrl = used.authorizeUrl.trimmed();
    stored.tokenUrl = used.tokenUrl.trimmed();
    stored.revokeUrl = used.revokeUrl.trimmed();
    stored.apiBaseUrl = used.apiBaseUrl.trimmed();
    stored.scopes = used.scopes;
    stored.accountId = accountId;
    return stored;
}

/**
 * Asks Account.json which account new tokens belong to, for tokens without an acct claim.
 *
 * The tokens are not stored yet, so a throwaway TokenManager over an in-memory store carries
 * them. Should the call refresh them, tokens receives the rotated pair, because Lightspeed
 * then revokes the old refresh token.
 */
Result<QString> accountFromApi(const AuthorizationGrant &grant, TokenSet &tokens, const Clock &clock)
{
    MemorySecretStore scratch;
    const QString scratchUuid = QStringLiteral("fetch-token");
    TokenManagerConfig config;
    config.databaseUuid = scratchUuid;
    config.companyId = grant.companyId;
    config.clientId = grant.settings.clientId.trimmed();
    config.tokenUrl = QUrl(grant.settings.tokenUrl.trimmed());
    config.revokeUrl = QUrl(grant.settings.revokeUrl.trimmed());
    TokenManager manager(config, scratch, std::make_shared<RefreshGate>(clock), clock);
    manager.setClientSecret(grant.clientSecret);
    if (auto installed = manager.installTokens(tokens); !installed)
        return installed.error();

    ApiClientConfig apiConfig;
    apiConfig.apiBaseUrl = QUrl(grant.settings.apiBaseUrl.trimmed());
    ApiClient client(apiConfig, manager, std::make_shared<RateLimiter>(clock), clock);
    auto account = RetailApi::resolveAccountId(client);

    const auto rotated = scratch.readCompany(scratchUuid, grant.companyId).result();
    if (rotated.ok() && rotated->hasTokens() && rotated->refreshToken != tokens.refreshToken) {
        tokens.accessToken = rotated->accessToken;
        tokens.refreshToken = rotated->refreshToken;
        tokens.receivedAt = manager.receivedAt();
        tokens.expiresAt = manager.expiresAt();
    }
    return account;
}

/** Revokes tokens that will not be stored, so that they do not stay valid on Lightspeed's side. */
void revokeUnused(const AuthorizationGrant &grant, const TokenSet &tokens, const Clock &clock)
{
    const VoidResult revoked = TokenEndpoint(endpointConfigFor(grant), clock).revoke(tokens.refreshToken);
    if (!revoked)
        qCWarning(lcSync).noquote() << "Could not revoke the unused authorization of company" << grant.companyId << ":"
                                    << revoked.error().toLogString();
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
    watch(companyId, tokens);
    publishState(companyId, *tokens);
    qCInfo(lcSync).noquote() << "Loaded the Lightspeed connection of company" << companyId << "for"
                             << key.toLogString();
    return tokens;
}

void ConnectionManager::watch(qint64 companyId, const std::shared_ptr<TokenManager> &tokens)
{
    // Queued signals may arrive after the manager is gone, so the handlers hold it weakly.
    const std::weak_ptr<TokenManager> weak = tokens;
    const auto republish = [this, companyId, weak] {
        if (const auto manager = weak.lock())
            publishState(companyId, *manager);
    };
    connect(tokens.get(), &TokenManager::stateChanged, this, republish);
    connect(tokens.get(), &TokenManager::refreshFailed, this, republish);
    connect(tokens.get(), &TokenManager::authorizationExpired, this, [this, companyId] {
        qCWarning(lcSync) << "The Lightspeed authorization of company" << companyId << "expired";
        Q_EMIT authorizationExpired(companyId);
    });
    connect(tokens.get(), &TokenManager::tokensUpdated, this, [this, companyId](const QDateTime &receivedAt) {
        recordTokenReceivedOn(companyId, receivedAt);
        Q_EMIT tokensUpdated(companyId, receivedAt);
    });
    connect(tokens.get(), &TokenManager::tokensCleared, this, [this, companyId] {
        recordTokenReceivedOn(companyId, {});
        Q_EMIT tokensCleared(companyId);
    });
}

void ConnectionManager::publishState(qint64 companyId, const TokenManager &tokens)
{
    const TokenManager::State state = tokens.state();
    const QString text = describeState(state, tokens.accountId(), tokens.lastError());
    {
        QMutexLocker locker(&m_mutex);
        m_states.insert(companyId, state);
        m_stateTexts.insert(companyId, text);
    }
    // Pool threads call this too, so the signal is emitted from this object's thread.
    QMetaObject::invokeMethod(
        this, [this, companyId, state, text] { Q_EMIT connectionStateChanged(companyId, state, text); });
}

QString ConnectionManager::describeState(TokenManager::State state, const QString &accountId, const Error &lastError)
{
    switch (state) {
    case TokenManager::State::Connected:
        if (!accountId.isEmpty())
            return tr("Connected to account %1").arg(accountId);
        break;
    case TokenManager::State::RefreshFailing:
        if (!lastError.message.isEmpty())
            return tr("Refresh failing: %1").arg(lastError.message);
        break;
    case TokenManager::State::NotConnected:
    case TokenManager::State::Refreshing:
    case TokenManager::State::AuthorizationExpired:
        break;
    }
    return TokenManager::textFor(state);
}

QString ConnectionManager::stateText(qint64 companyId) const
{
    QMutexLocker locker(&m_mutex);
    return m_stateTexts.value(companyId, TokenManager::textFor(TokenManager::State::NotConnected));
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
        if (auto installed = installTokensNow(companyId, tokens); !installed)
            return installed;
        QMetaObject::invokeMethod(this, [this, companyId] { Q_EMIT authorizationRenewed(companyId); });
        return {};
    });
}

VoidResult ConnectionManager::installTokensNow(qint64 companyId, const TokenSet &tokens)
{
    // Settings may have changed since the last use (client ID, URLs): start from them.
    invalidate(companyId);
    auto manager = tokenManager(companyId);
    if (!manager)
        return manager.error();
    if (auto installed = (*manager)->installTokens(tokens); !installed)
        return installed;
    qCInfo(lcSync) << "Installed new Lightspeed tokens for company" << companyId;
    return {};
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
        storeShopTimeZones(companyId, *shops);
        auto employees = (*api)->retail->employees();
        if (!employees)
            return employees.error();
        return Lists(*shops, *employees);
    });
}

QFuture<Result<AuthorizationOutcome>> ConnectionManager::completeAuthorization(const AuthorizationGrant &grant)
{
    return runInPool([this, grant]() { return runAuthorization(grant); });
}

Result<AuthorizationOutcome> ConnectionManager::runAuthorization(const AuthorizationGrant &grant)
{
    // The code expires 60 seconds after the redirect, so it is traded before anything else.
    auto tokens = TokenEndpoint(endpointConfigFor(grant), m_clock).exchangeCode(grant.code, grant.codeVerifier);
    if (!tokens)
        return tokens.error();

    QString accountId;
    if (const auto claims = JwtClaims::decode(tokens->accessToken); claims.ok())
        accountId = claims->accountId;
    if (accountId.isEmpty()) {
        auto fromApi = accountFromApi(grant, *tokens, m_clock);
        if (!fromApi) {
            revokeUnused(grant, *tokens, m_clock);
            return fromApi.error();
        }
        accountId = *fromApi;
    }

    const QString expected = grant.settings.accountId.trimmed();
    if (!expected.isEmpty() && expected != accountId) {
        qCWarning(lcSync).noquote() << "Fetch Token of company" << grant.companyId << "logged in to account"
                                    << accountId << "but AccountID is" << expected << "- nothing stored";
        revokeUnused(grant, *tokens, m_clock);
        return makeError(ErrorCode::Conflict,
                         tr("The Lightspeed login belongs to account %1, but AccountID is %2. Log in with a user of "
                            "account %2, or clear AccountID to connect to account %1.")
                             .arg(accountId, expected),
                         QStringLiteral("token account %1, expected %2").arg(accountId, expected));
    }

    auto stored = storeAuthorization(grant, *tokens, accountId);
    if (!stored)
        return stored.error();
    const qint64 companyId = grant.companyId;
    QMetaObject::invokeMethod(this, [this, companyId] { Q_EMIT authorizationRenewed(companyId); });

    AuthorizationOutcome outcome;
    outcome.settings = *stored;
    loadListsInto(outcome);
    outcome.shopNotFound = resolveShop(grant, outcome);
    return outcome;
}

Result<IntegrationSettings> ConnectionManager::storeAuthorization(const AuthorizationGrant &grant,
                                                                  const TokenSet &tokens, const QString &accountId)
{
    const qint64 companyId = grant.companyId;
    const SecretKey secretKey{m_database->uuid(), companyId, SecretKind::ClientSecret};
    const auto previous =
        m_executor->run([companyId](Database &db) { return SettingsRepository(db.connection()).load(companyId); })
            .result();
    if (!previous)
        return previous.error();
    const auto previousSecret = m_secrets.read(secretKey).result();
    if (!previousSecret)
        return previousSecret.error();

    IntegrationSettings updated = withConnectionFields(*previous, grant.settings, accountId);
    updated.tokenReceivedOn = tokens.receivedAt;
    const bool secretChanged = previousSecret->value_or(QString()) != grant.clientSecret;
    if (secretChanged) {
        if (auto written = m_secrets.write(secretKey, grant.clientSecret).result(); !written)
            return written.error();
    }

    const auto restore = [&](const Error &failure) -> Error {
        qCWarning(lcSync).noquote() << "Fetch Token of company" << companyId
                                    << "could not be stored, restoring the previous settings:" << failure.toLogString();
        if (secretChanged) {
            if (auto restored = m_secrets.apply({{secretKey, *previousSecret}}).result(); !restored)
                qCWarning(lcSync).noquote() << "Could not restore the Client Secret of company" << companyId << ":"
                                            << restored.error().toLogString();
        }
        if (auto restored = saveSettingsNow(*previous); !restored)
            qCWarning(lcSync).noquote() << "Could not restore the settings of company" << companyId << ":"
                                        << restored.error().toLogString();
        // Rebuilds the TokenManager from the restored settings and the old tokens, which also
        // publishes the company's state again.
        invalidate(companyId);
        (void)tokenManager(companyId);
        return failure;
    };
    if (auto saved = saveSettingsNow(updated); !saved)
        return restore(saved.error());
    if (auto installed = installTokensNow(companyId, tokens); !installed)
        return restore(installed.error());
    return updated;
}

VoidResult ConnectionManager::saveSettingsNow(const IntegrationSettings &settings)
{
    return m_executor->run([settings](Database &db) { return SettingsRepository(db.connection()).save(settings); })
        .result();
}

void ConnectionManager::loadListsInto(AuthorizationOutcome &outcome)
{
    auto api = openApi(outcome.settings.companyId);
    if (!api) {
        outcome.listError = api.error();
        return;
    }
    auto shops = (*api)->retail->shops();
    if (!shops) {
        outcome.listError = shops.error();
        return;
    }
    storeShopTimeZones(outcome.settings.companyId, *shops);
    auto employees = (*api)->retail->employees();
    if (!employees) {
        outcome.listError = employees.error();
        return;
    }
    outcome.shops = *shops;
    outcome.employees = *employees;
}

void ConnectionManager::storeShopTimeZones(qint64 companyId, const QList<Shop> &shops)
{
    QList<std::pair<qint64, QString>> zones;
    for (const Shop &shop : shops)
        zones.append({shop.shopId, shop.timeZone});
    const auto stored = m_executor
                            ->run([companyId, zones](Database &db) {
                                return DashboardQueries(db.connection()).storeShopTimeZones(companyId, zones);
                            })
                            .result();
    // The Dashboard then counts days in the system's time zone and says so; the connection is not affected.
    if (!stored)
        qCWarning(lcSync).noquote() << "Could not store the shop time zones of company" << companyId << ":"
                                    << stored.error().toLogString();
}

bool ConnectionManager::resolveShop(const AuthorizationGrant &grant, AuthorizationOutcome &outcome)
{
    const QString typed = grant.settings.shopName.trimmed();
    if (typed.isEmpty() || outcome.listError)
        return false;
    const auto match = std::find_if(outcome.shops.cbegin(), outcome.shops.cend(), [&typed](const Shop &shop) {
        return shop.name.compare(typed, Qt::CaseInsensitive) == 0;
    });
    if (match == outcome.shops.cend())
        return true;

    IntegrationSettings withShop = outcome.settings;
    withShop.shopName = match->name;
    withShop.shopId = match->shopId;
    if (auto saved = saveSettingsNow(withShop); !saved) {
        qCWarning(lcSync).noquote() << "Could not store the shop of company" << grant.companyId << ":"
                                    << saved.error().toLogString();
        return false;
    }
    outcome.settings = withShop;
    return false;
}

} // namespace posbridge
