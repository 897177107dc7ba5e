#pragma once

#include "core/decimal.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

class QIODevice;
class QLocale;

namespace posbridge {

/** @brief How a CSV file is laid out: separators, byte order mark and formula guarding. */
struct CsvFormat
{
    QChar delimiter = u',';
    /** Decimal point of numbers; ',' goes with the ';' delimiter for locales that write 1,5. */
    QChar decimalSeparator = u'.';
    /** Starts the file with a UTF-8 byte order mark, which spreadsheets take as "this file is UTF-8". */
    bool byteOrderMark = true;
    /**
     * Prefixes text that starts with =, +, -, @, tab or carriage return with an apostrophe, so a
     * spreadsheet shows it instead of evaluating it as a formula (CSV injection). Applies to
     * CsvWriter::text() only; numbers and dates are never guarded.
     */
    bool guardFormulas = true;

    /** @brief Comma-separated with a decimal point. */
    static CsvFormat comma();
    /** @brief Semicolon-separated with a decimal comma, as spreadsheets expect in such locales. */
    static CsvFormat semicolon();
    /** @brief semicolon() when the locale's decimal point is a comma, comma() otherwise. */
    static CsvFormat forLocale(const QLocale &locale);
};

/**
 * @brief Writes RFC 4180 CSV to a device, row by row, in UTF-8 with CRLF line ends.
 *
 * A field is enclosed in double quotes when it contains the delimiter, a quote, a line break or
 * leading or trailing white space. A quote inside a field is doubled. Rows are buffered and
 * written in blocks of about 64 KiB, so exports of millions of rows use little memory. The
 * formatting helpers turn numbers and times into text that spreadsheets recognize.
 */
class CsvWriter
{
public:
    /** @brief Writes to device, which must be open for writing and must outlive the writer. */
    explicit CsvWriter(QIODevice *device, CsvFormat format = {});
    /** @brief Flushes what is buffered. */
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    [[nodiscard]] const CsvFormat &format() const { return m_format; }

    /** @brief Appends a row; returns false once a write to the device has failed. */
    bool writeRow(const QStringList &fields);
    /** @brief Writes the buffer to the device; returns false when that fails. */
    bool flush();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    /** @brief The device's error text after a failed write. */
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }

    /** @brief The field as it appears in the file: quoted and escaped when it needs to be. */
    static QString escapeField(const QString &field, QChar delimiter);

    /** @brief Free text, guarded against formula evaluation when CsvFormat::guardFormulas is set. */
    [[nodiscard]] QString text(const QString &value) const;
    /** @brief The exact value in its shortest form ("12.5", "-3"), with the format's decimal separator. */
    [[nodiscard]] QString decimal(Decimal value) const;
    /** @brief The value rounded to a fixed number of decimals ("12.50"). */
    [[nodiscard]] QString decimal(Decimal value, int decimals) const;
    /** @brief "yyyy-MM-dd HH:mm:ss" in local time; an empty string for an invalid time. */
    static QString dateTime(const QDateTime &time);
    /** @brief "yyyy-MM-dd HH:mm:ss" in zone; an empty string for an invalid time. */
    static QString dateTime(const QDateTime &time, const QTimeZone &zone);
    /** @brief "yyyy-MM-dd"; an empty string for an invalid date. */
    static QString date(QDate date);

private:
    void append(const QString &text);

    QIODevice *m_device = nullptr;
    CsvFormat m_format;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace posbridge
