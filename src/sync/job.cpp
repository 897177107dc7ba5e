#include "sync/job.h"

#include "storage/database.h"
#include "sync/connectionmanager.h"

namespace posbridge {

QSqlDatabase JobContext::db() const
{
    return database->connection();
}

const IntegrationSettings &JobContext::settings() const
{
    return api->settings;
}

void JobContext::reportProgress(int done, int total, const QString &message) const
{
    if (progress)
        progress(done, total, message);
}

} // namespace posbridge
