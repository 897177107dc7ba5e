#include "gui/synceventsmodel.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "storage/synchistoryrepository.h"
#include "sync/synchistoryservice.h"
#include "sync/synctext.h"

#include <QStyle>

namespace posbridge {

namespace {

int levelIcon(EventLevel level)
{
    switch (level) {
    case EventLevel::Info:
        return QStyle::SP_MessageBoxInformation;
    case EventLevel::Warning:
        return QStyle::SP_MessageBoxWarning;
    case EventLevel::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxQuestion;
}

} // namespace

SyncEventsModel::SyncEventsModel(SyncHistoryService *service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
}

SyncEventsModel::~SyncEventsModel() = default;

void SyncEventsModel::setRun(qint64 runId, bool problemsOnly)
{
    m_runId = runId;
    m_problemsOnly = problemsOnly;
    reload();
}

std::optional<SyncEvent> SyncEventsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_events.size())
        return std::nullopt;
    return m_events[row];
}

void SyncEventsModel::requestPage(quint64 generation)
{
    if (m_runId == 0) {
        completePage(generation, 0, true);
        return;
    }
    whenFinished(m_service->events(m_runId, m_lastEventId, pageSize(), m_problemsOnly), this,
                 [this, generation](Result<EventPage> page) {
                     if (!isCurrent(generation))
                         return;
                     if (!page) {
                         failPage(generation, page.error());
                         return;
                     }
                     const int added = int(page->events.size());
                     if (added > 0) {
                         beginInsertRows({}, int(m_events.size()), int(m_events.size()) + added - 1);
                         m_events += page->events;
                         endInsertRows();
                         m_lastEventId = m_events.constLast().id;
                     }
                     completePage(generation, added, !page->nextAfterId.has_value());
                 });
}

void SyncEventsModel::clearRows()
{
    m_events.clear();
    m_lastEventId = 0;
}

int SyncEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SyncEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncEvent &event = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return standardIcon(levelIcon(event.level));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !event.message.isEmpty())
            return event.message;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LocalIdColumn || index.column() == HttpStatusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SyncEventsModel::displayData(const SyncEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return localDateTimeText(event.at);
    case LevelColumn:
        return eventLevelName(event.level);
    case EntityColumn:
        return event.entity;
    case LightspeedIdColumn:
        return event.lightspeedId;
    case LocalIdColumn:
        return idText(event.localId);
    case HttpStatusColumn:
        return event.httpStatus == 0 ? QString() : QString::number(event.httpStatus);
    case MessageColumn:
        return event.message;
    default:
        return {};
    }
}

QVariant SyncEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case EntityColumn:
        return tr("Entity");
    case LightspeedIdColumn:
        return tr("Lightspeed ID");
    case LocalIdColumn:
        return tr("Local ID");
    case HttpStatusColumn:
        return tr("HTTP status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace posbridge
