#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace posbridge {

/** @brief One record of a CSV file with the line on which it starts (1-based). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/** @brief A parsed CSV file: its header, its records and the delimiter that split them. */
struct CsvTable
{
    QChar delimiter = u',';
    bool hadByteOrderMark = false;
    CsvRecord header;
    QList<CsvRecord> records; ///< every record after the header, blank lines left out
};

/**
 * @brief Reads RFC 4180 CSV files encoded in UTF-8, with or without a byte order mark.
 *
 * Fields may be enclosed in double quotes, and then contain the delimiter, line breaks and
 * doubled quotes. Lines may end in CRLF, LF or CR. The first record is the header. Text that
 * is not valid UTF-8 (a Latin-1 or Windows-1252 export, for example) is rejected with the line
 * of the first invalid byte rather than read as garbled text.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /** @brief The delimiters that detectDelimiter() chooses from. */
    static constexpr char16_t DELIMITERS[] = {u',', u';', u'\t'};

    /**
     * @brief Parses data; delimiter forces one, otherwise it is detected from the header line.
     *
     * Fails with InvalidInput for an empty file, invalid UTF-8, UTF-16 data or a quote that is
     * never closed.
     */
    static Result<CsvTable> parse(const QByteArray &data, std::optional<QChar> delimiter = std::nullopt);

    /** @brief The delimiter that occurs most often, outside quotes, in the first line of text; ',' on a tie. */
    static QChar detectDelimiter(QStringView text);

    /** @brief The offset of the first byte that breaks UTF-8, or nothing when data is valid UTF-8. */
    static std::optional<qsizetype> firstInvalidUtf8(QByteArrayView data);
};

} // namespace posbridge
