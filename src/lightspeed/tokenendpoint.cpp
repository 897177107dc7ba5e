#include "lightspeed/tokenendpoint.h"

#include "lightspeed/httptransport.h"
#include "lightspeed/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(TokenEndpoint)
};

QJsonObject parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

// expires_in is a number in the documented replies; a numeric string is accepted too.
qint64 expiresInOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

} // namespace

const char *TokenEndpoint::actionName(Action action)
{
    switch (action) {
    case Action::ExchangeCode:
        return "code exchange";
    case Action::Refresh:
        return "token refresh";
    case Action::Revoke:
        break;
    }
    return "token revocation";
}

TokenEndpoint::TokenEndpoint(TokenEndpointConfig config, const Clock &clock)
    : m_config(std::move(config))
    , m_clock(clock)
{
}

Result<TokenSet> TokenEndpoint::exchangeCode(const QString &code, const QString &codeVerifier,
                                             const CancellationToken &cancel) const
{
    FormFields fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
    };
    if (!codeVerifier.isEmpty())
        fields.append({QStringLiteral("code_verifier"), codeVerifier});

    const auto reply = post(m_config.tokenUrl, fields, Action::ExchangeCode, cancel);
    if (!reply)
        return reply.error();
    return tokensFrom(*reply, {});
}

Result<TokenSet> TokenEndpoint::refresh(const QString &refreshToken, const CancellationToken &cancel) const
{
    const FormFields fields{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken},
    };
    const auto reply = post(m_config.tokenUrl, fields, Action::Refresh, cancel);
    if (!reply)
        return reply.error();
    return tokensFrom(*reply, refreshToken);
}

VoidResult TokenEndpoint::revoke(const QString &refreshToken, const CancellationToken &cancel) const
{
    const FormFields fields{{QStringLiteral("refresh_token"), refreshToken}};
    const auto reply = post(m_config.revokeUrl, fields, Action::Revoke, cancel);
    if (!reply)
        return reply.error();
    return {};
}

bool TokenEndpoint::isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
        return true;
    case ErrorCode::Http:
        return error.httpStatus == 0 || error.httpStatus >= 500;
    default:
        return false;
    }
}

Result<QJsonObject> TokenEndpoint::post(const QUrl &url, FormFields fields, Action action,
                                        const CancellationToken &cancel) const
{
    fields.append({QStringLiteral("client_id"), m_config.clientId});
    fields.append({QStringLiteral("client_secret"), m_config.clientSecret});

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");

    QNetworkAccessManager manager;
    const HttpResult reply = HttpTransport::send(manager, request, "POST", encodeForm(fields),
                                                 HttpTransport::Resend::Never, m_config.timeoutMs, cancel);
    if (reply.outcome == HttpResult::Outcome::Replied && reply.status >= 200 && reply.status < 300) {
        qCInfo(lcLightspeed).noquote() << "OAuth" << actionName(action) << "at" << HttpTransport::redacted(url)
                                       << "succeeded";
        return parseObject(reply.body);
    }

    const Error error = errorFor(reply, url, action);
    qCWarning(lcLightspeed).noquote() << "OAuth" << actionName(action) << "failed:" << error.detail;
    return error;
}

Result<TokenSet> TokenEndpoint::tokensFrom(const QJsonObject &reply, const QString &fallbackRefreshToken) const
{
    const QString accessToken = reply.value(QLatin1String("access_token")).toString();
    QString refreshToken = reply.value(QLatin1String("refresh_token")).toString();
    if (refreshToken.isEmpty())
        refreshToken = fallbackRefreshToken;
    if (accessToken.isEmpty() || refreshToken.isEmpty()) {
        return makeError(ErrorCode::Http,
                         Messages::tr("Lightspeed's token service sent a reply without tokens. Try again later."),
                         QStringLiteral("token reply lacks access_token or refresh_token"));
    }

    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = refreshToken;
    tokens.receivedAt = m_clock.nowUtc();
    tokens.expiresAt =
        TokenSet::expiryOf(accessToken, expiresInOf(reply.value(QLatin1String("expires_in"))), tokens.receivedAt);
    return tokens;
}

Error TokenEndpoint::errorFor(const HttpResult &reply, const QUrl &url, Action action) const
{
    const QString where = QStringLiteral("POST %1").arg(HttpTransport::redacted(url));
    switch (reply.outcome) {
    case HttpResult::Outcome::Cancelled:
        return makeError(ErrorCode::Cancelled, Messages::tr("The request to Lightspeed was cancelled."),
                         where + QStringLiteral(": cancelled"));
    case HttpResult::Outcome::Timeout:
        return makeError(ErrorCode::Timeout,
                         Messages::tr("Lightspeed did not answer within %1 seconds. Try again later.")
                             .arg(m_config.timeoutMs / 1000),
                         where + QStringLiteral(": timed out"));
    case HttpResult::Outcome::Network:
        return makeError(ErrorCode::Network,
                         Messages::tr("Could not reach Lightspeed at %1: %2").arg(url.host(), reply.errorString),
                         QStringLiteral("%1: %2").arg(where, reply.errorString));
    case HttpResult::Outcome::Replied:
        break;
    }

    const QJsonObject body = parseObject(reply.body);
    const QString code = body.value(QLatin1String("error")).toString();
    QString description = body.value(QLatin1String("error_description")).toString();
    if (description.isEmpty())
        description = body.value(QLatin1String("message")).toString();
    const QString detail = QStringLiteral("%1: HTTP %2%3")
                               .arg(where)
                               .arg(reply.status)
                               .arg(code.isEmpty() ? QString() : QStringLiteral(", OAuth error %1").arg(code));

    if (!code.isEmpty())
        return oauthError(code, description, reply.status, detail, action);
    if (reply.status == 429)
        return makeError(ErrorCode::RateLimited,
                         Messages::tr("Lightspeed asked to slow down token requests. The app tries again shortly."),
                         detail, 429);
    return makeError(ErrorCode::Http,
                     Messages::tr("Lightspeed's token service answered HTTP %1. Try again later.").arg(reply.status),
                     detail, reply.status);
}

Error TokenEndpoint::oauthError(const QString &code, const QString &description, int status, const QString &detail,
                                Action action) const
{
    // Fetch Token shows the server's own words too, since the admin acts on them right away.
    QString reason = description.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    const bool withDescription = action == Action::ExchangeCode && !reason.isEmpty();
    if (code == QLatin1String("invalid_grant")) {
        QString message = Messages::tr("Authorization expired — use Fetch Token");
        if (withDescription)
            message =
                Messages::tr("Lightspeed rejected the authorization code (%1). A code works once and expires after 60 "
                             "seconds. Fetch Token again.")
                    .arg(reason);
        else if (action == Action::ExchangeCode)
            message =
                Messages::tr("Lightspeed rejected the authorization code: it works once and expires after 60 seconds. "
                             "Fetch Token again.");
        return makeError(ErrorCode::AuthorizationExpired, message, detail, status);
    }
    if (code == QLatin1String("invalid_client")) {
        const QString message =
            withDescription
                ? Messages::tr(
                      "Lightspeed rejected the Client ID or Client Secret (%1). Check both in General Settings.")
                      .arg(reason)
                : Messages::tr("Lightspeed rejected the Client ID or Client Secret. Check both in General Settings.");
        return makeError(ErrorCode::Unauthorized, message, detail, status);
    }
    const QString shown = description.isEmpty() ? code : description;
    return makeError(ErrorCode::InvalidInput,
                     Messages::tr("Lightspeed rejected the token request (%1): %2").arg(code, shown), detail, status);
}

} // namespace posbridge
