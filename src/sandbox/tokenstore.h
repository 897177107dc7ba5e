#pragma once

#include "sandbox/sandboxconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace posbridge::sandbox {

class JwtSigner;
class SandboxClock;

/** @brief True for the scopes the R-Series documents ("employee:all", "employee:register_read", ...). */
bool isKnownScope(const QString &scope);

/** @brief An authorize request waiting for the login and consent pages. */
struct PendingAuthorization
{
    QString clientId;
    QStringList scopes;
    QString state;
    QString codeChallenge;
    bool authenticated = false;
    qint64 createdRealMs = 0;
};

/** @brief A token response, or the OAuth error that replaces it. */
struct TokenOutcome
{
    int status = 200;
    QString error;       ///< OAuth error code; empty on success
    QString description; ///< error_description
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; ///< real seconds

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    static TokenOutcome failure(int status, const QString &error, const QString &description);
};

/** @brief Who an API request acts for, once its access token has been verified. */
struct AccessGrant
{
    bool ok = false;
    QString clientId;
    QString accountId;
    QStringList scopes;
};

/**
 * @brief OAuth state: registered clients, pending authorizations, codes, access and refresh tokens.
 *
 * Lifetimes: codes live codeLifetimeMs real milliseconds; access tokens accessTokenLifetimeSec
 * sandbox seconds (so their real lifetime is divided by the time scale); unused refresh tokens
 * refreshTokenLifetimeDays sandbox days. A refresh returns a new pair; the old pair stops working
 * when the new access token is first used, and a refresh token may be used at most
 * refreshRetriesPerMinute times per sandbox minute.
 */
class TokenStore
{
public:
    TokenStore(const SandboxConfig &config, const SandboxClock &clock, const JwtSigner &signer);

    [[nodiscard]] const ClientRegistration *client(const QString &clientId) const;
    [[nodiscard]] QList<ClientRegistration> clients() const { return m_clients; }
    /** @brief Adds a client or replaces the secret and redirect URI of one with the same ID. */
    void registerClient(const ClientRegistration &client);

    QString addPending(const PendingAuthorization &pending);
    [[nodiscard]] PendingAuthorization *pending(const QString &id);
    void removePending(const QString &id);

    /** @brief Issues a single-use authorization code bound to the client, scopes and PKCE challenge. */
    QString issueCode(const QString &clientId, const QStringList &scopes, const QString &codeChallenge);
    TokenOutcome exchangeCode(const QString &clientId, const QString &code, const QString &codeVerifier);
    TokenOutcome refresh(const QString &clientId, const QString &refreshToken, const QString &requestedScope,
                         bool jsonBody);
    /** @brief Revokes a refresh token and every token of its authorization; false when it is unknown. */
    bool revoke(const QString &clientId, const QString &refreshToken);

    /** @brief Verifies a bearer token; a first use retires the pair it was refreshed from. */
    AccessGrant verifyAccess(const QByteArray &token);

    /** @brief Makes every access token of a client expired; returns how many. */
    int expireAccessTokens(const QString &clientId);
    /** @brief Revokes every access and refresh token of a client; returns how many. */
    int revokeAll(const QString &clientId);
    /** @brief Counts of live tokens, for the state summary. */
    [[nodiscard]] QJsonObject summary() const;

private:
    struct Code
    {
        QString clientId;
        QStringList scopes;
        QString codeChallenge;
        qint64 expiresRealMs = 0;
        bool used = false;
    };
    struct Access
    {
        QString clientId;
        QStringList scopes;
        QString grantId;
        QString parentRefresh; ///< the refresh token this token was refreshed from
        qint64 expiresRealMs = 0;
        bool revoked = false;
        bool used = false;
    };
    struct Refresh
    {
        QString clientId;
        QStringList scopes;
        QString grantId;
        QString siblingAccess; ///< jti of the access token issued with it
        QString lastChild;     ///< the refresh token its latest refresh issued
        qint64 issuedSandboxMs = 0;
        bool revoked = false;
        QList<qint64> refreshTimes; ///< sandbox milliseconds of each refresh that used it
    };

    TokenOutcome issuePair(const QString &clientId, const QStringList &scopes, const QString &grantId,
                           const QString &parentRefresh);
    void revokeRefreshAndSibling(const QString &refreshToken);
    static QString randomToken(int bytes);

    const SandboxConfig &m_config;
    const SandboxClock &m_clock;
    const JwtSigner &m_signer;
    QList<ClientRegistration> m_clients;
    QHash<QString, PendingAuthorization> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, Access> m_access; // by jti
    QHash<QString, Refresh> m_refresh;
};

} // namespace posbridge::sandbox
