#include "storage/databaseexecutor.h"

#include "storage/database.h"

namespace posbridge {

DatabaseExecutor::DatabaseExecutor(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("posbridge-db"));
}

DatabaseExecutor::~DatabaseExecutor()
{
    // The pool runs one task at a time in submission order, so this runs after all queued
    // work, on the thread that owns the connection.
    auto database = m_database;
    QtConcurrent::run(&m_pool, [database] { database->releaseThreadConnection(); }).waitForFinished();
}

void DatabaseExecutor::waitForDone()
{
    // QThreadPool::waitForDone() would also end the pool's thread and strand its connection,
    // so wait for a marker task instead.
    QtConcurrent::run(&m_pool, [] {}).waitForFinished();
}

} // namespace posbridge
