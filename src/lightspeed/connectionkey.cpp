#include "lightspeed/connectionkey.h"

namespace posbridge {

QString ConnectionKey::toLogString() const
{
    // Four characters tell two clients apart in a log without publishing the whole ID.
    const QString shortClient = clientId.size() > 4 ? clientId.left(4) + QStringLiteral("…") : clientId;
    return QStringLiteral("account %1, client %2").arg(accountId, shortClient);
}

} // namespace posbridge
