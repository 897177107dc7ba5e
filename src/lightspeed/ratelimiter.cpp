#include "lightspeed/ratelimiter.h"

#include "lightspeed/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cmath>

namespace posbridge {

namespace {

// Maximum time a blocked acquire() sleeps before it checks its cancellation token again.
constexpr qint64 POLL_MS = 50;
constexpr double EPSILON = 1e-9;
// Lightspeed's smallest documented drip rate, assumed only while no response has carried
// X-LS-Api-Drip-Rate.
constexpr double MIN_DOCUMENTED_DRIP_RATE = 1.0;
// Lightspeed counts bursts per one-second window of its own clock. The extra 100 ms absorb
// differences in network delay between consecutive requests.
constexpr qint64 BURST_WINDOW_MS = 1100;

QString exactKeyOf(const RequestClass &requestClass)
{
    return requestClass.kind + QLatin1Char('|') + requestClass.variant;
}

} // namespace

RateLimiter::RateLimiter(const Clock &clock)
    : m_clock(clock)
    , m_levelAtMs(clock.monotonicMs())
{
}

std::optional<RateLimiter::Ticket> RateLimiter::tryAcquire(const RequestClass &requestClass, qint64 *waitMs)
{
    const QMutexLocker locker(&m_mutex);
    double cost = 0;
    const qint64 delay = m_queue.isEmpty() ? admissionDelayMs(requestClass, true, &cost) : WAIT_FOR_RESPONSE;
    if (waitMs)
        *waitMs = delay;
    if (delay != 0)
        return std::nullopt;
    return grant(requestClass, cost);
}

Result<RateLimiter::Ticket> RateLimiter::acquire(const RequestClass &requestClass, const CancellationToken &cancel)
{
    QMutexLocker locker(&m_mutex);
    const quint64 waiter = m_nextWaiterId++;
    m_queue.append(waiter);
    for (;;) {
        if (cancel.isCancelled()) {
            m_queue.removeOne(waiter);
            m_changed.wakeAll();
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("RateLimiter", "The request to Lightspeed was cancelled."),
                             QStringLiteral("cancelled while waiting for room in the rate bucket"));
        }

        double cost = 0;
        const qint64 delay = admissionDelayMs(requestClass, m_queue.constFirst() == waiter, &cost);
        if (delay == 0) {
            m_queue.removeOne(waiter);
            const Ticket ticket = grant(requestClass, cost);
            m_changed.wakeAll();
            return ticket;
        }
        const qint64 slice = delay < 0 ? POLL_MS : qMin(delay, POLL_MS);
        m_changed.wait(&m_mutex, QDeadlineTimer(slice));
    }
}

qint64 RateLimiter::admissionDelayMs(const RequestClass &requestClass, bool atHeadOfQueue, double *cost)
{
    const qint64 now = m_clock.monotonicMs();
    drain(now);
    if (now < m_pausedUntilMs)
        return m_pausedUntilMs - now;
    if (!atHeadOfQueue)
        return WAIT_FOR_RESPONSE;
    if (const qint64 burstWait = burstDelayMs(now); burstWait > 0)
        return burstWait;

    const auto known = m_costs.constFind(exactKeyOf(requestClass));
    if (!m_bucketKnown || known == m_costs.constEnd()) {
        // Without the bucket size or this request's price, only a lone request is safe.
        if (m_inFlight > 0)
            return WAIT_FOR_RESPONSE;
        double fallback = m_costs.value(requestClass.kind, 0);
        for (const double learned : std::as_const(m_costs))
            fallback = qMax(fallback, learned);
        *cost = known != m_costs.constEnd() ? *known : qMax(fallback, 1.0);
        if (!m_bucketKnown)
            return 0;
    } else {
        *cost = *known;
    }

    const double room = m_size - m_level - m_inFlightCost;
    const double needed = qMin(*cost, m_size);
    if (needed <= room + EPSILON)
        return 0;
    const double dripRate = m_dripRate > 0 ? m_dripRate : MIN_DOCUMENTED_DRIP_RATE;
    return qMax<qint64>(1, qint64(std::ceil((needed - room) / dripRate * 1000.0)));
}

qint64 RateLimiter::burstDelayMs(qint64 now)
{
    while (!m_recentGrants.isEmpty() && m_recentGrants.constFirst() + BURST_WINDOW_MS <= now)
        m_recentGrants.removeFirst();
    if (m_burstLimit <= 0 || m_recentGrants.size() < m_burstLimit)
        return 0;
    return m_recentGrants.constFirst() + BURST_WINDOW_MS - now;
}

RateLimiter::Ticket RateLimiter::grant(const RequestClass &requestClass, double cost)
{
    Ticket ticket;
    ticket.id = m_nextTicketId++;
    ticket.kindKey = requestClass.kind;
    ticket.exactKey = exactKeyOf(requestClass);
    ticket.estimatedCost = cost;
    ++m_inFlight;
    m_inFlightCost += cost;
    ++m_requests;
    m_recentGrants.append(m_clock.monotonicMs());
    return ticket;
}

void RateLimiter::finish(const Ticket &ticket, const BucketFeedback &feedback)
{
    const QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock.monotonicMs();
    drain(now);
    --m_inFlight;
    m_inFlightCost = m_inFlight > 0 ? qMax(0.0, m_inFlightCost - ticket.estimatedCost) : 0;
    if (feedback.dripRate && *feedback.dripRate > 0)
        m_dripRate = *feedback.dripRate;
    if (feedback.burstLimit)
        m_burstLimit = *feedback.burstLimit;

    if (feedback.rateLimited) {
        applyRateLimit(ticket, feedback, now);
    } else {
        if (feedback.cost) {
            m_costs.insert(ticket.exactKey, *feedback.cost);
            m_costs.insert(ticket.kindKey, *feedback.cost);
            m_dripsUsed += *feedback.cost;
        }
        if (feedback.level && feedback.size)
            applyLevel(feedback);
        else
            m_level += feedback.cost.value_or(ticket.estimatedCost); // no bucket headers: assume it was charged
    }
    m_changed.wakeAll();
}

void RateLimiter::abandon(const Ticket &ticket, bool mayHaveReachedServer)
{
    const QMutexLocker locker(&m_mutex);
    drain(m_clock.monotonicMs());
    --m_inFlight;
    m_inFlightCost = m_inFlight > 0 ? qMax(0.0, m_inFlightCost - ticket.estimatedCost) : 0;
    if (mayHaveReachedServer)
        m_level += ticket.estimatedCost;
    m_changed.wakeAll();
}

void RateLimiter::applyLevel(const BucketFeedback &feedback)
{
    m_size = *feedback.size;
    m_bucketKnown = true;
    m_highestLevel = qMax(m_highestLevel, *feedback.level);
    // Lightspeed's level falls only by draining, and threads may reach the server in another order
    // than they were granted, so a response that reports less than the drained estimate is an
    // older reading: it never lowers the estimate.
    m_level = qMax(m_level, *feedback.level);
}

void RateLimiter::applyRateLimit(const Ticket &ticket, const BucketFeedback &feedback, qint64 now)
{
    ++m_rateLimited;
    if (feedback.level && feedback.size)
        applyLevel(feedback);
    else if (m_bucketKnown)
        m_level = qMax(m_level, m_size);

    qint64 pauseMs = 0;
    if (feedback.retryAfterMs) {
        pauseMs = *feedback.retryAfterMs;
    } else {
        const double dripRate = m_dripRate > 0 ? m_dripRate : MIN_DOCUMENTED_DRIP_RATE;
        pauseMs = qint64(std::ceil(qMax(0.0, m_level + ticket.estimatedCost - m_size) / dripRate * 1000.0));
    }
    m_pausedUntilMs = qMax(m_pausedUntilMs, now + pauseMs);
    qCWarning(lcLightspeed).noquote() << "Lightspeed answered 429" << feedback.limitType
                                      << "- pausing the connection for" << pauseMs << "ms";
}

void RateLimiter::drain(qint64 now)
{
    if (now <= m_levelAtMs)
        return;
    const double dripRate = m_dripRate > 0 ? m_dripRate : MIN_DOCUMENTED_DRIP_RATE;
    m_level = qMax(0.0, m_level - dripRate * double(now - m_levelAtMs) / 1000.0);
    m_levelAtMs = now;
}

std::optional<double> RateLimiter::learnedCost(const RequestClass &requestClass) const
{
    const QMutexLocker locker(&m_mutex);
    const auto known = m_costs.constFind(exactKeyOf(requestClass));
    if (known == m_costs.constEnd())
        return std::nullopt;
    return *known;
}

RateLimiter::Snapshot RateLimiter::snapshot() const
{
    const QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock.monotonicMs();
    const double dripRate = m_dripRate > 0 ? m_dripRate : MIN_DOCUMENTED_DRIP_RATE;
    Snapshot snapshot;
    snapshot.bucketKnown = m_bucketKnown;
    snapshot.level = qMax(0.0, m_level - dripRate * double(qMax<qint64>(0, now - m_levelAtMs)) / 1000.0);
    snapshot.size = m_size;
    snapshot.dripRate = m_dripRate;
    snapshot.inFlight = m_inFlight;
    snapshot.waiting = int(m_queue.size());
    snapshot.inFlightCost = m_inFlightCost;
    snapshot.pausedForMs = qMax<qint64>(0, m_pausedUntilMs - now);
    snapshot.requests = m_requests;
    snapshot.rateLimited = m_rateLimited;
    snapshot.dripsUsed = m_dripsUsed;
    snapshot.highestLevel = m_highestLevel;
    return snapshot;
}

} // namespace posbridge
