#pragma once

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace posbridge {

class Database;

/**
 * @brief Runs database work for the GUI on one background thread, in submission order.
 *
 * The GUI thread hands a function to run() and continues; the function receives the
 * executor thread's connection and its result arrives through the returned QFuture.
 * One thread keeps the GUI's writes ordered and never holds the GUI thread on a lock.
 */
class DatabaseExecutor
{
public:
    explicit DatabaseExecutor(std::shared_ptr<Database> database);
    ~DatabaseExecutor();
    DatabaseExecutor(const DatabaseExecutor &) = delete;
    DatabaseExecutor &operator=(const DatabaseExecutor &) = delete;

    [[nodiscard]] const std::shared_ptr<Database> &database() const { return m_database; }

    /** @brief Queues work(db) and returns its future result. */
    template<typename Function>
    auto run(Function work) -> QFuture<std::invoke_result_t<Function, Database &>>
    {
        auto database = m_database;
        return QtConcurrent::run(&m_pool, [database, work = std::move(work)]() mutable { return work(*database); });
    }

    /** @brief Blocks until queued work has finished; for shutdown and tests, never the GUI's event handlers. */
    void waitForDone();

private:
    std::shared_ptr<Database> m_database;
    QThreadPool m_pool;
};

} // namespace posbridge
