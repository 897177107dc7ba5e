#include "storage/instancelock.h"

#include "storage/logging.h"

#include <QCoreApplication>

namespace posbridge {

InstanceLock::InstanceLock(std::unique_ptr<QLockFile> file)
    : m_file(std::move(file))
{
}

InstanceLock::~InstanceLock()
{
    m_file->unlock();
}

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &databasePath)
{
    auto file = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
    // A running holder keeps the lock however old it is; only a dead holder's lock is stale.
    file->setStaleLockTime(0);
    if (file->tryLock(0))
        return std::unique_ptr<InstanceLock>(new InstanceLock(std::move(file)));

    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        file->getLockInfo(&pid, &host, &application);
        qCWarning(lcStorage).noquote() << "Database" << databasePath << "is locked by process" << pid << "on" << host;
        return makeError(ErrorCode::DatabaseInUse,
                         QCoreApplication::translate("Storage",
                                                     "The database %1 is already in use by %2 (process %3 on %4). "
                                                     "Close that window first, or open another database with "
                                                     "--database.")
                             .arg(databasePath, application.isEmpty() ? QStringLiteral("POS Bridge") : application)
                             .arg(pid)
                             .arg(host),
                         QStringLiteral("lock held by pid %1").arg(pid));
    }
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("Storage",
                                                 "Could not create the lock file next to the database %1. Check that "
                                                 "the folder exists and is writable.")
                         .arg(databasePath),
                     QStringLiteral("QLockFile error %1").arg(int(file->error())));
}

} // namespace posbridge
