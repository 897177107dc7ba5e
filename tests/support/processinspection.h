#pragma once

#include <QList>
#include <QString>

/** Linux process checks for tests that make sure a child process does not outlive its parent. */
namespace processinspection {

/** @brief True while the process exists and is not a zombie waiting to be reaped. */
bool isRunning(qint64 pid);

/** @brief IDs of the live processes whose parent is parentPid and whose command name is name. */
QList<qint64> childrenNamed(qint64 parentPid, const QString &name);

/** @brief Waits up to timeoutMs, processing events, until the process has ended; true when it did. */
bool waitUntilGone(qint64 pid, int timeoutMs);

} // namespace processinspection
