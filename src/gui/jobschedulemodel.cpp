#include "gui/jobschedulemodel.h"

#include "sync/synctext.h"

#include <QLocale>

namespace posbridge {

namespace {

QList<JobStatus> standardJobs()
{
    QList<JobStatus> jobs;
    for (const SyncJob job : {SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation}) {
        JobStatus status;
        status.job = job;
        jobs.append(status);
    }
    return jobs;
}

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("—");
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    // Times of today need no date; older or later ones do.
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

JobScheduleModel::JobScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(standardJobs())
{
}

void JobScheduleModel::setStatus(const CompanySyncStatus &status)
{
    const QList<JobStatus> jobs = status.jobs.isEmpty() ? standardJobs() : status.jobs;
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype row = 0; sameRows && row < jobs.size(); ++row)
        sameRows = jobs.at(row).job == m_jobs.at(row).job;

    if (!sameRows) {
        beginResetModel();
        m_status = status;
        m_jobs = jobs;
        endResetModel();
        return;
    }
    m_status = status;
    m_jobs = jobs;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int JobScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobScheduleModel::stateText(const JobStatus &job) const
{
    if (m_status.runningJob == job.job)
        return tr("Running");
    if (!job.enabled)
        return tr("Off");
    if (m_status.paused)
        return tr("Paused");
    return tr("On");
}

QVariant JobScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobStatus &job = m_jobs.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ResultColumn && !job.lastMessage.isEmpty())
        return job.lastMessage;
    if (role == Qt::ToolTipRole && index.column() == StateColumn && m_status.paused)
        return m_status.pausedReason;
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case JobColumn:
        return syncJobName(job.job);
    case StateColumn:
        return stateText(job);
    case LastRunColumn:
        return timeText(job.lastRunAt);
    case ResultColumn:
        return job.lastRunAt.isValid() ? runResultName(job.lastResult) : QStringLiteral("—");
    case NextRunColumn:
        return job.enabled && !m_status.paused ? timeText(job.nextRunAt) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant JobScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case LastRunColumn:
        return tr("Last run");
    case ResultColumn:
        return tr("Result");
    case NextRunColumn:
        return tr("Next run");
    default:
        return {};
    }
}

} // namespace posbridge
