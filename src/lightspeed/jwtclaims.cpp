#include "lightspeed/jwtclaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace posbridge {

namespace {

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "JwtClaims", "The access token from Lightspeed is not readable. Fetch Token again."),
                     detail);
}

// Returns the claim as text; numbers are printed without a fraction. Absent claims are empty.
std::optional<QString> textClaim(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) != number)
            return std::nullopt;
        return QString::number(qint64(number));
    }
    return std::nullopt;
}

// Reads a NumericDate (seconds since the epoch); absent claims give an invalid QDateTime.
std::optional<QDateTime> timeClaim(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    qint64 seconds = 0;
    if (value.isDouble()) {
        seconds = qint64(value.toDouble());
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

std::optional<QStringList> listClaim(const QJsonValue &value, bool splitSpaces)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString()) {
        if (splitSpaces)
            return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QStringList{value.toString()};
    }
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            return std::nullopt;
        list.append(entry.toString());
    }
    return list;
}

} // namespace

Result<JwtClaims> JwtClaims::decode(const QString &token)
{
    const QStringList segments = token.split(QLatin1Char('.'));
    if (segments.size() != 3 || segments[1].isEmpty())
        return malformed(QStringLiteral("a JWT needs three segments, got %1").arg(segments.size()));

    const auto decoded = QByteArray::fromBase64Encoding(segments[1].toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed(QStringLiteral("JWT payload is not base64url"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("JWT payload is not a JSON object"));
    const QJsonObject payload = document.object();

    const auto account = textClaim(payload.value(QLatin1String("acct")));
    const auto subject = textClaim(payload.value(QLatin1String("sub")));
    const auto scopes = listClaim(payload.value(QLatin1String("scope")), true);
    const auto audience = listClaim(payload.value(QLatin1String("aud")), false);
    const auto expiresAt = timeClaim(payload.value(QLatin1String("exp")));
    const auto issuedAt = timeClaim(payload.value(QLatin1String("iat")));
    if (!account || !subject || !scopes || !audience || !expiresAt || !issuedAt)
        return malformed(QStringLiteral("a JWT claim has an unexpected type"));

    JwtClaims claims;
    claims.accountId = *account;
    claims.subject = *subject;
    claims.scopes = *scopes;
    claims.audience = *audience;
    claims.expiresAt = *expiresAt;
    claims.issuedAt = *issuedAt;
    return claims;
}

} // namespace posbridge
