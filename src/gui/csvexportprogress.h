#pragma once

#include "core/error.h"
#include "sync/csvexportservice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace posbridge {

/**
 * @brief Runs one CSV export with a progress dialog and a Cancel button, then deletes itself.
 *
 * The dialog appears only when the export takes longer than a moment. A failure is shown in a
 * message box; the outcome is also reported through finished() for a status line.
 */
class CsvExportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportProgress)

public:
    /** @brief Starts the export; the progress dialog and any message box belong to window. */
    static CsvExportProgress *start(CsvExportService *service, const CsvExportRequest &request, QWidget *window);
    ~CsvExportProgress() override;

Q_SIGNALS:
    /** @brief Emitted once the export ended; message describes the outcome, ready to show. */
    void finished(bool succeeded, const QString &message);

private:
    CsvExportProgress(CsvExportHandle handle, const QString &title, const QString &filePath, QWidget *window);
    void onFinished();
    void onCanceled();

    CsvExportHandle m_handle;
    QString m_filePath;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_dialog;
    QFutureWatcher<Result<qint64>> m_watcher;
};

} // namespace posbridge
