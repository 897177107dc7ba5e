#include "storage/checkpointrepository.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posbridge {

namespace {
// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointRepository)
};
} // namespace

CheckpointRepository::CheckpointRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<QString>> CheckpointRepository::get(qint64 companyId, SyncJob job) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_checkpoints WHERE company_id = :company AND job = :job"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    if (!query.exec())
        return sqlError(query, Messages::tr("read the sync checkpoint"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

VoidResult CheckpointRepository::set(qint64 companyId, SyncJob job, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_checkpoints (company_id, job, value, updated_at) VALUES (:company, "
                                 ":job, :value, :now) ON CONFLICT (company_id, job) DO UPDATE SET value = "
                                 "excluded.value, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, Messages::tr("save the sync checkpoint"));
    return {};
}

VoidResult CheckpointRepository::clear(qint64 companyId, SyncJob job)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_checkpoints WHERE company_id = :company AND job = :job"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(job));
    if (!query.exec())
        return sqlError(query, Messages::tr("reset the sync checkpoint"));
    return {};
}

} // namespace posbridge
