#include "lightspeed/tokenset.h"

#include "lightspeed/jwtclaims.h"

namespace posbridge {

QDateTime TokenSet::expiryOf(const QString &accessToken, qint64 expiresInSeconds, const QDateTime &receivedAt)
{
    if (expiresInSeconds > 0)
        return receivedAt.addSecs(expiresInSeconds).toUTC();

    const Result<JwtClaims> claims = JwtClaims::decode(accessToken);
    if (claims.ok())
        return claims->expiresAt;
    return {};
}

} // namespace posbridge
