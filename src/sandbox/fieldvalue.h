#pragma once

#include "core/decimal.h"

#include <QString>

#include <optional>

namespace posbridge::sandbox {

/** @brief Type of an entity field, which decides how filters parse and compare its values. */
enum class FieldKind
{
    Integer,
    Decimal,
    Text,
    Time,
    Boolean
};

/** @brief A typed field value; every kind prints as a string, as the R-Series API sends all scalars. */
struct FieldValue
{
    FieldKind kind = FieldKind::Text;
    qint64 integer = 0; ///< Integer, Boolean (0 or 1) and Time (UTC milliseconds) values
    Decimal decimal;
    QString text;
    bool null = false; ///< an unset time (an open sale's completeTime) prints as ""

    static FieldValue ofInteger(qint64 value);
    static FieldValue ofDecimal(Decimal value);
    static FieldValue ofText(const QString &value);
    static FieldValue ofBoolean(bool value);
    /** @brief A time in UTC milliseconds; 0 is an unset time. */
    static FieldValue ofTime(qint64 utcMs);

    /** @brief The API's string form: "12", "11.4860025", "true", "2026-03-01T09:30:00+00:00". */
    [[nodiscard]] QString toApiString() const;

    /** @brief Parses filter text as a value of the given kind; times may carry offsets such as -0400. */
    static std::optional<FieldValue> parse(FieldKind kind, const QString &text);

    /** @brief Orders two values of the same kind; a null time sorts before every other time. */
    static int compare(const FieldValue &a, const FieldValue &b);
};

/** @brief Parses an ISO 8601 time with an optional offset ("Z", "+00:00", "-0400") into UTC milliseconds. */
std::optional<qint64> parseApiTime(const QString &text);

} // namespace posbridge::sandbox
