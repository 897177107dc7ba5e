#include "core/csvreader.h"

namespace posbridge {

namespace {

int lineOfOffset(QByteArrayView data, qsizetype offset)
{
    return int(std::count(data.begin(), data.begin() + offset, '\n')) + 1;
}

// The length of the UTF-8 sequence that starts with lead, or 0 when lead cannot start one.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Whether the second byte of a sequence is allowed: this rules out overlong forms,
// UTF-16 surrogates and code points above U+10FFFF.
bool secondByteAllowed(uchar lead, uchar second)
{
    if (lead == 0xE0)
        return second >= 0xA0 && second <= 0xBF;
    if (lead == 0xED)
        return second >= 0x80 && second <= 0x9F;
    if (lead == 0xF0)
        return second >= 0x90 && second <= 0xBF;
    if (lead == 0xF4)
        return second >= 0x80 && second <= 0x8F;
    return second >= 0x80 && second <= 0xBF;
}

class Parser
{
public:
    Parser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    // Reads the next record into record; returns false at the end of the text.
    Result<bool> next(CsvRecord &record)
    {
        while (m_pos < m_text.size()) {
            record.line = m_line;
            record.fields.clear();
            auto read = readRecord(record.fields);
            if (!read)
                return read.error();
            const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
            if (!blank)
                return true;
        }
        return false;
    }

private:
    Result<bool> readRecord(QStringList &fields)
    {
        QString field;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'"' && field.isEmpty()) {
                if (auto quoted = readQuoted(field); !quoted)
                    return quoted.error();
                continue;
            }
            if (c == m_delimiter) {
                fields << field;
                field.clear();
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                skipLineEnd();
                break;
            }
            field.append(c);
            ++m_pos;
        }
        fields << field;
        return true;
    }

    // Reads a quoted field from its opening quote; text after the closing quote up to the
    // delimiter is kept, as spreadsheets do.
    Result<bool> readQuoted(QString &field)
    {
        const int startLine = m_line;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != u'\n')))
                ++m_line;
            field.append(c);
            ++m_pos;
        }
        return makeError(ErrorCode::InvalidInput,
                         CsvReader::tr("Line %1: a quoted field is never closed. Check that every \" that starts a "
                                       "field has a matching \" at its end.")
                             .arg(startLine));
    }

    void skipLineEnd()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

std::optional<qsizetype> CsvReader::firstInvalidUtf8(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(lead);
        if (length == 0 || i + length > size)
            return i;
        if (!secondByteAllowed(lead, bytes[i + 1]))
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int counts[std::size(DELIMITERS)] = {};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        if (quoted)
            continue;
        for (std::size_t i = 0; i < std::size(DELIMITERS); ++i) {
            if (c == QChar(DELIMITERS[i]))
                ++counts[i];
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < std::size(DELIMITERS); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(DELIMITERS[best]);
}

Result<CsvTable> CsvReader::parse(const QByteArray &data, std::optional<QChar> delimiter)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is encoded in UTF-16. Save it as CSV in UTF-8 and import it again."));
    }
    CsvTable table;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadByteOrderMark = true;
        bytes = bytes.sliced(3);
    }
    if (const auto invalid = firstInvalidUtf8(bytes)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Line %1 is not valid UTF-8 (byte 0x%2), so the file is probably in another encoding "
                            "such as Latin-1 or Windows-1252. Save it as CSV in UTF-8 and import it again.")
                             .arg(lineOfOffset(bytes, *invalid))
                             .arg(uint(uchar(bytes[*invalid])), 2, 16, QLatin1Char('0')),
                         QStringLiteral("invalid UTF-8 at offset %1").arg(*invalid));
    }

    const QString text = QString::fromUtf8(bytes);
    table.delimiter = delimiter.value_or(detectDelimiter(text));
    Parser parser(text, table.delimiter);
    auto hasHeader = parser.next(table.header);
    if (!hasHeader)
        return hasHeader.error();
    if (!*hasHeader)
        return makeError(ErrorCode::InvalidInput, tr("The file is empty: it has no header line."));
    for (QString &name : table.header.fields)
        name = name.trimmed();

    CsvRecord record;
    while (true) {
        auto more = parser.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        table.records.append(record);
    }
    return table;
}

} // namespace posbridge
