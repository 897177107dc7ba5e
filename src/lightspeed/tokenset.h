#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief An access token with its refresh token and the times that govern its use. */
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime receivedAt; ///< UTC
    QDateTime expiresAt;  ///< UTC; invalid when neither expires_in nor the JWT exp was known

    [[nodiscard]] bool isEmpty() const { return accessToken.isEmpty() || refreshToken.isEmpty(); }

    /**
     * @brief Returns when an access token expires.
     *
     * Uses expiresInSeconds after receivedAt when it is positive, otherwise the token's JWT
     * exp claim, otherwise an invalid QDateTime (the token is then used until a 401).
     */
    static QDateTime expiryOf(const QString &accessToken, qint64 expiresInSeconds, const QDateTime &receivedAt);
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::TokenSet)
