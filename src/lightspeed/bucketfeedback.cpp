#include "lightspeed/bucketfeedback.h"

#include <cmath>

namespace posbridge {

namespace {

std::optional<double> parseNumber(const QByteArray &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseRetryAfter(const QByteArray &text, const QDateTime &now)
{
    if (const auto seconds = parseNumber(text))
        return qint64(std::ceil(*seconds * 1000.0));
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(text.trimmed()), Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(date));
}

} // namespace

BucketFeedback BucketFeedback::fromHeaders(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const QDateTime &now)
{
    BucketFeedback feedback;
    feedback.rateLimited = status == 429;
    for (const auto &[name, value] : headers) {
        if (name.compare("X-LS-Api-Bucket-Level", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> parts = value.split('/');
            if (parts.size() == 2) {
                const auto level = parseNumber(parts[0]);
                const auto size = parseNumber(parts[1]);
                if (level && size && *size > 0) {
                    feedback.level = level;
                    feedback.size = size;
                }
            }
        } else if (name.compare("X-LS-Api-Burst-Level", Qt::CaseInsensitive) == 0) {
            // NOTE: Lightspeed documents the header but not its format; "count/limit" is what the sandbox sends.
            const QList<QByteArray> parts = value.split('/');
            bool ok = false;
            const int limit = parts.size() == 2 ? parts[1].trimmed().toInt(&ok) : 0;
            if (ok && limit > 0)
                feedback.burstLimit = limit;
        } else if (name.compare("X-LS-Api-Drip-Rate", Qt::CaseInsensitive) == 0) {
            feedback.dripRate = parseNumber(value);
        } else if (name.compare("X-LS-Api-Request-Cost", Qt::CaseInsensitive) == 0) {
            feedback.cost = parseNumber(value);
        } else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            feedback.retryAfterMs = parseRetryAfter(value, now);
        } else if (name.compare("X-LS-API-RateLimit-Type", Qt::CaseInsensitive) == 0) {
            feedback.limitType = QString::fromLatin1(value.trimmed());
        }
    }
    return feedback;
}

} // namespace posbridge
