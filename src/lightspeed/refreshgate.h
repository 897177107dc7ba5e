#pragma once

#include "core/cancellation.h"
#include "core/clock.h"

#include <QList>
#include <QMutex>

namespace posbridge {

/**
 * @brief Serializes token refreshes on one connection and paces them.
 *
 * The gate is a lock held for the whole of a refresh, including its retries, so two
 * companies or threads never spend the same refresh token twice. It also keeps
 * Lightspeed's limit of five refresh requests a minute: waitForSlot() blocks until one
 * more request fits. Thread-safe; shared through ConnectionRegistry.
 */
class RefreshGate
{
public:
    static constexpr int MAX_REQUESTS_PER_WINDOW = 5;
    static constexpr qint64 WINDOW_MS = 60'000;

    /** @brief Holds the gate's lock for one scope. */
    class Locker
    {
    public:
        Locker(RefreshGate &gate, const CancellationToken &cancel);
        ~Locker();
        Q_DISABLE_COPY_MOVE(Locker)

        /** @brief False when the lock was not taken because the wait was cancelled. */
        [[nodiscard]] bool isLocked() const { return m_locked; }

    private:
        RefreshGate &m_gate;
        bool m_locked = false;
    };

    explicit RefreshGate(const Clock &clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(RefreshGate)

    /** @brief Takes the lock, waiting as long as needed; returns false when cancel fires first. */
    [[nodiscard]] bool lock(const CancellationToken &cancel);
    void unlock();

    /** @brief Blocks until a refresh request fits in the window; returns false when cancelled. */
    [[nodiscard]] bool waitForSlot(const CancellationToken &cancel);
    /** @brief Milliseconds until a refresh request fits in the window; 0 when one fits now. */
    [[nodiscard]] qint64 msUntilSlot() const;
    /** @brief Counts a refresh request sent now. */
    void recordRequest();
    /** @brief Number of refresh requests recorded since the gate was created. */
    [[nodiscard]] int requestCount() const;

private:
    void forgetOldRequests(qint64 now) const;

    const Clock &m_clock;
    QMutex m_refreshLock;
    mutable QMutex m_stateMutex;
    mutable QList<qint64> m_recentRequests; // monotonic ms, oldest first
    int m_requestCount = 0;
};

} // namespace posbridge
