#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace posbridge {

/** @brief The state of the connection's leaky bucket as one API response reports it. */
struct BucketFeedback
{
    std::optional<double> level;        ///< X-LS-Api-Bucket-Level before the "/"; may be fractional and exceed size
    std::optional<double> size;         ///< X-LS-Api-Bucket-Level after the "/"
    std::optional<double> dripRate;     ///< X-LS-Api-Drip-Rate, drips per second
    std::optional<double> cost;         ///< X-LS-Api-Request-Cost, drips charged for this request
    std::optional<int> burstLimit;      ///< X-LS-Api-Burst-Level after the "/", requests per second
    std::optional<qint64> retryAfterMs; ///< Retry-After of a 429, in milliseconds
    bool rateLimited = false;           ///< the response was a 429
    QString limitType;                  ///< X-LS-API-RateLimit-Type, such as api-leaky-bucket

    /**
     * @brief Reads the bucket headers of a response; malformed values are left unset.
     *
     * Retry-After may be a number of seconds or an HTTP date, which is measured from now.
     */
    static BucketFeedback fromHeaders(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const QDateTime &now);
};

} // namespace posbridge
