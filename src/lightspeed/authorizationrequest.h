#pragma once

#include "lightspeed/pkce.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace posbridge {

/**
 * @brief One authorization attempt: the client, the scopes, a fresh state and a PKCE pair.
 *
 * Create one per Fetch Token, open url() in the browser, then pass state() to
 * OAuthCallback::parse() and pkce().verifier() to the code exchange.
 */
class AuthorizationRequest
{
public:
    /** @brief Creates a request with a new random state and PKCE pair. */
    static AuthorizationRequest create(const QString &clientId, const QStringList &scopes);

    /** @brief Creates a request with a given state and PKCE pair, for tests. */
    static AuthorizationRequest withValues(const QString &clientId, const QStringList &scopes, const QString &state,
                                           const Pkce &pkce);

    /** @brief Returns 32 bytes from the system's CSPRNG as 43 base64url characters. */
    static QString generateState();

    /**
     * @brief Builds the authorize URL from the endpoint's URL.
     *
     * Adds response_type=code, client_id, scope (space-separated), state, code_challenge and
     * code_challenge_method=S256 after any query the endpoint URL already has. There is no
     * redirect_uri: Lightspeed always redirects to the URI registered for the client.
     */
    [[nodiscard]] QUrl url(const QUrl &authorizeEndpoint) const;

    [[nodiscard]] const QString &clientId() const { return m_clientId; }
    [[nodiscard]] const QStringList &scopes() const { return m_scopes; }
    [[nodiscard]] const QString &state() const { return m_state; }
    [[nodiscard]] const Pkce &pkce() const { return m_pkce; }

private:
    AuthorizationRequest(QString clientId, QStringList scopes, QString state, Pkce pkce);

    QString m_clientId;
    QStringList m_scopes;
    QString m_state;
    Pkce m_pkce;
};

} // namespace posbridge
