#pragma once

#include "core/clock.h"

#include <QHash>

namespace posbridge {

/** @brief The kinds of desktop notification that the tray shows. */
enum class NotificationKind
{
    AuthorizationExpired,
    RunFailed,
};

/** @brief Whether to show a notification now, and how many like it were held back since the last one shown. */
struct NotificationDecision
{
    bool show = false;
    int suppressed = 0; ///< when show is set: the notifications of this company and kind dropped since the last one
};

/**
 * @brief Lets through at most one notification per company and kind per window, and counts the rest.
 *
 * A connection that fails every minute would otherwise put a notification on the desktop every
 * minute. The window is measured on the clock's monotonic time, so changing the system clock
 * does not release or hold back notifications.
 */
class NotificationRateLimiter
{
public:
    /** @brief The default window: 15 minutes. */
    static constexpr qint64 DEFAULT_WINDOW_MS = 15 * 60 * 1000;

    explicit NotificationRateLimiter(const Clock &clock, qint64 windowMs = DEFAULT_WINDOW_MS);

    /** @brief Records a notification of the company and kind and decides whether it is shown. */
    NotificationDecision offer(qint64 companyId, NotificationKind kind);
    /** @brief Notifications of the company and kind dropped since the last one shown. */
    [[nodiscard]] int suppressedCount(qint64 companyId, NotificationKind kind) const;
    /** @brief Forgets the company's notifications, so the next one shows at once (after new tokens, say). */
    void reset(qint64 companyId, NotificationKind kind);

private:
    struct Entry
    {
        qint64 lastShownMs = 0;
        int suppressed = 0;
    };
    using Key = std::pair<qint64, int>;

    const Clock &m_clock;
    qint64 m_windowMs;
    QHash<Key, Entry> m_entries;
};

} // namespace posbridge
