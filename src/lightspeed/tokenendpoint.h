#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "lightspeed/formencoding.h"
#include "lightspeed/tokenset.h"

#include <QJsonObject>
#include <QUrl>

namespace posbridge {

struct HttpResult;

/** @brief Where and as whom the token endpoint calls are made. */
struct TokenEndpointConfig
{
    QUrl tokenUrl;
    QUrl revokeUrl;
    QString clientId;
    QString clientSecret;
    int timeoutMs = 30'000;
};

/**
 * @brief Blocking calls to Lightspeed's OAuth token and revoke endpoints.
 *
 * Every call is a form-encoded POST made through a QNetworkAccessManager created on the
 * calling thread, so an instance may be used from any thread but never from the GUI
 * thread, which must not wait on the network. Failures map to ErrorCode values:
 * - invalid_grant (code expired or used, refresh token revoked): AuthorizationExpired;
 * - invalid_client (wrong Client ID or Client Secret): Unauthorized;
 * - any other OAuth error: InvalidInput, with the server's error_description in the message;
 * - no connection: Network; no reply in time: Timeout; a cancelled token: Cancelled;
 * - 429: RateLimited; any other status without an OAuth error body, or a 2xx without
 *   tokens: Http.
 * Neither bodies nor tokens are logged.
 */
class TokenEndpoint
{
public:
    explicit TokenEndpoint(TokenEndpointConfig config, const Clock &clock = SystemClock::instance());

    /** @brief Exchanges an authorization code and its PKCE verifier for tokens; an empty verifier is left out. */
    Result<TokenSet> exchangeCode(const QString &code, const QString &codeVerifier,
                                  const CancellationToken &cancel = {}) const;

    /**
     * @brief Trades a refresh token for a new access token and a new refresh token.
     *
     * Sends no scope. When the reply carries no refresh_token, the one sent is kept in
     * the result.
     */
    Result<TokenSet> refresh(const QString &refreshToken, const CancellationToken &cancel = {}) const;

    /** @brief Revokes a refresh token; invalid_grant means it was already invalid. */
    VoidResult revoke(const QString &refreshToken, const CancellationToken &cancel = {}) const;

    /** @brief True for failures that may pass on a later attempt: Network, Timeout, RateLimited, Http 5xx. */
    static bool isTransient(const Error &error);

    [[nodiscard]] const TokenEndpointConfig &config() const { return m_config; }

private:
    enum class Action
    {
        ExchangeCode,
        Refresh,
        Revoke,
    };

    static const char *actionName(Action action);
    Result<QJsonObject> post(const QUrl &url, FormFields fields, Action action, const CancellationToken &cancel) const;
    Result<TokenSet> tokensFrom(const QJsonObject &reply, const QString &fallbackRefreshToken) const;
    Error errorFor(const HttpResult &reply, const QUrl &url, Action action) const;
    Error oauthError(const QString &code, const QString &description, int status, const QString &detail,
                     Action action) const;

    TokenEndpointConfig m_config;
    const Clock &m_clock;
};

} // namespace posbridge
