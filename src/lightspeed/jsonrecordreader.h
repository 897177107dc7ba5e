#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posbridge {

/**
 * @brief Reads the fields of one Lightspeed record and remembers the first malformed one.
 *
 * Entity parsers read every field through one reader, then check error(). A field that
 * is missing or "" gives the fallback (or nothing, for optional reads) except where the
 * field is required; a field that is present but unreadable, such as "qoh":"abc", is an
 * error.
 */
class JsonRecordReader
{
public:
    JsonRecordReader(QJsonObject record, QString entity);

    /** @brief An ID that must be present and positive, such as itemID. */
    qint64 requiredId(const QString &field);
    /** @brief An ID or count; missing or "" gives fallback. Zero is a valid value (shopID 0). */
    qint64 integer(const QString &field, qint64 fallback = 0);
    QString text(const QString &field);
    bool flag(const QString &field, bool fallback = false);
    Decimal decimal(const QString &field);
    std::optional<Decimal> optionalDecimal(const QString &field);
    /** @brief A UTC time; missing or "" gives an invalid QDateTime. */
    QDateTime time(const QString &field);

    [[nodiscard]] const QJsonObject &record() const { return m_record; }
    /** @brief The first problem found, as ErrorCode::InvalidInput naming the entity and field. */
    [[nodiscard]] std::optional<Error> error() const { return m_error; }

private:
    void fail(const QString &field, const char *problem);

    QJsonObject m_record;
    QString m_entity;
    std::optional<Error> m_error;
};

/** @brief Parses every record with T::fromJson(); the first unreadable record fails the whole list. */
template<typename T>
Result<QList<T>> parseRecords(const QList<QJsonObject> &records)
{
    QList<T> parsed;
    parsed.reserve(records.size());
    for (const QJsonObject &record : records) {
        Result<T> entity = T::fromJson(record);
        if (!entity)
            return entity.error();
        parsed.append(std::move(entity).value());
    }
    return parsed;
}

} // namespace posbridge
