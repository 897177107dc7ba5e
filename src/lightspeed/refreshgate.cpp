#include "lightspeed/refreshgate.h"

namespace posbridge {

namespace {

// How often a blocked lock() or waitForSlot() looks at the cancellation token.
constexpr qint64 POLL_MS = 50;

} // namespace

RefreshGate::RefreshGate(const Clock &clock)
    : m_clock(clock)
{
}

bool RefreshGate::lock(const CancellationToken &cancel)
{
    while (!m_refreshLock.tryLock(int(POLL_MS))) {
        if (cancel.isCancelled())
            return false;
    }
    if (cancel.isCancelled()) {
        m_refreshLock.unlock();
        return false;
    }
    return true;
}

void RefreshGate::unlock()
{
    m_refreshLock.unlock();
}

bool RefreshGate::waitForSlot(const CancellationToken &cancel)
{
    for (;;) {
        const qint64 waitMs = msUntilSlot();
        if (waitMs <= 0)
            return !cancel.isCancelled();
        if (cancel.waitFor(qMin(waitMs, POLL_MS * 10)))
            return false;
    }
}

qint64 RefreshGate::msUntilSlot() const
{
    const QMutexLocker locker(&m_stateMutex);
    const qint64 now = m_clock.monotonicMs();
    forgetOldRequests(now);
    if (m_recentRequests.size() < MAX_REQUESTS_PER_WINDOW)
        return 0;
    return m_recentRequests.constFirst() + WINDOW_MS - now;
}

void RefreshGate::recordRequest()
{
    const QMutexLocker locker(&m_stateMutex);
    m_recentRequests.append(m_clock.monotonicMs());
    ++m_requestCount;
}

int RefreshGate::requestCount() const
{
    const QMutexLocker locker(&m_stateMutex);
    return m_requestCount;
}

void RefreshGate::forgetOldRequests(qint64 now) const
{
    while (!m_recentRequests.isEmpty() && m_recentRequests.constFirst() + WINDOW_MS <= now)
        m_recentRequests.removeFirst();
}

RefreshGate::Locker::Locker(RefreshGate &gate, const CancellationToken &cancel)
    : m_gate(gate)
    , m_locked(gate.lock(cancel))
{
}

RefreshGate::Locker::~Locker()
{
    if (m_locked)
        m_gate.unlock();
}

} // namespace posbridge
