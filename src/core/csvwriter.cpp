#include "core/csvwriter.h"

#include <QIODevice>
#include <QLocale>

namespace posbridge {

namespace {

constexpr qsizetype FLUSH_THRESHOLD = 64 * 1024;
const QString DATE_TIME_FORMAT = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QByteArray UTF8_BOM = QByteArrayLiteral("\xEF\xBB\xBF");

bool needsQuotes(const QString &field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace

CsvFormat CsvFormat::comma()
{
    return CsvFormat{};
}

CsvFormat CsvFormat::semicolon()
{
    CsvFormat format;
    format.delimiter = u';';
    format.decimalSeparator = u',';
    return format;
}

CsvFormat CsvFormat::forLocale(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? semicolon() : comma();
}

CsvWriter::CsvWriter(QIODevice *device, CsvFormat format)
    : m_device(device)
    , m_format(format)
{
    if (m_format.byteOrderMark)
        m_buffer = UTF8_BOM;
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (hasError())
        return false;

    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_format.delimiter;
        line += escapeField(fields[i], m_format.delimiter);
    }
    line += QStringLiteral("\r\n");
    append(line);
    ++m_rows;
    if (m_buffer.size() >= FLUSH_THRESHOLD)
        return flush();
    return true;
}

void CsvWriter::append(const QString &text)
{
    m_buffer += text.toUtf8();
}

bool CsvWriter::flush()
{
    if (hasError())
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("write failed");
        return false;
    }
    m_buffer.clear();
    return true;
}

QString CsvWriter::escapeField(const QString &field, QChar delimiter)
{
    if (!needsQuotes(field, delimiter))
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString CsvWriter::text(const QString &value) const
{
    if (m_format.guardFormulas && looksLikeFormula(value))
        return u'\'' + value;
    return value;
}

QString CsvWriter::decimal(Decimal value) const
{
    QString text = value.toString();
    if (m_format.decimalSeparator != u'.')
        text.replace(u'.', m_format.decimalSeparator);
    return text;
}

QString CsvWriter::decimal(Decimal value, int decimals) const
{
    QString text = value.toString(decimals);
    if (m_format.decimalSeparator != u'.')
        text.replace(u'.', m_format.decimalSeparator);
    return text;
}

QString CsvWriter::dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(DATE_TIME_FORMAT) : QString();
}

QString CsvWriter::dateTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(zone).toString(DATE_TIME_FORMAT);
}

QString CsvWriter::date(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace posbridge
