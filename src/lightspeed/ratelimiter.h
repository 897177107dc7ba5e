#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "lightspeed/bucketfeedback.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <optional>

namespace posbridge {

/**
 * @brief The shape of a request, under which its cost in drips is learned.
 *
 * kind is broad ("GET list", "GET one", "PUT", "POST", "DELETE"); variant names what
 * changes the price within a kind, such as the entity and its load_relations.
 */
struct RequestClass
{
    QString kind;
    QString variant;
};

/**
 * @brief Paces the requests of one Lightspeed connection to its leaky bucket.
 *
 * Shared by every worker of the connection (see ConnectionRegistry); all methods are
 * thread-safe. The limiter keeps an estimate of the bucket level: the highest
 * X-LS-Api-Bucket-Level reading, drained since it arrived at X-LS-Api-Drip-Rate. A request is
 * let through when the estimate, plus the estimated cost of requests already in flight,
 * plus its own estimated cost, fits in the bucket size, so the bucket runs full in steady
 * state without a 429. Costs are learned from X-LS-Api-Request-Cost per RequestClass; no
 * cost is built in. Until the first response reports the bucket size, and for a request
 * class whose cost is not known yet, a request goes only when nothing else is in flight.
 * Once X-LS-Api-Burst-Level reveals the burst limit, no more than that many requests
 * start in any rolling window of a little over a second. A 429 holds back every caller
 * until its Retry-After has passed. Waiting callers are
 * served first come, first served, so an expensive request is not starved by cheap ones.
 */
class RateLimiter
{
public:
    /**
     * @brief A granted request.
     *
     * Each ticket must go back through exactly one call of finish() or abandon(); until then
     * the limiter counts it as in flight.
     */
    struct Ticket
    {
        quint64 id = 0;
        QString kindKey;
        QString exactKey;
        double estimatedCost = 0;
    };

    /** @brief The limiter's view of the bucket and its counters, for the status bar and history. */
    struct Snapshot
    {
        bool bucketKnown = false; ///< false until a response carried the bucket headers
        double level = 0;         ///< estimated level now, drained since the last response
        double size = 0;
        double dripRate = 0; ///< drips per second
        int inFlight = 0;    ///< granted requests without a response yet
        int waiting = 0;     ///< callers blocked in acquire()
        double inFlightCost = 0;
        qint64 pausedForMs = 0;  ///< time left of a Retry-After pause
        quint64 requests = 0;    ///< requests granted
        quint64 rateLimited = 0; ///< 429 responses
        double dripsUsed = 0;    ///< sum of X-LS-Api-Request-Cost
        double highestLevel = 0; ///< highest level a response reported
    };

    explicit RateLimiter(const Clock &clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(RateLimiter)

    /**
     * @brief Grants a request now if it fits and no caller is waiting, without blocking.
     *
     * Otherwise returns nothing and, when waitMs is given, sets it to the time after which
     * the bucket will have room, or to -1 when room depends on a response still in flight.
     */
    std::optional<Ticket> tryAcquire(const RequestClass &requestClass, qint64 *waitMs = nullptr);

    /** @brief Blocks until the request may be sent; fails only with ErrorCode::Cancelled. */
    Result<Ticket> acquire(const RequestClass &requestClass, const CancellationToken &cancel);

    /** @brief Returns the ticket of a request that got a response, with the bucket state its headers report. */
    void finish(const Ticket &ticket, const BucketFeedback &feedback);

    /**
     * @brief Returns the ticket of a request that got no response.
     *
     * When the request may have reached Lightspeed, its estimated cost is added to the
     * level, since the bucket may have been charged.
     */
    void abandon(const Ticket &ticket, bool mayHaveReachedServer);

    /** @brief The learned cost of a request class; nothing while it is unknown. */
    [[nodiscard]] std::optional<double> learnedCost(const RequestClass &requestClass) const;

    [[nodiscard]] Snapshot snapshot() const;

private:
    static constexpr qint64 WAIT_FOR_RESPONSE = -1;

    qint64 admissionDelayMs(const RequestClass &requestClass, bool atHeadOfQueue, double *cost);
    qint64 burstDelayMs(qint64 now);
    Ticket grant(const RequestClass &requestClass, double cost);
    void drain(qint64 now);
    void applyLevel(const BucketFeedback &feedback);
    void applyRateLimit(const Ticket &ticket, const BucketFeedback &feedback, qint64 now);

    const Clock &m_clock;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;

    bool m_bucketKnown = false;
    double m_level = 0;
    qint64 m_levelAtMs = 0;
    double m_size = 0;
    double m_dripRate = 0;
    qint64 m_pausedUntilMs = 0;
    int m_burstLimit = 0;         ///< requests per second; 0 while unknown
    QList<qint64> m_recentGrants; ///< monotonic ms of grants inside the burst window, oldest first

    int m_inFlight = 0;
    double m_inFlightCost = 0;
    quint64 m_nextTicketId = 1;
    QList<quint64> m_queue; ///< waiting callers, first come first served
    quint64 m_nextWaiterId = 1;

    QHash<QString, double> m_costs; ///< learned per kind and per kind + variant

    quint64 m_requests = 0;
    quint64 m_rateLimited = 0;
    double m_dripsUsed = 0;
    double m_highestLevel = 0;
};

} // namespace posbridge
