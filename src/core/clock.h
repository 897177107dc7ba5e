#pragma once

#include <QDateTime>

namespace posbridge {

/** @brief Source of the current time, replaced in tests that need to move time by hand. */
class Clock
{
public:
    virtual ~Clock() = default;

    /** @brief Current time in UTC. */
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    /** @brief Milliseconds on a monotonic clock, for measuring intervals. */
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;
};

/** @brief The system's wall clock and steady clock. */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] qint64 monotonicMs() const override;

    /** @brief Shared instance for code that does not need a replaceable clock. */
    static const Clock &instance();
};

/** @brief A clock that moves only when told to, for tests. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));

    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] qint64 monotonicMs() const override;

    void advanceMs(qint64 ms);
    void setNow(const QDateTime &now);

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};

} // namespace posbridge
