#include "sandbox/requestcounters.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

void RequestCounters::recordResponse(const QString &routeName, int status, const QByteArray &rateLimitType)
{
    RouteCounts &counts = m_routes[routeName];
    ++counts.requests;
    ++counts.statuses[status];
    ++m_total;
    if (status == 429 && !rateLimitType.isEmpty())
        ++m_rateLimited[QString::fromLatin1(rateLimitType)];
}

void RequestCounters::recordFault(const QString &routeName, const QString &kind)
{
    ++m_faults[kind];
    if (kind == u"drop" || kind == u"dropAfter") {
        ++m_routes[routeName].requests;
        ++m_total;
    }
}

QJsonObject RequestCounters::toJson() const
{
    QJsonObject routes;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        QJsonObject statuses;
        for (auto status = it->statuses.cbegin(); status != it->statuses.cend(); ++status)
            statuses.insert(QString::number(status.key()), status.value());
        routes.insert(it.key(), QJsonObject{{u"requests"_s, it->requests}, {u"statuses"_s, statuses}});
    }
    QJsonObject rateLimited{{u"api-leaky-bucket"_s, m_rateLimited.value(u"api-leaky-bucket"_s)},
                            {u"api-burst-limiter"_s, m_rateLimited.value(u"api-burst-limiter"_s)}};
    QJsonObject faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.insert(it.key(), it.value());
    return QJsonObject{
        {u"totalRequests"_s, m_total}, {u"routes"_s, routes}, {u"rateLimited"_s, rateLimited}, {u"faults"_s, faults}};
}

void RequestCounters::reset()
{
    m_routes.clear();
    m_rateLimited.clear();
    m_faults.clear();
    m_total = 0;
}

} // namespace posbridge::sandbox
