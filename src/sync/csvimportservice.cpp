#include "sync/csvimportservice.h"

#include "core/csvreader.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/transaction.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportService)
};

constexpr qint64 MAX_FILE_BYTES = 512LL * 1024 * 1024;

bool allowsDecimalComma(QChar delimiter)
{
    return delimiter != u',';
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, Messages::tr("The import was cancelled; nothing was imported."));
}

QString fieldList(const QList<ImportField> &fields)
{
    QStringList names;
    for (ImportField field : fields)
        names << ImportSchema::title(field);
    return names.join(QStringLiteral(", "));
}

} // namespace

void CsvImportHandle::cancel() const
{
    if (cancelRequested)
        cancelRequested->store(true);
}

Result<QByteArray> readImportFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Messages::tr("Could not open %1: %2").arg(filePath, file.errorString()));
    if (file.size() > MAX_FILE_BYTES)
        return makeError(ErrorCode::InvalidInput, Messages::tr("%1 is larger than %2 MB. Split it into smaller files.")
                                                      .arg(filePath)
                                                      .arg(MAX_FILE_BYTES / (1024 * 1024)));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Could not read %1: %2").arg(filePath, file.errorString()));
    return data;
}

CsvImportService::CsvImportService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : QObject(parent)
    , m_database(executor->database())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("posbridge-import"));
}

CsvImportService::~CsvImportService()
{
    {
        QMutexLocker locker(&m_runningMutex);
        for (const auto &flag : std::as_const(m_running)) {
            if (auto running = flag.lock())
                running->store(true);
        }
    }
    m_pool.waitForDone();
}

QFuture<Result<CsvPreview>> CsvImportService::preview(const QString &filePath, ImportKind kind,
                                                      std::optional<QChar> delimiter)
{
    return QtConcurrent::run(&m_pool, [filePath, kind, delimiter]() -> Result<CsvPreview> {
        const auto data = readImportFile(filePath);
        if (!data)
            return data.error();
        const auto table = CsvReader::parse(*data, delimiter);
        if (!table)
            return table.error();
        CsvPreview preview;
        preview.delimiter = table->delimiter;
        preview.byteOrderMark = table->hadByteOrderMark;
        preview.header = table->header.fields;
        preview.recordCount = int(table->records.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(PREVIEW_ROWS, table->records.size()); ++i)
            preview.rows << table->records[i].fields;
        preview.suggestedMapping = ImportSchema::autoMap(kind, preview.header);
        return preview;
    });
}

CsvImportHandle CsvImportService::start(const CsvImportRequest &request)
{
    CsvImportHandle handle;
    handle.cancelRequested = std::make_shared<std::atomic_bool>(false);
    {
        QMutexLocker locker(&m_runningMutex);
        m_running.removeIf([](const std::weak_ptr<std::atomic_bool> &flag) { return flag.expired(); });
        m_running.append(handle.cancelRequested);
    }
    auto cancel = handle.cancelRequested;
    auto database = m_database;
    handle.future =
        QtConcurrent::run(&m_pool, [this, request, cancel, database](QPromise<Result<CsvImportReport>> &promise) {
            auto report = runImport(promise, request, *cancel);
            // QFuture::result() on a thread whose import has not started runs it on that thread; the
            // connection of the main thread stays open for the rest of the application.
            if (QThread::currentThread() != QCoreApplication::instance()->thread())
                database->releaseThreadConnection();
            if (report.ok() && report->written) {
                const qint64 companyId = request.companyId;
                const ImportKind kind = request.kind;
                QMetaObject::invokeMethod(this, [this, companyId, kind] { Q_EMIT imported(companyId, kind); });
            }
            promise.addResult(std::move(report));
        });
    return handle;
}

Result<CsvImportReport> CsvImportService::runImport(QPromise<Result<CsvImportReport>> &promise,
                                                    const CsvImportRequest &request,
                                                    const std::atomic_bool &cancelRequested)
{
    if (const auto missing = ImportSchema::missingRequired(request.kind, request.mapping); !missing.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("Choose a column for: %1.").arg(fieldList(missing)));

    // Progress only moves forward (QPromise ignores smaller values and their text), so the steps
    // share one range: reading is 1, checking the next rows, writing the last rows.
    const auto data = readImportFile(request.filePath);
    if (!data)
        return data.error();
    const auto table = CsvReader::parse(*data, request.delimiter);
    if (!table)
        return table.error();
    if (cancelRequested)
        return cancelledError();

    QSqlDatabase db = m_database->connection();
    auto context = ImportWriter::loadContext(db, request.companyId);
    if (!context)
        return context.error();

    const int rows = int(table->records.size());
    promise.setProgressRange(0, 1 + 2 * rows);
    promise.setProgressValueAndText(1, Messages::tr("Checking the rows…"));
    const ImportValidator validator(request.kind, request.mapping, *context, allowsDecimalComma(table->delimiter));
    const ImportPlan plan = validator.validate(*table, [&promise](int done) { promise.setProgressValue(1 + done); });

    CsvImportReport report;
    report.rowCount = plan.rowCount;
    report.validRowCount = plan.validRowCount();
    report.issues = plan.issues;
    if ((!plan.issues.isEmpty() && !request.validRowsOnly) || plan.validRowCount() == 0)
        return report;
    if (cancelRequested)
        return cancelledError();

    const int total = plan.validRowCount();
    const int writeStart = 1 + rows;
    promise.setProgressValueAndText(writeStart + 1, Messages::tr("Writing the rows…"));
    const QString note = Messages::tr("CSV import of %1").arg(QFileInfo(request.filePath).fileName());
    ImportWriter writer(db, request.companyId, note);
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorCode::Database, Messages::tr("The database could not start the import."));
    for (int i = 0; i < total; ++i) {
        if (i % ROWS_PER_STEP == 0) {
            if (cancelRequested)
                return cancelledError();
            promise.setProgressValue(writeStart + 1 + i);
        }
        const VoidResult written = request.kind == ImportKind::Products ? writer.writeProduct(plan.products[i])
                                                                        : writer.writeStock(plan.stock[i]);
        if (!written)
            return written.error();
    }
    if (request.kind == ImportKind::Products) {
        if (auto finished = writer.finishProducts(); !finished)
            return finished.error();
    }
    if (cancelRequested)
        return cancelledError();
    if (!transaction.commit())
        return makeError(ErrorCode::Database,
                         Messages::tr("The database could not save the import; nothing was imported."));
    promise.setProgressValue(1 + 2 * rows);
    report.written = true;
    report.counts = writer.counts();
    qCInfo(lcSync).noquote() << "Imported" << total << "rows into company" << request.companyId << "from"
                             << QFileInfo(request.filePath).fileName();
    return report;
}

} // namespace posbridge
