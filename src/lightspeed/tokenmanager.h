#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "lightspeed/refreshgate.h"
#include "lightspeed/tokenset.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace posbridge {

class SecretStore;
class TokenEndpoint;

/** @brief Settings of one company's TokenManager. */
struct TokenManagerConfig
{
    QString databaseUuid;
    qint64 companyId = 0;
    QString clientId;
    QUrl tokenUrl;
    QUrl revokeUrl;
    /** @brief How long before expiry accessToken() refreshes. */
    qint64 refreshMarginMs = 60'000;
    /** @brief Token requests per refresh before a network failure is reported. */
    int maxRefreshAttempts = 5;
    /** @brief First pause between refresh attempts; it doubles up to maxRetryDelayMs, with jitter. */
    qint64 firstRetryDelayMs = 1'000;
    qint64 maxRetryDelayMs = 30'000;
    int requestTimeoutMs = 30'000;
};

/**
 * @brief Keeps one company's Lightspeed tokens valid for all of the company's workers.
 *
 * Every public method is thread-safe. The blocking ones (load(), accessToken(),
 * tokenRejected(), installTokens(), revokeAndClear(), clearTokens()) wait on the keychain
 * or the network and must not run on the GUI thread. Signals may be emitted from any
 * thread, so GUI receivers get them queued.
 *
 * Refreshes of all companies on one connection go through the connection's RefreshGate:
 * one refresh at a time, and threads that wait for it get its result instead of sending
 * a request of their own. A refreshed pair is written to the keychain before the new
 * access token is handed out, because Lightspeed revokes the old refresh token when the
 * new access token is first used. When the keychain write fails, the new pair stays in
 * memory and the write is retried first on the next call.
 *
 * invalid_grant moves the manager to AuthorizationExpired: every later call fails at
 * once with ErrorCode::AuthorizationExpired until installTokens() succeeds.
 */
class TokenManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenManager)

public:
    enum class State
    {
        NotConnected,         ///< no tokens stored: Fetch Token first
        Connected,            ///< tokens in hand; the last refresh, if any, succeeded
        Refreshing,           ///< a token request is under way
        RefreshFailing,       ///< the last refresh failed on the network or server; the old tokens are kept
        AuthorizationExpired, ///< Lightspeed answered invalid_grant: Fetch Token again
    };
    Q_ENUM(State)

    TokenManager(TokenManagerConfig config, SecretStore &store, std::shared_ptr<RefreshGate> gate,
                 const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~TokenManager() override;

    /**
     * @brief Reads the Client Secret and tokens from the keychain; the state follows what was found.
     *
     * receivedAt is the Token Received On time kept in the database, since the keychain
     * holds only the tokens. Reading back the tokens that Lightspeed refused keeps the state
     * AuthorizationExpired.
     */
    VoidResult load(const QDateTime &receivedAt = {});

    /** @brief Replaces the Client Secret used for refreshes, for example after the admin changes it. */
    void setClientSecret(const QString &clientSecret);

    /**
     * @brief Returns an access token that is valid for at least the refresh margin, refreshing if needed.
     *
     * A token of unknown expiry is returned as it is. When a refresh ahead of expiry fails
     * on the network while the old token is still valid, the old token is returned and the
     * next attempt waits for the backoff delay.
     */
    Result<QString> accessToken(const CancellationToken &cancel = {});

    /**
     * @brief Reports that the API returned 401 for rejectedToken and returns a replacement.
     *
     * Refreshes at most once per rejected token: when another caller has already replaced
     * it, the current token is returned without a request.
     */
    Result<QString> tokenRejected(const QString &rejectedToken, const CancellationToken &cancel = {});

    /** @brief Stores tokens from Fetch Token in the keychain, then uses them; clears AuthorizationExpired. */
    VoidResult installTokens(const TokenSet &tokens, const CancellationToken &cancel = {});

    /**
     * @brief Revokes the refresh token at the revoke URL, then deletes the stored tokens.
     *
     * When the revocation fails on the network or server, nothing is deleted and the error
     * is returned, so the admin can retry or choose clearTokens() to forget the tokens
     * locally while Lightspeed still honours them until they expire. invalid_grant from
     * the revoke URL counts as success: the token was already dead.
     */
    VoidResult revokeAndClear(const CancellationToken &cancel = {});

    /** @brief Deletes the stored tokens without contacting Lightspeed; the Client Secret stays. */
    VoidResult clearTokens(const CancellationToken &cancel = {});

    [[nodiscard]] State state() const;
    /** @brief Translated description of state() for the form, the status bar and the tray. */
    [[nodiscard]] QString stateText() const;
    /** @brief The last refresh failure; empty after a success. */
    [[nodiscard]] Error lastError() const;
    [[nodiscard]] QDateTime receivedAt() const;
    [[nodiscard]] QDateTime expiresAt() const;
    /** @brief The account ID from the access token's acct claim; empty without a readable token. */
    [[nodiscard]] QString accountId() const;
    [[nodiscard]] const TokenManagerConfig &config() const { return m_config; }

    /** @brief Translated text of a state. */
    static QString textFor(State state);

Q_SIGNALS:
    void stateChanged(posbridge::TokenManager::State state);
    /** @brief Lightspeed returned invalid_grant, so the admin must Fetch Token again. */
    void authorizationExpired();
    /** @brief New tokens are stored and in use; receivedAt is UTC. Tokens are never part of a signal. */
    void tokensUpdated(const QDateTime &receivedAt);
    /** @brief A refresh failed; the error is already translated. */
    void refreshFailed(const posbridge::Error &error);
    /** @brief The tokens were deleted by revokeAndClear() or clearTokens(). */
    void tokensCleared();

private:
    enum class Reason
    {
        Expiring,
        Rejected,
    };

    Result<QString> refresh(const QString &observedToken, Reason reason, const CancellationToken &cancel);
    Result<QString> requestNewTokens(Reason reason, const CancellationToken &cancel);
    QString postponeEarlyRefresh(const Error &failure, qint64 delayMs);
    Result<QString> finishFailedRefresh(const Error &failure);
    Result<QString> storeAndPublish(const TokenSet &tokens);
    VoidResult clearStoredTokens();
    VoidResult writeTokens(const std::optional<TokenSet> &tokens);
    std::optional<Error> failFastError() const;
    bool isFresh(const TokenSet &tokens) const;
    bool isUnexpired(const TokenSet &tokens) const;
    qint64 retryDelayMs(int attempt) const;
    void setState(State state);
    void markExpired(const Error &error);
    TokenEndpoint endpoint() const;

    const TokenManagerConfig m_config;
    SecretStore &m_store;
    const std::shared_ptr<RefreshGate> m_gate;
    const Clock &m_clock;

    mutable QMutex m_mutex;
    TokenSet m_tokens;
    std::optional<TokenSet> m_unsaved; ///< refreshed but not yet in the keychain
    QString m_clientSecret;
    State m_state = State::NotConnected;
    Error m_lastError;
    quint64 m_refreshGeneration = 0; ///< counts finished refreshes, failed or not
    qint64 m_nextEarlyRefreshMs = 0; ///< monotonic; no refresh ahead of expiry before this
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::TokenManager::State)
