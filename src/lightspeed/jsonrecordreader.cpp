#include "lightspeed/jsonrecordreader.h"

#include "lightspeed/lightspeedjson.h"

#include <QCoreApplication>

namespace posbridge {

JsonRecordReader::JsonRecordReader(QJsonObject record, QString entity)
    : m_record(std::move(record))
    , m_entity(std::move(entity))
{
}

qint64 JsonRecordReader::requiredId(const QString &field)
{
    const QJsonValue value = m_record.value(field);
    const auto id = LightspeedJson::toInteger(value);
    if (!id || *id <= 0) {
        fail(field, LightspeedJson::isBlank(value) ? QT_TRANSLATE_NOOP("JsonRecordReader", "missing")
                                                   : QT_TRANSLATE_NOOP("JsonRecordReader", "not a positive ID"));
        return 0;
    }
    return *id;
}

qint64 JsonRecordReader::integer(const QString &field, qint64 fallback)
{
    const QJsonValue value = m_record.value(field);
    if (LightspeedJson::isBlank(value))
        return fallback;
    const auto number = LightspeedJson::toInteger(value);
    if (!number) {
        fail(field, QT_TRANSLATE_NOOP("JsonRecordReader", "not an integer"));
        return fallback;
    }
    return *number;
}

QString JsonRecordReader::text(const QString &field)
{
    return LightspeedJson::toText(m_record.value(field));
}

bool JsonRecordReader::flag(const QString &field, bool fallback)
{
    const QJsonValue value = m_record.value(field);
    if (LightspeedJson::isBlank(value))
        return fallback;
    const auto parsed = LightspeedJson::toBool(value);
    if (!parsed) {
        fail(field, QT_TRANSLATE_NOOP("JsonRecordReader", "not true or false"));
        return fallback;
    }
    return *parsed;
}

Decimal JsonRecordReader::decimal(const QString &field)
{
    return optionalDecimal(field).value_or(Decimal());
}

std::optional<Decimal> JsonRecordReader::optionalDecimal(const QString &field)
{
    const QJsonValue value = m_record.value(field);
    if (LightspeedJson::isBlank(value))
        return std::nullopt;
    const auto parsed = LightspeedJson::toDecimal(value);
    if (!parsed)
        fail(field, QT_TRANSLATE_NOOP("JsonRecordReader", "not a decimal number"));
    return parsed;
}

QDateTime JsonRecordReader::time(const QString &field)
{
    const QJsonValue value = m_record.value(field);
    if (LightspeedJson::isBlank(value))
        return {};
    const auto parsed = LightspeedJson::toDateTime(value);
    if (!parsed) {
        fail(field, QT_TRANSLATE_NOOP("JsonRecordReader", "not an ISO 8601 time"));
        return {};
    }
    return *parsed;
}

void JsonRecordReader::fail(const QString &field, const char *problem)
{
    if (m_error)
        return;
    const QString translatedProblem = QCoreApplication::translate("JsonRecordReader", problem);
    m_error = makeError(ErrorCode::InvalidInput,
                        QCoreApplication::translate("JsonRecordReader",
                                                    "Lightspeed sent a %1 record that cannot be read: field %2 is %3.")
                            .arg(m_entity, field, translatedProblem),
                        QStringLiteral("%1.%2 is %3").arg(m_entity, field, QLatin1String(problem)));
}

} // namespace posbridge
