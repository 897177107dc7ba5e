#include "gui/listingsmodel.h"

#include "core/futures.h"
#include "gui/logging.h"
#include "sync/listingservice.h"

#include <QLocale>

namespace posbridge {

QString listingStateText(ListingState state)
{
    switch (state) {
    case ListingState::NotListed:
        return ListingsModel::tr("Not listed");
    case ListingState::Pending:
        return ListingsModel::tr("Pending");
    case ListingState::Linked:
        return ListingsModel::tr("Linked");
    case ListingState::Created:
        return ListingsModel::tr("Created");
    case ListingState::PendingUpdate:
        return ListingsModel::tr("Pending update");
    case ListingState::NeedsChoice:
        return ListingsModel::tr("Needs a choice");
    case ListingState::Error:
        return ListingsModel::tr("Error");
    }
    return {};
}

ListingsModel::ListingsModel(ListingService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

ListingsModel::~ListingsModel() = default;

void ListingsModel::setFilter(const ListingFilter &filter)
{
    m_filter = filter;
    reload();
}

void ListingsModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, ListingQueries::MAX_PAGE_SIZE);
}

void ListingsModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_next.reset();
    m_loading = false;
    m_complete = m_filter.companyId == 0;
    endResetModel();
    if (m_totalCount != -1) {
        m_totalCount = -1;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    if (m_complete)
        return;

    const quint64 generation = m_generation;
    whenFinished(m_service->count(m_filter), this, [this, generation](Result<qint64> count) {
        if (generation != m_generation || !count)
            return;
        m_totalCount = *count;
        Q_EMIT totalCountChanged(m_totalCount);
    });
    fetchMore({});
}

const ListingRow *ListingsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ListingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ListingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading;
}

void ListingsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    whenFinished(m_service->page(m_filter, m_next, m_pageSize), this, [this, generation](Result<ListingPage> page) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!page) {
            m_complete = true;
            qCWarning(lcGui).noquote() << "Could not load listings:" << page.error().toLogString();
            Q_EMIT loadFailed(page.error().message);
            return;
        }
        // The position moves first: a view may ask for the next page while rows go in.
        m_next = page->next;
        m_complete = !m_next.has_value();
        const int added = int(page->rows.size());
        if (added > 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + added - 1);
            m_rows.append(page->rows);
            endInsertRows();
        }
        Q_EMIT pageLoaded(added);
    });
}

QVariant ListingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListingRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == StateColumn)
            return row.listing.error.isEmpty() ? QVariant() : QVariant(row.listing.error);
        if (index.column() == NameColumn)
            return row.product.name;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == ItemIdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProductIdRole:
        return row.product.id;
    case ListingIdRole:
        return row.listing.id;
    case StateRole:
        return int(row.displayState());
    case ItemIdRole:
        return row.listing.itemId;
    default:
        return {};
    }
}

QVariant ListingsModel::displayData(const ListingRow &row, int column) const
{
    switch (column) {
    case SkuColumn:
        return row.product.sku;
    case NameColumn:
        return row.product.name;
    case PriceColumn:
        return QLocale().toString(row.product.price.toDouble(), 'f', 2);
    case StateColumn: {
        QString text = listingStateText(row.displayState());
        if (row.archiveRequested)
            text = tr("%1, archiving").arg(text);
        return text;
    }
    case ItemIdColumn:
        return row.listing.itemId != 0 ? QVariant(row.listing.itemId) : QVariant();
    case SystemSkuColumn:
        return row.listing.systemSku;
    case CustomSkuColumn:
        return row.listing.customSku;
    case UpcColumn:
        return row.listing.upc;
    case ErrorColumn:
        return row.listing.error;
    default:
        return {};
    }
}

QVariant ListingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case PriceColumn:
        return tr("Price");
    case StateColumn:
        return tr("Listing");
    case ItemIdColumn:
        return tr("Item ID");
    case SystemSkuColumn:
        return tr("System SKU");
    case CustomSkuColumn:
        return tr("Custom SKU");
    case UpcColumn:
        return tr("UPC");
    case ErrorColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace posbridge
