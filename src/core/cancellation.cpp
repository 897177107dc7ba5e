#include "core/cancellation.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>

namespace posbridge {

struct CancellationToken::State
{
    std::atomic_bool cancelled = false;
    QMutex mutex;
    QWaitCondition woken;
};

CancellationToken::CancellationToken()
    : m_state(std::make_shared<State>())
{
}

void CancellationToken::cancel()
{
    const QMutexLocker locker(&m_state->mutex);
    m_state->cancelled = true;
    m_state->woken.wakeAll();
}

bool CancellationToken::isCancelled() const
{
    return m_state->cancelled;
}

bool CancellationToken::waitFor(qint64 ms) const
{
    QDeadlineTimer deadline(qMax<qint64>(ms, 0));
    QMutexLocker locker(&m_state->mutex);
    // The loop absorbs spurious wake-ups: only cancellation or the deadline ends it.
    while (!m_state->cancelled && !deadline.hasExpired())
        m_state->woken.wait(&m_state->mutex, deadline);
    return m_state->cancelled;
}

} // namespace posbridge
