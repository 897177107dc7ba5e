#include "processinspection.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace processinspection {

namespace {

struct ProcessStat
{
    QString name;
    QChar state;
    qint64 parentPid = 0;
};

/** Reads /proc/PID/stat: "pid (comm) state ppid …", where comm may itself contain spaces and brackets. */
bool readStat(qint64 pid, ProcessStat *stat)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString line = QString::fromUtf8(file.readAll());
    const qsizetype open = line.indexOf(u'(');
    const qsizetype close = line.lastIndexOf(u')');
    if (open < 0 || close < open)
        return false;
    stat->name = line.mid(open + 1, close - open - 1);
    const QStringList rest = line.mid(close + 2).split(u' ');
    if (rest.size() < 2)
        return false;
    stat->state = rest.at(0).isEmpty() ? QChar() : rest.at(0).at(0);
    stat->parentPid = rest.at(1).toLongLong();
    return true;
}

} // namespace

bool isRunning(qint64 pid)
{
    ProcessStat stat;
    if (pid <= 0 || !readStat(pid, &stat))
        return false;
    return stat.state != u'Z' && stat.state != u'X';
}

QList<qint64> childrenNamed(qint64 parentPid, const QString &name)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        ProcessStat stat;
        if (!isNumber || !readStat(pid, &stat))
            continue;
        // The kernel cuts command names to 15 characters.
        if (stat.parentPid == parentPid && name.startsWith(stat.name) && isRunning(pid))
            children.append(pid);
    }
    return children;
}

bool waitUntilGone(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isRunning(pid)) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace processinspection
