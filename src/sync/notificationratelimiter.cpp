#include "sync/notificationratelimiter.h"

namespace posbridge {

NotificationRateLimiter::NotificationRateLimiter(const Clock &clock, qint64 windowMs)
    : m_clock(clock)
    , m_windowMs(windowMs)
{
}

NotificationDecision NotificationRateLimiter::offer(qint64 companyId, NotificationKind kind)
{
    const Key key(companyId, static_cast<int>(kind));
    const qint64 now = m_clock.monotonicMs();
    const auto found = m_entries.find(key);
    if (found != m_entries.end() && now - found->lastShownMs < m_windowMs) {
        ++found->suppressed;
        return {false, 0};
    }
    const int suppressed = found != m_entries.end() ? found->suppressed : 0;
    m_entries.insert(key, {now, 0});
    return {true, suppressed};
}

int NotificationRateLimiter::suppressedCount(qint64 companyId, NotificationKind kind) const
{
    return m_entries.value(Key(companyId, static_cast<int>(kind))).suppressed;
}

void NotificationRateLimiter::reset(qint64 companyId, NotificationKind kind)
{
    m_entries.remove(Key(companyId, static_cast<int>(kind)));
}

} // namespace posbridge
