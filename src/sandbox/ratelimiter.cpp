#include "sandbox/ratelimiter.h"

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxclock.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

RateLimiter::RateLimiter(const BucketModel &model, int registers, const SandboxClock &clock)
    : m_model(model)
    , m_size(model.size + model.perRegisterSize * std::max(0, registers - 1))
    , m_dripRate(model.dripRate + model.perRegisterDrip * std::max(0, registers - 1))
    , m_clock(clock)
{
}

double RateLimiter::dripPerRealSecond() const
{
    return m_dripRate * m_clock.timeScale();
}

void RateLimiter::drain(Bucket &bucket, qint64 nowRealMs) const
{
    const double elapsedSec = static_cast<double>(nowRealMs - bucket.lastRealMs) / 1000.0;
    bucket.level = std::max(0.0, bucket.level - elapsedSec * dripPerRealSecond());
    bucket.lastRealMs = nowRealMs;
}

RateDecision RateLimiter::admit(const QString &bucketKey, double cost)
{
    const qint64 now = m_clock.realElapsedMs();
    auto it = m_buckets.find(bucketKey);
    if (it == m_buckets.end())
        it = m_buckets.insert(bucketKey, Bucket{0, now, -1, 0, 0, 0});
    Bucket &bucket = it.value();
    drain(bucket, now);

    const qint64 window = now / 1000;
    if (window != bucket.burstWindow) {
        bucket.burstWindow = window;
        bucket.burstCount = 0;
    }
    ++bucket.burstCount;

    RateDecision decision;
    decision.size = m_size;
    decision.dripPerRealSecond = dripPerRealSecond();
    decision.burstCount = bucket.burstCount;
    decision.burstLimit = m_model.burstLimit;
    if (bucket.burstCount > m_model.burstLimit) {
        decision.allowed = false;
        decision.limitType = "api-burst-limiter";
        decision.retryAfterSec = 1;
    } else if (bucket.level > m_size) {
        decision.allowed = false;
        decision.limitType = "api-leaky-bucket";
        decision.retryAfterSec =
            std::max(1, static_cast<int>(std::ceil((bucket.level - m_size) / dripPerRealSecond())));
    } else {
        bucket.level += cost;
        bucket.totalDrips += cost;
        bucket.highestLevel = std::max(bucket.highestLevel, bucket.level);
        decision.chargedCost = cost;
    }
    decision.level = bucket.level;
    return decision;
}

QByteArray RateLimiter::formatNumber(double value)
{
    QByteArray text = QByteArray::number(std::round(value * 1000.0) / 1000.0, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

void RateLimiter::applyHeaders(HttpReply &reply, const RateDecision &decision)
{
    reply.setHeader("X-LS-Api-Bucket-Level", formatNumber(decision.level) + '/' + formatNumber(decision.size));
    reply.setHeader("X-LS-Api-Drip-Rate", formatNumber(decision.dripPerRealSecond));
    reply.setHeader("X-LS-Api-Request-Cost", formatNumber(decision.chargedCost));
    reply.setHeader("X-LS-Api-Burst-Level",
                    QByteArray::number(decision.burstCount) + '/' + QByteArray::number(decision.burstLimit));
    if (!decision.allowed) {
        reply.setHeader("Retry-After", QByteArray::number(decision.retryAfterSec));
        reply.setHeader("X-LS-API-RateLimit-Type", decision.limitType);
    }
}

QJsonObject RateLimiter::snapshot()
{
    const qint64 now = m_clock.realElapsedMs();
    QJsonObject buckets;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        drain(it.value(), now);
        buckets.insert(it.key(), QJsonObject{{u"level"_s, std::round(it->level * 1000) / 1000},
                                             {u"highestLevel"_s, std::round(it->highestLevel * 1000) / 1000},
                                             {u"totalDrips"_s, std::round(it->totalDrips * 1000) / 1000},
                                             {u"size"_s, m_size}});
    }
    return QJsonObject{{u"size"_s, m_size},
                       {u"dripRatePerRealSecond"_s, dripPerRealSecond()},
                       {u"burstLimit"_s, m_model.burstLimit},
                       {u"buckets"_s, buckets}};
}

void RateLimiter::reset()
{
    m_buckets.clear();
}

void RateLimiter::resetStatistics()
{
    for (Bucket &bucket : m_buckets) {
        bucket.highestLevel = bucket.level;
        bucket.totalDrips = 0;
    }
}

} // namespace posbridge::sandbox
