#pragma once

#include "sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace posbridge::sandbox {

class SandboxClock;
struct HttpReply;

/** @brief The outcome of admitting one request to a bucket. */
struct RateDecision
{
    bool allowed = true;
    QByteArray limitType;  ///< "api-leaky-bucket" or "api-burst-limiter" when refused
    int retryAfterSec = 0; ///< real seconds, rounded up
    double chargedCost = 0;
    double level = 0;
    double size = 0;
    double dripPerRealSecond = 0;
    int burstCount = 0;
    int burstLimit = 0;
};

/**
 * @brief One leaky bucket and one burst window per (account, client).
 *
 * A request is admitted while the level is at most the size and then adds its cost, so the request
 * that crosses the size passes and the level may exceed it. Requests that find the level above the
 * size get 429 until it drains back to the size. The bucket drains dripRate × timeScale drips per
 * real second. The burst limiter counts every request per real one-second window.
 */
class RateLimiter
{
public:
    RateLimiter(const BucketModel &model, int registers, const SandboxClock &clock);

    RateDecision admit(const QString &bucketKey, double cost);
    /** @brief Sets the X-LS-Api-* headers, and Retry-After and X-LS-API-RateLimit-Type on a 429. */
    static void applyHeaders(HttpReply &reply, const RateDecision &decision);

    [[nodiscard]] double size() const { return m_size; }
    [[nodiscard]] double dripPerRealSecond() const;
    [[nodiscard]] const BucketModel &model() const { return m_model; }
    /** @brief Current level, highest level and total drips of every bucket. */
    [[nodiscard]] QJsonObject snapshot();
    /** @brief Empties every bucket and burst window. */
    void reset();
    /** @brief Forgets the highest levels and drip totals, keeping the current levels. */
    void resetStatistics();

    static QByteArray formatNumber(double value);

private:
    struct Bucket
    {
        double level = 0;
        qint64 lastRealMs = 0;
        qint64 burstWindow = -1;
        int burstCount = 0;
        double highestLevel = 0;
        double totalDrips = 0;
    };
    void drain(Bucket &bucket, qint64 nowRealMs) const;

    BucketModel m_model;
    double m_size;
    double m_dripRate; // drips per sandbox second
    const SandboxClock &m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace posbridge::sandbox
