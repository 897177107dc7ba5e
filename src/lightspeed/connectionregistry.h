#pragma once

#include "core/clock.h"
#include "lightspeed/connectionkey.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace posbridge {

class RateLimiter;
class RefreshGate;

/**
 * @brief Hands out the objects that all companies of one Lightspeed connection share.
 *
 * The application creates one registry and passes it to whatever builds TokenManagers and
 * ApiClients. Asking twice for the same (account, client ID) pair returns the same
 * RateLimiter and the same RefreshGate, from any thread. Entries live as long as the
 * registry.
 */
class ConnectionRegistry
{
public:
    explicit ConnectionRegistry(const Clock &clock = SystemClock::instance());
    ~ConnectionRegistry();
    Q_DISABLE_COPY_MOVE(ConnectionRegistry)

    [[nodiscard]] std::shared_ptr<RateLimiter> rateLimiter(const ConnectionKey &key);
    [[nodiscard]] std::shared_ptr<RefreshGate> refreshGate(const ConnectionKey &key);
    [[nodiscard]] QList<ConnectionKey> connections() const;

private:
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<ConnectionKey, std::shared_ptr<RateLimiter>> m_rateLimiters;
    QHash<ConnectionKey, std::shared_ptr<RefreshGate>> m_refreshGates;
};

} // namespace posbridge
