#include "lightspeed/authorizationrequest.h"

#include "lightspeed/formencoding.h"

#include <QRandomGenerator>

#include <array>

namespace posbridge {

AuthorizationRequest::AuthorizationRequest(QString clientId, QStringList scopes, QString state, Pkce pkce)
    : m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_state(std::move(state))
    , m_pkce(std::move(pkce))
{
}

AuthorizationRequest AuthorizationRequest::create(const QString &clientId, const QStringList &scopes)
{
    return {clientId, scopes, generateState(), Pkce::generate()};
}

AuthorizationRequest AuthorizationRequest::withValues(const QString &clientId, const QStringList &scopes,
                                                      const QString &state, const Pkce &pkce)
{
    return {clientId, scopes, state, pkce};
}

QString AuthorizationRequest::generateState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl AuthorizationRequest::url(const QUrl &authorizeEndpoint) const
{
    FormFields fields;
    fields.append({QStringLiteral("response_type"), QStringLiteral("code")});
    fields.append({QStringLiteral("client_id"), m_clientId});
    fields.append({QStringLiteral("scope"), m_scopes.join(QLatin1Char(' '))});
    fields.append({QStringLiteral("state"), m_state});
    fields.append({QStringLiteral("code_challenge"), m_pkce.challenge()});
    fields.append({QStringLiteral("code_challenge_method"), Pkce::method()});

    QUrl url = authorizeEndpoint;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query.append('&');
    query.append(encodeForm(fields));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace posbridge
