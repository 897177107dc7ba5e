#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace posbridge {

/**
 * @brief Reads the quirks of Lightspeed's JSON.
 *
 * Every scalar arrives as a string ("qoh":"33", "completed":"true"); a list with one
 * entry arrives as a bare object instead of an array, at the top level and in nested
 * relations alike; an empty relation arrives as "". The functions here turn those
 * shapes into typed values and lists. A value that is missing or "" reads as nothing;
 * a value of the wrong form also reads as nothing, and the callers treat that as a
 * malformed record.
 */
class LightspeedJson
{
public:
    /** @brief Returns an array's objects, a single object as a one-element list, and "" or null as an empty list. */
    static QList<QJsonObject> toList(const QJsonValue &value);

    /** @brief The records of a list response, such as response["Item"]. */
    static QList<QJsonObject> records(const QJsonObject &response, const QString &element);

    /** @brief A nested relation, such as parent["SaleLines"]["SaleLine"]; "" gives an empty list. */
    static QList<QJsonObject> relation(const QJsonObject &parent, const QString &container, const QString &element);

    /** @brief True when the value is missing, null or "". */
    static bool isBlank(const QJsonValue &value);

    /** @brief An ID or count given as "123" or 123. */
    static std::optional<qint64> toInteger(const QJsonValue &value);
    /** @brief "true"/"false" (also "1"/"0" and JSON booleans). */
    static std::optional<bool> toBool(const QJsonValue &value);
    /** @brief An exact decimal from "11.4860025"; a JSON number is read through its shortest text. */
    static std::optional<Decimal> toDecimal(const QJsonValue &value);
    /** @brief A UTC time from ISO 8601 text with an offset, such as "2026-01-05T14:03:00+00:00". */
    static std::optional<QDateTime> toDateTime(const QJsonValue &value);
    /** @brief Text as sent; a number is printed without exponent. */
    static QString toText(const QJsonValue &value);
};

} // namespace posbridge
