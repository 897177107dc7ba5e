#pragma once

#include "core/error.h"
#include "core/importvalidator.h"
#include "storage/importwriter.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace posbridge {

class Database;
class DatabaseExecutor;

/** @brief The start of a CSV file, to map its columns before importing it. */
struct CsvPreview
{
    QChar delimiter = u',';
    bool byteOrderMark = false;
    QStringList header;
    QList<QStringList> rows; ///< the first records, at most CsvImportService::PREVIEW_ROWS
    int recordCount = 0;     ///< records after the header
    ImportMapping suggestedMapping;
};

/** @brief What to import, and how the file's columns map to the import's fields. */
struct CsvImportRequest
{
    ImportKind kind = ImportKind::Products;
    qint64 companyId = 0;
    QString filePath;
    std::optional<QChar> delimiter; ///< detected when empty
    ImportMapping mapping;
    /** Writes the valid rows of a file with invalid ones; otherwise any invalid row stops the import. */
    bool validRowsOnly = false;
};

/** @brief How an import ended. */
struct CsvImportReport
{
    int rowCount = 0;
    int validRowCount = 0;
    QList<ImportIssue> issues;
    bool written = false; ///< false when nothing was imported because of issues
    ImportCounts counts;
};

/** @brief A running import: its future and the switch that cancels it. */
struct CsvImportHandle
{
    /**
     * The report, or the error; a cancelled import ends with ErrorCode::Cancelled and wrote nothing.
     * Progress text names the step (checking, writing); the range covers both steps, twice the rows.
     */
    QFuture<Result<CsvImportReport>> future;
    std::shared_ptr<std::atomic_bool> cancelRequested;

    void cancel() const;
};

/**
 * @brief Imports products and stock from CSV files on a background thread.
 *
 * The whole file is read and every row validated before anything is written. Rows are then
 * written in one transaction, a few thousand rows between progress reports and cancel
 * checks, so a failure or a cancel leaves the database as it was. Stock rows go through the
 * StockLedger, one Import move per level that changes.
 */
class CsvImportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportService)

public:
    static constexpr int PREVIEW_ROWS = 20;
    static constexpr int ROWS_PER_STEP = 2000;

    explicit CsvImportService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    /** @brief Cancels running imports and waits for them to stop. */
    ~CsvImportService() override;

    /** @brief Reads the file's header and first rows, and suggests a mapping for kind. */
    QFuture<Result<CsvPreview>> preview(const QString &filePath, ImportKind kind,
                                        std::optional<QChar> delimiter = std::nullopt);
    CsvImportHandle start(const CsvImportRequest &request);

Q_SIGNALS:
    /** @brief Emitted after an import wrote to the company's products or stock. */
    void imported(qint64 companyId, posbridge::ImportKind kind);

private:
    Result<CsvImportReport> runImport(QPromise<Result<CsvImportReport>> &promise, const CsvImportRequest &request,
                                      const std::atomic_bool &cancelRequested);

    std::shared_ptr<Database> m_database;
    QThreadPool m_pool;
    QMutex m_runningMutex;
    QList<std::weak_ptr<std::atomic_bool>> m_running;
};

/** @brief Reads a whole file into memory, with a translated error when it cannot be read. */
Result<QByteArray> readImportFile(const QString &filePath);

} // namespace posbridge
