#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "sync/jobrunner.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace posbridge {

class ConnectionManager;
class Database;
class Job;
class ShopDirectory;

/**
 * @brief The worker thread of one company: runs its jobs one at a time, never on the GUI thread.
 *
 * Lives on the thread that creates it; the jobs run on a QThread of its own, which starts
 * with the first job. Each run opens its own ApiClient on that thread (see JobRunner), and
 * the thread closes its database connection before it ends. Signals arrive on the owner's
 * thread.
 */
class CompanyWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyWorker)

public:
    CompanyWorker(qint64 companyId, std::shared_ptr<Database> database, ConnectionManager &connections,
                  ShopDirectory &shops, const Clock &clock, QObject *parent = nullptr);
    /** @brief Cancels the running job and waits for the thread to end. */
    ~CompanyWorker() override;

    [[nodiscard]] qint64 companyId() const { return m_companyId; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isThreadRunning() const { return m_thread.isRunning(); }

    /** @brief Called on the worker thread with (companyId, runId) when a run starts, progresses or ends. */
    void setRunObserver(std::function<void(qint64, qint64)> observer) { m_runObserver = std::move(observer); }

    /** @brief Starts the job on the worker thread; the worker must not be busy. */
    void start(const JobRequest &request, std::shared_ptr<Job> job);
    /** @brief Asks the running job to stop; finished() follows once it has. */
    void cancel();
    /** @brief Ends the worker thread once it is idle; the next start() starts it again. */
    void stopThread();

Q_SIGNALS:
    void progressed(qint64 companyId, posbridge::SyncJob job, int done, int total, const QString &message);
    void finished(const posbridge::JobReport &report);

private:
    qint64 m_companyId = 0;
    std::shared_ptr<Database> m_database;
    ConnectionManager &m_connections;
    ShopDirectory &m_shops;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_threadContext = nullptr; ///< lives on m_thread; jobs are posted to it
    CancellationToken m_cancel;
    std::function<void(qint64, qint64)> m_runObserver;
    bool m_busy = false;
};

} // namespace posbridge
