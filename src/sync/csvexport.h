#pragma once

#include "core/csvwriter.h"
#include "core/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantHash>

#include <functional>

namespace posbridge {

/** @brief What to export, for which company and period, and where to. */
struct CsvExportRequest
{
    /** Option of the sync runs export: the job key (syncJobKey) to keep. */
    static constexpr const char *JOB_OPTION = "job";
    /** Option of the sync runs export: the result key (runResultKey) to keep. */
    static constexpr const char *RESULT_OPTION = "result";
    /** Option of the sync events export: the id of the one run to export. */
    static constexpr const char *RUN_OPTION = "runId";

    QString kind;         ///< CsvExportKind::id
    qint64 companyId = 0; ///< 0 for all companies
    QDateTime from;       ///< inclusive, UTC; invalid for no lower bound
    QDateTime before;     ///< exclusive, UTC; invalid for no upper bound
    CsvFormat format;
    QString filePath;
    QVariantHash options; ///< filters that only some kinds understand, keyed by the constants above
};

/**
 * @brief One kind of data that File › Export… can write, such as orders or sync runs.
 *
 * count() returns the number of rows to expect, for the progress bar. write() streams the
 * rows (without the header) and calls rowWritten() after each one. It stops when rowWritten()
 * returns false, because the admin cancelled or the file could not be written. Both run on the export thread with that
 * thread's connection.
 */
struct CsvExportKind
{
    using CountFunction = std::function<Result<qint64>(QSqlDatabase db, const CsvExportRequest &request)>;
    using WriteFunction = std::function<VoidResult(QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                                                   const std::function<bool()> &rowWritten)>;

    QString id;       ///< stable key, such as "orders"
    QString title;    ///< translated name for the export dialog
    QString fileName; ///< suggested file name without folder, such as "orders.csv"
    bool usesDateRange = true;
    QStringList header; ///< translated column titles
    CountFunction count;
    WriteFunction write;
};

} // namespace posbridge
