#pragma once

#include <QElapsedTimer>
#include <QString>

namespace posbridge::sandbox {

/**
 * @brief The sandbox's clock: it starts at a chosen instant and runs timeScale() times faster than real time.
 *
 * API data (timeStamp, updatetime, completeTime) follows this clock. Everything the sandbox reports
 * to clients as a duration (drip rate, expires_in, Retry-After) is converted to real seconds.
 */
class SandboxClock
{
public:
    SandboxClock(qint64 startMs, double timeScale);

    /** @brief Sandbox time as UTC milliseconds since the Unix epoch. */
    [[nodiscard]] qint64 nowMs() const;
    /** @brief Real milliseconds since the sandbox started, on a monotonic clock. */
    [[nodiscard]] qint64 realElapsedMs() const;
    /** @brief Real wall-clock time as UTC milliseconds since the Unix epoch (for JWT iat and exp). */
    [[nodiscard]] static qint64 realNowMs();
    [[nodiscard]] double timeScale() const { return m_timeScale; }
    [[nodiscard]] qint64 startMs() const { return m_startMs; }

    /** @brief Formats sandbox or real UTC milliseconds as the API does: "2026-03-01T09:30:00+00:00". */
    [[nodiscard]] static QString formatApiTime(qint64 utcMs);

private:
    qint64 m_startMs;
    double m_timeScale;
    QElapsedTimer m_elapsed;
};

} // namespace posbridge::sandbox
