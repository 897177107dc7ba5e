#include "core/clock.h"

#include <chrono>

namespace posbridge {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{
}

QDateTime ManualClock::nowUtc() const
{
    return m_start.addMSecs(m_elapsedMs).toUTC();
}

qint64 ManualClock::monotonicMs() const
{
    return m_elapsedMs;
}

void ManualClock::advanceMs(qint64 ms)
{
    m_elapsedMs += ms;
}

void ManualClock::setNow(const QDateTime &now)
{
    m_elapsedMs = m_start.msecsTo(now);
}

} // namespace posbridge
