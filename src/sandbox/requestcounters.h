#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace posbridge::sandbox {

/** @brief Counts of requests per route and status, 429s per limiter, and injected faults. */
class RequestCounters
{
public:
    void recordResponse(const QString &routeName, int status, const QByteArray &rateLimitType);
    void recordFault(const QString &routeName, const QString &kind);
    [[nodiscard]] QJsonObject toJson() const;
    void reset();

private:
    struct RouteCounts
    {
        qint64 requests = 0;
        QHash<int, qint64> statuses;
    };
    QHash<QString, RouteCounts> m_routes;
    QHash<QString, qint64> m_rateLimited;
    QHash<QString, qint64> m_faults;
    qint64 m_total = 0;
};

} // namespace posbridge::sandbox
