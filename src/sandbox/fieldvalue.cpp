#include "sandbox/fieldvalue.h"

#include "sandbox/sandboxclock.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

FieldValue FieldValue::ofInteger(qint64 value)
{
    FieldValue field;
    field.kind = FieldKind::Integer;
    field.integer = value;
    return field;
}

FieldValue FieldValue::ofDecimal(Decimal value)
{
    FieldValue field;
    field.kind = FieldKind::Decimal;
    field.decimal = value;
    return field;
}

FieldValue FieldValue::ofText(const QString &value)
{
    FieldValue field;
    field.kind = FieldKind::Text;
    field.text = value;
    return field;
}

FieldValue FieldValue::ofBoolean(bool value)
{
    FieldValue field;
    field.kind = FieldKind::Boolean;
    field.integer = value ? 1 : 0;
    return field;
}

FieldValue FieldValue::ofTime(qint64 utcMs)
{
    FieldValue field;
    field.kind = FieldKind::Time;
    field.integer = utcMs;
    field.null = utcMs == 0;
    return field;
}

QString FieldValue::toApiString() const
{
    switch (kind) {
    case FieldKind::Integer:
        return QString::number(integer);
    case FieldKind::Decimal:
        return decimal.toString();
    case FieldKind::Text:
        return text;
    case FieldKind::Boolean:
        return integer ? u"true"_s : u"false"_s;
    case FieldKind::Time:
        return null ? QString() : SandboxClock::formatApiTime(integer);
    }
    return {};
}

std::optional<qint64> parseApiTime(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString time = match.captured(2);
    if (time.isEmpty())
        time = u"00:00:00"_s;
    else if (time.size() == 5)
        time += u":00"_s;
    QString offset = match.captured(3);
    if (offset.isEmpty() || offset == u"Z")
        offset = u"+00:00"_s;
    else if (offset.size() == 5)
        offset.insert(3, u':');
    const QDateTime parsed = QDateTime::fromString(match.captured(1) + u'T' + time + offset, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

std::optional<FieldValue> FieldValue::parse(FieldKind kind, const QString &text)
{
    switch (kind) {
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        return ok ? std::optional(ofInteger(value)) : std::nullopt;
    }
    case FieldKind::Decimal: {
        const auto value = Decimal::parse(text);
        return value ? std::optional(ofDecimal(*value)) : std::nullopt;
    }
    case FieldKind::Text:
        return ofText(text);
    case FieldKind::Boolean: {
        const QString lower = text.trimmed().toLower();
        if (lower == u"true" || lower == u"1")
            return ofBoolean(true);
        if (lower == u"false" || lower == u"0")
            return ofBoolean(false);
        return std::nullopt;
    }
    case FieldKind::Time: {
        if (text.trimmed().isEmpty())
            return ofTime(0);
        const auto ms = parseApiTime(text);
        return ms ? std::optional(ofTime(*ms)) : std::nullopt;
    }
    }
    return std::nullopt;
}

int FieldValue::compare(const FieldValue &a, const FieldValue &b)
{
    switch (a.kind) {
    case FieldKind::Decimal:
        return a.decimal < b.decimal ? -1 : (b.decimal < a.decimal ? 1 : 0);
    case FieldKind::Text:
        return a.text.compare(b.text, Qt::CaseInsensitive);
    case FieldKind::Integer:
    case FieldKind::Boolean:
    case FieldKind::Time:
        break;
    }
    return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
}

} // namespace posbridge::sandbox
