#include "lightspeed/connectionregistry.h"

#include "lightspeed/ratelimiter.h"
#include "lightspeed/refreshgate.h"

namespace posbridge {

ConnectionRegistry::ConnectionRegistry(const Clock &clock)
    : m_clock(clock)
{
}

ConnectionRegistry::~ConnectionRegistry() = default;

std::shared_ptr<RateLimiter> ConnectionRegistry::rateLimiter(const ConnectionKey &key)
{
    const QMutexLocker locker(&m_mutex);
    std::shared_ptr<RateLimiter> &limiter = m_rateLimiters[key];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_clock);
    return limiter;
}

std::shared_ptr<RefreshGate> ConnectionRegistry::refreshGate(const ConnectionKey &key)
{
    const QMutexLocker locker(&m_mutex);
    std::shared_ptr<RefreshGate> &gate = m_refreshGates[key];
    if (!gate)
        gate = std::make_shared<RefreshGate>(m_clock);
    return gate;
}

QList<ConnectionKey> ConnectionRegistry::connections() const
{
    const QMutexLocker locker(&m_mutex);
    QList<ConnectionKey> keys = m_rateLimiters.keys();
    for (const ConnectionKey &key : m_refreshGates.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace posbridge
