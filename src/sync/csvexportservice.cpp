#include "sync/csvexportservice.h"

#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/csvexportkinds.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportService)
};

// Rows between two progress reports; each report takes the future's lock.
constexpr qint64 PROGRESS_STEP = 256;

int progressValue(qint64 rows)
{
    return static_cast<int>(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

QFuture<Result<qint64>> finishedWith(const Error &error)
{
    QPromise<Result<qint64>> promise;
    QFuture<Result<qint64>> future = promise.future();
    promise.start();
    promise.addResult(Result<qint64>(error));
    promise.finish();
    return future;
}

Result<qint64> writeExport(QPromise<Result<qint64>> &promise, QSqlDatabase db, const CsvExportKind &kind,
                           const CsvExportRequest &request, const std::atomic_bool &cancelRequested)
{
    const auto total = kind.count(db, request);
    if (!total)
        return total.error();
    promise.setProgressRange(0, progressValue(*total));

    // The default folder (Documents) may not exist yet on a new system.
    const QString folder = QFileInfo(request.filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Could not create the folder %1. Choose another folder.").arg(folder));
    QSaveFile file(request.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Could not write the file %1: %2").arg(request.filePath, file.errorString()));

    CsvWriter writer(&file, request.format);
    writer.writeRow(kind.header);
    qint64 rows = 0;
    const auto rowWritten = [&] {
        ++rows;
        if (rows % PROGRESS_STEP == 0)
            promise.setProgressValue(progressValue(rows));
        return !writer.hasError() && !cancelRequested.load();
    };
    if (auto written = kind.write(db, request, writer, rowWritten); !written) {
        file.cancelWriting();
        return written.error();
    }
    if (cancelRequested.load()) {
        file.cancelWriting();
        return makeError(ErrorCode::Cancelled, Messages::tr("The export was cancelled; no file was written."));
    }
    if (!writer.flush() || !file.commit()) {
        const QString reason = writer.hasError() ? writer.errorString() : file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Could not write the file %1: %2").arg(request.filePath, reason));
    }
    promise.setProgressValue(progressValue(rows));
    return rows;
}

} // namespace

void CsvExportHandle::cancel() const
{
    if (cancelRequested)
        cancelRequested->store(true);
}

CsvExportService::CsvExportService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : QObject(parent)
    , m_database(executor->database())
    , m_kinds(builtinCsvExportKinds())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("posbridge-export"));
}

CsvExportService::~CsvExportService()
{
    {
        const QMutexLocker locker(&m_runningMutex);
        for (const auto &weak : std::as_const(m_running)) {
            if (const auto flag = weak.lock())
                flag->store(true);
        }
    }
    // Each export closes its thread's connection when it ends, so waiting here strands none.
    m_pool.waitForDone();
}

void CsvExportService::registerKind(const CsvExportKind &kind)
{
    for (CsvExportKind &existing : m_kinds) {
        if (existing.id == kind.id) {
            existing = kind;
            return;
        }
    }
    m_kinds.append(kind);
}

QList<CsvExportKind> CsvExportService::kinds() const
{
    return m_kinds;
}

std::optional<CsvExportKind> CsvExportService::kind(const QString &id) const
{
    for (const CsvExportKind &kind : m_kinds) {
        if (kind.id == id)
            return kind;
    }
    return std::nullopt;
}

CsvExportHandle CsvExportService::start(const CsvExportRequest &request)
{
    CsvExportHandle handle;
    handle.cancelRequested = std::make_shared<std::atomic_bool>(false);
    const auto kind = this->kind(request.kind);
    if (!kind) {
        handle.future = finishedWith(
            makeError(ErrorCode::InvalidInput, Messages::tr("There is no export of the kind “%1”.").arg(request.kind)));
        return handle;
    }
    if (request.filePath.isEmpty()) {
        handle.future = finishedWith(makeError(ErrorCode::InvalidInput, Messages::tr("Choose a file to export to.")));
        return handle;
    }

    {
        const QMutexLocker locker(&m_runningMutex);
        m_running.removeIf([](const std::weak_ptr<std::atomic_bool> &weak) { return weak.expired(); });
        m_running.append(handle.cancelRequested);
    }
    qCInfo(lcSync).noquote() << "Exporting" << request.kind << "of company" << request.companyId;
    handle.future = QtConcurrent::run(
        &m_pool,
        [](QPromise<Result<qint64>> &promise, std::shared_ptr<Database> database, CsvExportKind exportKind,
           CsvExportRequest exportRequest, std::shared_ptr<std::atomic_bool> cancelRequested) {
            Result<qint64> result =
                writeExport(promise, database->connection(), exportKind, exportRequest, *cancelRequested);
            database->releaseThreadConnection();
            if (result)
                qCInfo(lcSync) << "Exported" << *result << "rows";
            else if (result.error().code != ErrorCode::Cancelled)
                qCWarning(lcSync).noquote() << "Export failed:" << result.error().toLogString();
            promise.addResult(std::move(result));
        },
        m_database, *kind, request, handle.cancelRequested);
    return handle;
}

} // namespace posbridge
