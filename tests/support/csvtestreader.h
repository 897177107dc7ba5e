#pragma once

// A strict RFC 4180 reader for tests that read back what CsvWriter wrote.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace posbridge::testing {

/** A parsed file: its rows and whether it started with a UTF-8 byte order mark. */
struct CsvDocument
{
    bool hadByteOrderMark = false;
    QList<QStringList> rows;
};

/**
 * Parses CSV with CRLF line ends, fields optionally in double quotes and doubled quotes inside.
 * Returns nothing when the text breaks the format: a bare LF line end, a quote inside an unquoted
 * field, text after a closing quote, or an unterminated quoted field.
 */
inline std::optional<CsvDocument> parseCsv(QByteArray bytes, QChar delimiter = u',')
{
    CsvDocument document;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        document.hadByteOrderMark = true;
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote passed
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
            continue;
        }
        if (c == delimiter) {
            row << field;
            field.clear();
            wasQuoted = fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                return std::nullopt;
            ++i;
            row << field;
            document.rows << row;
            row.clear();
            field.clear();
            wasQuoted = fieldStarted = false;
        } else if (c == u'\n') {
            return std::nullopt;
        } else if (c == u'"') {
            if (fieldStarted || wasQuoted)
                return std::nullopt;
            quoted = true;
            fieldStarted = true;
        } else {
            if (wasQuoted)
                return std::nullopt;
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (fieldStarted || wasQuoted || !row.isEmpty()) {
        row << field;
        document.rows << row;
    }
    return document;
}

} // namespace posbridge::testing
