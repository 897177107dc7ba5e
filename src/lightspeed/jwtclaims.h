#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace posbridge {

/**
 * @brief The claims of a Lightspeed access token, read without checking its signature.
 *
 * The app reads only tokens that it received itself from the token endpoint over TLS, and
 * only to learn the account and the expiry. It never accepts a token from elsewhere, so the
 * RS256 signature is not verified.
 */
struct JwtClaims
{
    QString accountId;    ///< acct: the Lightspeed account ID
    QString subject;      ///< sub: the user ID
    QStringList scopes;   ///< scope, split on spaces when it is one string
    QStringList audience; ///< aud: the client ID, as a list because JWT allows several
    QDateTime expiresAt;  ///< exp in UTC; invalid when absent
    QDateTime issuedAt;   ///< iat in UTC; invalid when absent

    /**
     * @brief Decodes the payload (second segment) of a compact JWT.
     *
     * Fails with ErrorCode::InvalidInput when the token does not have three segments, the
     * payload is not base64url or is not a JSON object, or a claim has the wrong type.
     * Numeric claims may arrive as numbers or as decimal strings.
     */
    static Result<JwtClaims> decode(const QString &token);
};

} // namespace posbridge
