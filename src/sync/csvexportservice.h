#pragma once

#include "core/error.h"
#include "sync/csvexport.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace posbridge {

class Database;
class DatabaseExecutor;

/** @brief A running export: its future and the switch that cancels it. */
struct CsvExportHandle
{
    /**
     * Rows written (without the header), or the error; a cancelled export ends with ErrorCode::Cancelled.
     * Its progress range is the expected number of rows, its progress value the rows written.
     */
    QFuture<Result<qint64>> future;
    std::shared_ptr<std::atomic_bool> cancelRequested;

    /** @brief Asks the export to stop; it then discards the file and finishes with ErrorCode::Cancelled. */
    void cancel() const;
};

/**
 * @brief Writes CSV exports on a background thread, with progress and cancellation.
 *
 * The kinds of data it can export are registered at start-up: the built-in ones (orders, order
 * lines, returns, sync runs, sync events) by the constructor, more through registerKind(). An
 * export reads through its own thread's connection, so it never queues behind or ahead of the
 * GUI's queries on the database executor. The file is written through QSaveFile: it appears
 * only when the export succeeds, and a failed or cancelled export leaves an existing file as it was.
 */
class CsvExportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportService)

public:
    explicit CsvExportService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    /** @brief Cancels running exports and waits for them to stop. */
    ~CsvExportService() override;

    /** @brief Adds a kind of export, or replaces the one with the same id. */
    void registerKind(const CsvExportKind &kind);
    [[nodiscard]] QList<CsvExportKind> kinds() const;
    [[nodiscard]] std::optional<CsvExportKind> kind(const QString &id) const;

    /** @brief Starts the export; an unknown kind or an empty file path finishes at once with an error. */
    CsvExportHandle start(const CsvExportRequest &request);

private:
    std::shared_ptr<Database> m_database;
    QList<CsvExportKind> m_kinds;
    QMutex m_runningMutex;
    QList<std::weak_ptr<std::atomic_bool>> m_running;
    QThreadPool m_pool;
};

} // namespace posbridge
