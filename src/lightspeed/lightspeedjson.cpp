#include "lightspeed/lightspeedjson.h"

#include <QJsonArray>

#include <cmath>

namespace posbridge {

QList<QJsonObject> LightspeedJson::toList(const QJsonValue &value)
{
    QList<QJsonObject> list;
    if (value.isObject()) {
        list.append(value.toObject());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue &entry : array) {
            if (entry.isObject())
                list.append(entry.toObject());
        }
    }
    return list;
}

QList<QJsonObject> LightspeedJson::records(const QJsonObject &response, const QString &element)
{
    return toList(response.value(element));
}

QList<QJsonObject> LightspeedJson::relation(const QJsonObject &parent, const QString &container, const QString &element)
{
    const QJsonValue holder = parent.value(container);
    if (!holder.isObject())
        return toList(holder);
    return toList(holder.toObject().value(element));
}

bool LightspeedJson::isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<qint64> LightspeedJson::toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) != number || std::fabs(number) > 9.0e15)
            return std::nullopt;
        return qint64(number);
    }
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return parsed;
}

std::optional<bool> LightspeedJson::toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || text == QLatin1String("1"))
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<Decimal> LightspeedJson::toDecimal(const QJsonValue &value)
{
    if (value.isString())
        return Decimal::parse(value.toString());
    if (value.isDouble()) {
        // NOTE: a JSON number has already passed through a double; Lightspeed sends strings, so
        // this path only serves hand-written test data and is exact to about 15 digits.
        return Decimal::parse(QString::number(value.toDouble(), 'f', Decimal::SCALE));
    }
    return std::nullopt;
}

std::optional<QDateTime> LightspeedJson::toDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Lightspeed stores UTC; text without an offset is read as UTC rather than local time.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

QString LightspeedJson::toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace posbridge
