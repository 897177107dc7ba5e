#include "gui/syncrunsmodel.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "sync/synchistoryservice.h"
#include "sync/synctext.h"

#include <QStyle>

namespace posbridge {

namespace {

int resultIcon(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return QStyle::SP_BrowserReload;
    case RunResult::Succeeded:
        return QStyle::SP_DialogApplyButton;
    case RunResult::Partial:
        return QStyle::SP_MessageBoxWarning;
    case RunResult::Failed:
        return QStyle::SP_MessageBoxCritical;
    case RunResult::Cancelled:
        return QStyle::SP_DialogCancelButton;
    }
    return QStyle::SP_MessageBoxQuestion;
}

bool isNumberColumn(int column)
{
    return column >= SyncRunsModel::FetchedColumn && column <= SyncRunsModel::DripsColumn;
}

} // namespace

SyncRunsModel::SyncRunsModel(SyncHistoryService *service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
}

SyncRunsModel::~SyncRunsModel() = default;

void SyncRunsModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    reload();
}

void SyncRunsModel::setCompanyNames(const QHash<qint64, QString> &names)
{
    m_companyNames = names;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, CompanyColumn), index(rowCount() - 1, CompanyColumn), {Qt::DisplayRole});
}

std::optional<SyncRun> SyncRunsModel::runAt(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return std::nullopt;
    return m_runs[row];
}

int SyncRunsModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs[row].id == runId)
            return row;
    }
    return -1;
}

void SyncRunsModel::updateRun(const SyncRun &run)
{
    const int row = rowOfRun(run.id);
    if (row < 0)
        return;
    m_runs[row] = run;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SyncRunsModel::requestPage(quint64 generation)
{
    whenFinished(m_service->runs(m_filter, m_next, pageSize()), this, [this, generation](Result<RunPage> page) {
        if (!isCurrent(generation))
            return;
        if (!page) {
            failPage(generation, page.error());
            return;
        }
        const int added = int(page->runs.size());
        if (added > 0) {
            beginInsertRows({}, int(m_runs.size()), int(m_runs.size()) + added - 1);
            m_runs += page->runs;
            endInsertRows();
        }
        m_next = page->next;
        completePage(generation, added, !m_next.has_value());
    });
}

void SyncRunsModel::clearRows()
{
    m_runs.clear();
    m_next.reset();
}

int SyncRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &run = m_runs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, index.column());
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return standardIcon(resultIcon(run.result));
        return {};
    case Qt::ToolTipRole:
        return run.message.isEmpty() ? QVariant() : QVariant(run.message);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RunIdRole:
        return run.id;
    default:
        return {};
    }
}

QVariant SyncRunsModel::displayData(const SyncRun &run, int column) const
{
    switch (column) {
    case CompanyColumn:
        return m_companyNames.value(run.companyId, tr("Company %1").arg(run.companyId));
    case JobColumn:
        return syncJobName(run.job);
    case TriggerColumn:
        return runTriggerName(run.trigger);
    case StartedColumn:
        return localDateTimeText(run.startedAt);
    case DurationColumn:
        return durationText(run.durationMs());
    case ResultColumn:
        return runResultName(run.result);
    case FetchedColumn:
        return run.fetched;
    case CreatedColumn:
        return run.created;
    case UpdatedColumn:
        return run.updated;
    case SkippedColumn:
        return run.skipped;
    case FailedColumn:
        return run.failed;
    case DripsColumn:
        return decimalText(run.dripsUsed);
    case MessageColumn:
        return run.message;
    default:
        return {};
    }
}

QVariant SyncRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case JobColumn:
        return tr("Job");
    case TriggerColumn:
        return tr("Trigger");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case FetchedColumn:
        return tr("Fetched");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    case DripsColumn:
        return tr("Drips used");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace posbridge
