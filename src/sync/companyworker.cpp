#include "sync/companyworker.h"

#include "storage/database.h"
#include "sync/job.h"
#include "sync/logging.h"

namespace posbridge {

CompanyWorker::CompanyWorker(qint64 companyId, std::shared_ptr<Database> database, ConnectionManager &connections,
                             ShopDirectory &shops, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_companyId(companyId)
    , m_database(std::move(database))
    , m_connections(connections)
    , m_shops(shops)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("posbridge-company-%1").arg(companyId));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    // finished() is emitted on the worker thread just before it ends, so the thread's own
    // database connection can be closed there.
    connect(
        &m_thread, &QThread::finished, m_threadContext, [shared = m_database] { shared->releaseThreadConnection(); },
        Qt::DirectConnection);
}

CompanyWorker::~CompanyWorker()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

void CompanyWorker::start(const JobRequest &request, std::shared_ptr<Job> job)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_cancel = CancellationToken();
    if (!m_thread.isRunning())
        m_thread.start();

    const CancellationToken cancel = m_cancel;
    QMetaObject::invokeMethod(m_threadContext, [this, request, job, cancel, observer = m_runObserver] {
        JobRunner runner(m_database, m_connections, m_shops, m_clock);
        runner.setRunObserver(observer);
        const ProgressCallback progress = [this, request](int done, int total, const QString &message) {
            Q_EMIT progressed(request.companyId, request.job, done, total, message);
        };
        const JobReport report = runner.run(request, *job, cancel, progress);
        QMetaObject::invokeMethod(this, [this, report] {
            m_busy = false;
            Q_EMIT finished(report);
        });
    });
}

void CompanyWorker::cancel()
{
    if (m_busy)
        m_cancel.cancel();
}

void CompanyWorker::stopThread()
{
    if (m_busy || !m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    qCDebug(lcSync) << "Stopped the worker thread of company" << m_companyId;
}

} // namespace posbridge
