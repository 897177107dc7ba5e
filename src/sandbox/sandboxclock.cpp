#include "sandbox/sandboxclock.h"

#include <QDateTime>

#include <cmath>

namespace posbridge::sandbox {

SandboxClock::SandboxClock(qint64 startMs, double timeScale)
    : m_startMs(startMs)
    , m_timeScale(timeScale)
{
    m_elapsed.start();
}

qint64 SandboxClock::nowMs() const
{
    return m_startMs + std::llround(static_cast<double>(m_elapsed.elapsed()) * m_timeScale);
}

qint64 SandboxClock::realElapsedMs() const
{
    return m_elapsed.elapsed();
}

qint64 SandboxClock::realNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString SandboxClock::formatApiTime(qint64 utcMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

} // namespace posbridge::sandbox
