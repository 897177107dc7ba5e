#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "lightspeed/apiclient.h"
#include "lightspeed/retailapi.h"
#include "lightspeed/tokenmanager.h"
#include "lightspeed/tokenset.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace posbridge {

class ConnectionRegistry;
class Database;
class DatabaseExecutor;
class SecretStore;

/**
 * @brief Everything a worker thread needs to call Lightspeed for one company.
 *
 * The ApiClient belongs to the thread that opened the session. Members are destroyed in
 * reverse order, so the RetailApi and the ApiClient go before the TokenManager they use.
 */
struct CompanyApi
{
    IntegrationSettings settings;
    std::shared_ptr<TokenManager> tokens;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RetailApi> retail;
};

/** @brief What Fetch Token hands over once the browser has returned an authorization code. */
struct AuthorizationGrant
{
    qint64 companyId = 0;
    /**
     * The form's settings when Fetch Token started. Its connection fields (Client ID, Redirect
     * URI, the endpoints and scopes) are stored with the tokens. Its AccountID, when not empty,
     * must match the token's account, and its Shop Name is resolved to a shopID.
     */
    IntegrationSettings settings;
    QString clientSecret;
    QString code;
    QString codeVerifier;
};

/** @brief What completeAuthorization() stored and loaded. */
struct AuthorizationOutcome
{
    /** The settings as stored afterwards: connection fields, account, shop and Token Received On. */
    IntegrationSettings settings;
    QList<Shop> shops;
    QList<Employee> employees;
    /** Set when the shops and employees could not be loaded. The tokens are stored all the same. */
    std::optional<Error> listError;
    /** True when the grant's Shop Name is not one of the account's shops, which leaves the stored shop as it was. */
    bool shopNotFound = false;
};

/** @brief What disconnect() did. */
struct DisconnectOutcome
{
    /** Set when Lightspeed could not be told and the tokens were only deleted locally. */
    std::optional<Error> revokeError;
};

/**
 * @brief Owns one TokenManager per company and opens API sessions for worker threads.
 *
 * A company's TokenManager is built on first use from its stored settings (client ID,
 * token and revoke URLs, account) and its keychain secrets, and shared by every job of the
 * company. All companies on one (account, client ID) pair share a RateLimiter and a
 * RefreshGate through the ConnectionRegistry.
 *
 * tokenManager() and openApi() block on the database, the keychain and possibly the
 * network, so they run on worker threads only. The GUI uses the asynchronous operations,
 * which run on this object's own thread pool and report through QFuture. Signals carry the
 * company ID and are emitted on the thread that owns this object.
 */
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    ConnectionManager(std::shared_ptr<DatabaseExecutor> executor, SecretStore &secrets, ConnectionRegistry &registry,
                      const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~ConnectionManager() override;

    /** @brief Returns the company's TokenManager, building and loading it on first use. Worker threads only. */
    Result<std::shared_ptr<TokenManager>> tokenManager(qint64 companyId);
    /**
     * @brief Opens an API session for the calling worker thread.
     *
     * The account comes from the settings, else from the access token's acct claim, else
     * from Account.json.
     */
    Result<std::unique_ptr<CompanyApi>> openApi(qint64 companyId, const CancellationToken &cancel = {});
    /** @brief The rate limiter that the company's connection shares, or nullptr before its first use. */
    [[nodiscard]] std::shared_ptr<RateLimiter> rateLimiterFor(qint64 companyId) const;

    /** @brief Forgets the company's TokenManager so the next use rebuilds it from the saved settings. */
    void invalidate(qint64 companyId);
    /** @brief The last known state of a company's connection; NotConnected before its first use. */
    [[nodiscard]] TokenManager::State state(qint64 companyId) const;

    /** @brief Loads the company's TokenManager in the background so that its state is known. */
    QFuture<VoidResult> refreshState(qint64 companyId);
    /** @brief Stores tokens from Fetch Token (keychain first) and records Token Received On. */
    QFuture<VoidResult> installTokens(qint64 companyId, const TokenSet &tokens);
    /** @brief Calls the account endpoint and reports the account, shop count and bucket level. */
    QFuture<Result<ConnectionCheck>> testConnection(qint64 companyId);
    /**
     * @brief Revokes the refresh token and deletes the stored tokens.
     *
     * When the revocation fails, nothing is deleted and the error is returned, unless
     * clearLocallyOnFailure is set: then the tokens are deleted from this computer anyway and
     * the revocation error is reported in DisconnectOutcome::revokeError.
     */
    QFuture<Result<DisconnectOutcome>> disconnect(qint64 companyId, bool clearLocallyOnFailure);
    /** @brief The account's shops and employees, for the form's drop-downs. */
    QFuture<Result<std::pair<QList<Shop>, QList<Employee>>>> loadShopsAndEmployees(qint64 companyId);

    /**
     * @brief Finishes Fetch Token: exchanges the code, checks the account, stores everything and loads the lists.
     *
     * The code is exchanged with the grant's own Client ID, Client Secret and token URL, so
     * unsaved form values work. The account comes from the access token's acct claim, or else
     * from Account.json. When the grant's AccountID is set and differs, the new authorization
     * is revoked and the call fails with ErrorCode::Conflict. Otherwise the connection fields,
     * the account and the Client Secret are saved, the tokens go to the keychain, and
     * authorizationRenewed() is emitted. A failure while storing puts the previous settings
     * and Client Secret back and leaves the previous tokens in place. Loading the shops and
     * employees comes last and cannot undo the connection.
     */
    QFuture<Result<AuthorizationOutcome>> completeAuthorization(const AuthorizationGrant &grant);

    /** @brief The translated description of the company's state, as connectionStateChanged() last sent it. */
    [[nodiscard]] QString stateText(qint64 companyId) const;
    /** @brief Describes a state for the form and the status bar, with the account or the refresh error when known. */
    static QString describeState(TokenManager::State state, const QString &accountId, const Error &lastError);

Q_SIGNALS:
    void connectionStateChanged(qint64 companyId, posbridge::TokenManager::State state, const QString &text);
    /** @brief Lightspeed refused the refresh token: the company needs a new Fetch Token. */
    void authorizationExpired(qint64 companyId);
    /** @brief New tokens are in use; receivedAt is UTC. */
    void tokensUpdated(qint64 companyId, const QDateTime &receivedAt);
    void tokensCleared(qint64 companyId);
    /**
     * @brief Fetch Token stored new tokens for the company.
     *
     * Emitted after every successful completeAuthorization() or installTokens(). Workers paused
     * by authorizationExpired() can resume.
     */
    void authorizationRenewed(qint64 companyId);

private:
    Result<std::shared_ptr<TokenManager>> buildTokenManager(qint64 companyId);
    void watch(qint64 companyId, const std::shared_ptr<TokenManager> &tokens);
    void publishState(qint64 companyId, const TokenManager &tokens);
    Result<AuthorizationOutcome> runAuthorization(const AuthorizationGrant &grant);
    Result<IntegrationSettings> storeAuthorization(const AuthorizationGrant &grant, const TokenSet &tokens,
                                                   const QString &accountId);
    VoidResult installTokensNow(qint64 companyId, const TokenSet &tokens);
    VoidResult saveSettingsNow(const IntegrationSettings &settings);
    void loadListsInto(AuthorizationOutcome &outcome);
    /** Stores the time zone of each shop, in which the Dashboard counts the days. Worker threads only. */
    void storeShopTimeZones(qint64 companyId, const QList<Shop> &shops);
    /** Stores the account's shop whose name matches the grant's Shop Name. Returns true when none matches. */
    bool resolveShop(const AuthorizationGrant &grant, AuthorizationOutcome &outcome);
    void recordTokenReceivedOn(qint64 companyId, const QDateTime &receivedAt);
    /** Runs work on the pool and releases the pool thread's database connection afterwards. */
    template<typename Function>
    auto runInPool(Function work) -> QFuture<std::invoke_result_t<Function>>;

    std::shared_ptr<DatabaseExecutor> m_executor;
    std::shared_ptr<Database> m_database;
    SecretStore &m_secrets;
    ConnectionRegistry &m_registry;
    const Clock &m_clock;
    QThreadPool m_pool;

    mutable QMutex m_mutex;
    QHash<qint64, std::shared_ptr<TokenManager>> m_tokenManagers;
    QHash<qint64, std::shared_ptr<RateLimiter>> m_rateLimiters;
    QHash<qint64, TokenManager::State> m_states;
    QHash<qint64, QString> m_stateTexts;
};

} // namespace posbridge
