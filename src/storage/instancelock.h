#pragma once

#include "core/error.h"

#include <QLockFile>

#include <memory>

namespace posbridge {

/**
 * @brief Ensures one running POS Bridge per database file.
 *
 * The lock is a file next to the database ("<database>.lock") that records the holder's
 * process ID and host; a lock left by a process that no longer runs is taken over.
 */
class InstanceLock
{
public:
    /** @brief Takes the lock for databasePath, or returns DatabaseInUse naming the process that holds it. */
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);

    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

private:
    explicit InstanceLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace posbridge
