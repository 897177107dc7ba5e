#pragma once

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

/** Shared steps of the sandbox conformance tests. */
namespace sandboxtest {

/** A token endpoint answer. */
struct Tokens
{
    int status = 0;
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    QJsonObject body;
};

inline Tokens parseTokens(const HttpResult &result)
{
    const QJsonObject body = result.json();
    return Tokens{result.status, body.value(QStringLiteral("access_token")).toString(),
                  body.value(QStringLiteral("refresh_token")).toString(),
                  body.value(QStringLiteral("expires_in")).toInt(), body};
}

inline Tokens exchangeCode(HttpClient &http, const SandboxProcess &sandbox, const QString &code,
                           const QString &verifier = {})
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("client_id"), sandbox.clientId()},
                                          {QStringLiteral("client_secret"), sandbox.clientSecret()}};
    if (!verifier.isEmpty())
        fields.append({QStringLiteral("code_verifier"), verifier});
    return parseTokens(http.postForm(sandbox.tokenUrl(), fields));
}

inline Tokens refreshTokens(HttpClient &http, const SandboxProcess &sandbox, const QString &refreshToken)
{
    return parseTokens(
        http.postForm(sandbox.tokenUrl(), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("refresh_token"), refreshToken},
                                           {QStringLiteral("client_id"), sandbox.clientId()},
                                           {QStringLiteral("client_secret"), sandbox.clientSecret()}}));
}

/** Fetches tokens through the authorization-code shortcut. */
inline Tokens tokensFor(SandboxProcess &sandbox, HttpClient &http, const QStringList &scopes)
{
    return exchangeCode(http, sandbox, sandbox.authorizationCode(scopes, QStringLiteral("test")));
}

/** The URL of a resource of the sandbox's account, such as "Sale.json" or "Item/5.json". */
inline QUrl apiUrl(const SandboxProcess &sandbox, const QString &resource, const QUrlQuery &query = {})
{
    QUrl url(sandbox.apiBaseUrl().toString() + QStringLiteral("/Account/") + sandbox.accountId() + u'/' + resource);
    url.setQuery(query);
    return url;
}

/** The records under a key, whether the API sent one object or an array. */
inline QJsonArray records(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

/** Follows @attributes.next from a first URL and returns every record seen, in order. */
inline QJsonArray walkAll(HttpClient &http, const QUrl &first, const QString &name, const QString &token,
                          int *pages = nullptr)
{
    QJsonArray all;
    QUrl url = first;
    int count = 0;
    while (!url.isEmpty() && count < 10'000) {
        const HttpResult result = http.get(url, token);
        if (result.status != 200)
            break;
        for (const QJsonValue &record : records(result.json(), name))
            all.append(record);
        url = QUrl(
            result.json().value(QStringLiteral("@attributes")).toObject().value(QStringLiteral("next")).toString());
        ++count;
    }
    if (pages)
        *pages = count;
    return all;
}

} // namespace sandboxtest
