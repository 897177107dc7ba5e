#include "sandbox/oauthhandler.h"

#include "sandbox/jwtsigner.h"
#include "sandbox/logging.h"
#include "sandbox/oauthpages.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/tokenstore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

HttpReply methodNotAllowed()
{
    HttpReply reply = HttpReply::oauthError(405, u"invalid_request"_s, u"This endpoint accepts POST requests only."_s);
    reply.setHeader("Allow", "POST");
    return reply;
}

QStringList splitScopes(QString text)
{
    // The documentation writes scopes joined by '+', which is a space in a form-encoded query.
    text.replace(u'+', u' ');
    return text.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

OAuthHandler::OAuthHandler(const SandboxConfig &config, TokenStore &tokens, const JwtSigner &signer)
    : m_config(config)
    , m_tokens(tokens)
    , m_signer(signer)
{
}

QString OAuthHandler::redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QString url = redirectUri;
    QChar separator = redirectUri.contains(u'?') ? u'&' : u'?';
    for (const auto &[name, value] : parameters) {
        url += separator + name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        separator = u'&';
    }
    return url;
}

HttpReply OAuthHandler::authorize(const HttpRequest &request)
{
    if (request.method == "GET")
        return startAuthorization(request);
    if (request.method != "POST") {
        HttpReply reply = HttpReply::html(pages::error(u"Method not allowed"_s, u"Use GET or POST."_s), 405);
        reply.setHeader("Allow", "GET, POST");
        return reply;
    }
    const QHash<QString, QString> fields = request.formFields();
    const QString requestId = fields.value(u"request"_s);
    if (fields.value(u"step"_s) == u"consent")
        return submitConsent(requestId, fields);
    return submitLogin(requestId, fields);
}

HttpReply OAuthHandler::startAuthorization(const HttpRequest &request)
{
    const QString clientId = request.queryValue(u"client_id"_s);
    const ClientRegistration *client = m_tokens.client(clientId);
    if (!client) {
        return HttpReply::html(pages::error(u"Unknown application"_s,
                                            u"No application is registered with client_id '%1'."_s.arg(clientId)),
                               400);
    }
    const QString redirectUri = request.queryValue(u"redirect_uri"_s);
    if (request.query.hasQueryItem(u"redirect_uri"_s) && redirectUri != client->redirectUri) {
        return HttpReply::html(pages::error(u"Redirect URI mismatch"_s,
                                            u"The redirect_uri '%1' does not match the URI registered for this "
                                            "application."_s.arg(redirectUri)),
                               400);
    }

    const QString state = request.queryValue(u"state"_s);
    auto fail = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> parameters{{u"error"_s, error}, {u"error_description"_s, description}};
        if (!state.isEmpty())
            parameters.append({u"state"_s, state});
        return HttpReply::redirect(redirectWith(client->redirectUri, parameters));
    };
    if (request.queryValue(u"response_type"_s) != u"code")
        return fail(u"unsupported_response_type"_s, u"response_type must be code."_s);
    const QStringList scopes = splitScopes(request.queryValue(u"scope"_s));
    if (scopes.isEmpty())
        return fail(u"invalid_scope"_s, u"The scope parameter is missing."_s);
    for (const QString &scope : scopes) {
        if (!isKnownScope(scope))
            return fail(u"invalid_scope"_s, u"Unknown scope %1."_s.arg(scope));
    }
    const QString challenge = request.queryValue(u"code_challenge"_s);
    if (!challenge.isEmpty() && request.queryValue(u"code_challenge_method"_s) != u"S256")
        return fail(u"invalid_request"_s, u"code_challenge_method must be S256."_s);

    const QString id = m_tokens.addPending(PendingAuthorization{clientId, scopes, state, challenge, false, 0});
    return HttpReply::html(pages::login(id, clientId, {}, {}));
}

HttpReply OAuthHandler::submitLogin(const QString &requestId, const QHash<QString, QString> &fields)
{
    PendingAuthorization *pending = m_tokens.pending(requestId);
    if (!pending) {
        return HttpReply::html(pages::error(u"Authorization expired"_s,
                                            u"This authorization request is unknown or expired. Start again from "
                                            "the application."_s),
                               400);
    }
    const QString email = fields.value(u"email"_s).trimmed();
    if (email.compare(m_config.loginEmail, Qt::CaseInsensitive) != 0 ||
        fields.value(u"password"_s) != m_config.loginPassword) {
        qCInfo(lcSandbox) << "Rejected a login with a wrong e-mail or password";
        return HttpReply::html(pages::login(requestId, pending->clientId, email, u"Invalid e-mail or password."_s));
    }
    pending->authenticated = true;
    return HttpReply::html(pages::consent(requestId, pending->clientId, m_config.accountName, pending->scopes));
}

HttpReply OAuthHandler::submitConsent(const QString &requestId, const QHash<QString, QString> &fields)
{
    const PendingAuthorization *pending = m_tokens.pending(requestId);
    if (!pending || !pending->authenticated) {
        return HttpReply::html(pages::error(u"Authorization expired"_s,
                                            u"This authorization request is unknown, expired or not logged in. Start "
                                            "again from the application."_s),
                               400);
    }
    const PendingAuthorization copy = *pending;
    m_tokens.removePending(requestId);
    const ClientRegistration *client = m_tokens.client(copy.clientId);
    if (!client)
        return HttpReply::html(pages::error(u"Unknown application"_s, u"The application is no longer registered."_s),
                               400);

    QList<QPair<QString, QString>> parameters;
    if (fields.value(u"decision"_s) == u"authorize") {
        parameters.append({u"code"_s, m_tokens.issueCode(copy.clientId, copy.scopes, copy.codeChallenge)});
        qCInfo(lcSandbox) << "Authorization granted to client" << copy.clientId << "for" << copy.scopes;
    } else {
        parameters.append({u"error"_s, u"access_denied"_s});
        parameters.append({u"error_description"_s, u"The user denied the request."_s});
        qCInfo(lcSandbox) << "Authorization denied to client" << copy.clientId;
    }
    if (!copy.state.isEmpty())
        parameters.append({u"state"_s, copy.state});
    return HttpReply::redirect(redirectWith(client->redirectUri, parameters));
}

const ClientRegistration *OAuthHandler::authenticateClient(const HttpRequest &request,
                                                           const QHash<QString, QString> &fields) const
{
    QString clientId = fields.value(u"client_id"_s);
    QString secret = fields.value(u"client_secret"_s);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    const ClientRegistration *client = m_tokens.client(clientId);
    if (!client || client->clientSecret != secret)
        return nullptr;
    return client;
}

HttpReply OAuthHandler::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed();
    const QHash<QString, QString> fields = request.formFields();
    const ClientRegistration *client = authenticateClient(request, fields);
    if (!client)
        return HttpReply::oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);

    const QString grantType = fields.value(u"grant_type"_s);
    TokenOutcome outcome;
    if (grantType == u"authorization_code") {
        const QString code = fields.value(u"code"_s);
        if (code.isEmpty())
            return HttpReply::oauthError(400, u"invalid_request"_s, u"The code parameter is missing."_s);
        if (fields.contains(u"redirect_uri"_s) && fields.value(u"redirect_uri"_s) != client->redirectUri)
            return HttpReply::oauthError(400, u"invalid_grant"_s, u"The redirect_uri does not match."_s);
        outcome = m_tokens.exchangeCode(client->clientId, code, fields.value(u"code_verifier"_s));
    } else if (grantType == u"refresh_token") {
        const QString refreshToken = fields.value(u"refresh_token"_s);
        if (refreshToken.isEmpty())
            return HttpReply::oauthError(400, u"invalid_request"_s, u"The refresh_token parameter is missing."_s);
        outcome = m_tokens.refresh(client->clientId, refreshToken, fields.value(u"scope"_s), request.isJsonBody());
    } else if (grantType.isEmpty()) {
        return HttpReply::oauthError(400, u"invalid_request"_s, u"The grant_type parameter is missing."_s);
    } else {
        return HttpReply::oauthError(400, u"unsupported_grant_type"_s,
                                     u"grant_type must be authorization_code or refresh_token."_s);
    }
    if (!outcome.ok()) {
        qCInfo(lcSandbox) << "Token request of client" << client->clientId << "failed:" << outcome.error
                          << outcome.description;
        return HttpReply::oauthError(outcome.status, outcome.error, outcome.description);
    }
    HttpReply reply = HttpReply::json(QJsonObject{{u"token_type"_s, u"Bearer"_s},
                                                  {u"expires_in"_s, outcome.expiresIn},
                                                  {u"access_token"_s, outcome.accessToken},
                                                  {u"refresh_token"_s, outcome.refreshToken}});
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply OAuthHandler::revoke(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed();
    const QHash<QString, QString> fields = request.formFields();
    const ClientRegistration *client = authenticateClient(request, fields);
    if (!client)
        return HttpReply::oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    const QString refreshToken = fields.value(u"refresh_token"_s, fields.value(u"token"_s));
    if (refreshToken.isEmpty())
        return HttpReply::oauthError(400, u"invalid_request"_s, u"The refresh_token parameter is missing."_s);
    // As RFC 7009 asks, an unknown token is not an error.
    const bool revoked = m_tokens.revoke(client->clientId, refreshToken);
    qCInfo(lcSandbox) << "Revocation request of client" << client->clientId
                      << (revoked ? "revoked a grant" : "matched no token");
    return HttpReply::json(QJsonObject{});
}

HttpReply OAuthHandler::jwks(const HttpRequest &request) const
{
    if (request.method != "GET")
        return HttpReply::oauthError(405, u"invalid_request"_s, u"Use GET."_s);
    return HttpReply::json(m_signer.jwks());
}

} // namespace posbridge::sandbox
