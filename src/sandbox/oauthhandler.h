#pragma once

#include "sandbox/httpmessage.h"

namespace posbridge::sandbox {

class JwtSigner;
class TokenStore;
struct ClientRegistration;
struct SandboxConfig;

/** @brief The OAuth endpoints: authorize pages, token, revoke and the JSON Web Key Set. */
class OAuthHandler
{
public:
    OAuthHandler(const SandboxConfig &config, TokenStore &tokens, const JwtSigner &signer);

    HttpReply authorize(const HttpRequest &request);
    HttpReply token(const HttpRequest &request);
    HttpReply revoke(const HttpRequest &request);
    HttpReply jwks(const HttpRequest &request) const;

    /** @brief Appends parameters to a redirect URI, percent-encoding each value. */
    static QString redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters);

private:
    HttpReply startAuthorization(const HttpRequest &request);
    HttpReply submitLogin(const QString &requestId, const QHash<QString, QString> &fields);
    HttpReply submitConsent(const QString &requestId, const QHash<QString, QString> &fields);
    /** @brief Checks client_id and client_secret (form fields or HTTP Basic); null when they match. */
    const ClientRegistration *authenticateClient(const HttpRequest &request,
                                                 const QHash<QString, QString> &fields) const;

    const SandboxConfig &m_config;
    TokenStore &m_tokens;
    const JwtSigner &m_signer;
};

} // namespace posbridge::sandbox
