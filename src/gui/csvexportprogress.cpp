#include "gui/csvexportprogress.h"

#include <QMessageBox>
#include <QProgressDialog>

#include <limits>

namespace posbridge {

namespace {

// Exports that end sooner than this never show the progress dialog.
constexpr int PROGRESS_DELAY_MS = 400;

} // namespace

CsvExportProgress *CsvExportProgress::start(CsvExportService *service, const CsvExportRequest &request, QWidget *window)
{
    const auto kind = service->kind(request.kind);
    const QString title = kind ? kind->title : request.kind;
    return new CsvExportProgress(service->start(request), title, request.filePath, window);
}

CsvExportProgress::CsvExportProgress(CsvExportHandle handle, const QString &title, const QString &filePath,
                                     QWidget *window)
    : QObject(window)
    , m_handle(std::move(handle))
    , m_filePath(filePath)
    , m_window(window)
{
    m_dialog = new QProgressDialog(tr("Exporting %1…").arg(title), tr("Cancel"), 0, 0, window);
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setAccessibleName(tr("Export progress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(PROGRESS_DELAY_MS);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);

    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_dialog, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_dialog, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CsvExportProgress::onFinished);
    connect(m_dialog, &QProgressDialog::canceled, this, &CsvExportProgress::onCanceled);
    m_watcher.setFuture(m_handle.future);
}

CsvExportProgress::~CsvExportProgress()
{
    // The window is going away while the export runs: stop it rather than leave it writing.
    if (!m_watcher.isFinished())
        m_handle.cancel();
    delete m_dialog;
}

void CsvExportProgress::onCanceled()
{
    m_handle.cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void CsvExportProgress::onFinished()
{
    // Deleted rather than hidden: a hidden QProgressDialog still shows itself when its
    // minimum duration elapses, on top of the error message below.
    delete m_dialog;
    const Result<qint64> result = m_watcher.result();
    if (result) {
        Q_EMIT finished(true, tr("Exported %n row(s) to %1.", nullptr,
                                 int(std::min<qint64>(*result, std::numeric_limits<int>::max())))
                                  .arg(m_filePath));
    } else if (result.error().code == ErrorCode::Cancelled) {
        Q_EMIT finished(false, tr("The export was cancelled; no file was written."));
    } else {
        if (m_window)
            QMessageBox::warning(m_window, tr("Export"), result.error().message);
        Q_EMIT finished(false, result.error().message);
    }
    deleteLater();
}

} // namespace posbridge
