#pragma once

#include "core/error.h"
#include "core/syncrun.h"

#include <QSqlDatabase>

#include <optional>

namespace posbridge {

/**
 * @brief Progress markers of incremental jobs, one per company and job.
 *
 * A job writes its checkpoint in the same transaction as the data the checkpoint covers, so
 * after a crash it resumes exactly after the last committed page.
 */
class CheckpointRepository
{
public:
    explicit CheckpointRepository(QSqlDatabase db);

    Result<std::optional<QString>> get(qint64 companyId, SyncJob job) const;
    VoidResult set(qint64 companyId, SyncJob job, const QString &value);
    VoidResult clear(qint64 companyId, SyncJob job);

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
