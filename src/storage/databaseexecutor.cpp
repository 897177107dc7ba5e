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
    waitForDone();
    // Close the executor thread's connection on that thread before the pool goes away.
    auto database = m_database;
    QtConcurrent::run(&m_pool, [database] { database->releaseThreadConnection(); }).waitForFinished();
}

void DatabaseExecutor::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace posbridge
