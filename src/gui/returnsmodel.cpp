#include "gui/returnsmodel.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"

#include <QFont>
#include <QStyle>

namespace posbridge {

ReturnsModel::ReturnsModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : PagedTableModel(parent)
    , m_executor(std::move(executor))
{
}

ReturnsModel::~ReturnsModel() = default;

void ReturnsModel::setFilter(const ReturnFilter &filter)
{
    m_filter = filter;
    reload();
}

std::optional<ReturnDetail> ReturnsModel::returnAt(int row) const
{
    if (row < 0 || row >= m_returns.size())
        return std::nullopt;
    return m_returns[row];
}

void ReturnsModel::requestPage(quint64 generation)
{
    if (m_filter.companyId == 0) {
        completePage(generation, 0, true);
        return;
    }
    const ReturnFilter filter = m_filter;
    const std::optional<ReturnCursor> after = m_next;
    const int limit = pageSize();
    auto future = m_executor->run(
        [filter, after, limit](Database &db) { return OrderQueries(db.connection()).returns(filter, after, limit); });
    whenFinished(future, this, [this, generation](Result<ReturnPage> page) {
        if (!isCurrent(generation))
            return;
        if (!page) {
            failPage(generation, page.error());
            return;
        }
        const int added = int(page->returns.size());
        if (added > 0) {
            beginInsertRows({}, int(m_returns.size()), int(m_returns.size()) + added - 1);
            m_returns += page->returns;
            endInsertRows();
        }
        m_next = page->next;
        completePage(generation, added, !m_next.has_value());
    });
}

void ReturnsModel::clearRows()
{
    m_returns.clear();
    m_next.reset();
}

int ReturnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_returns.size());
}

int ReturnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReturnDetail &detail = m_returns[index.row()];
    const bool unknownItem = detail.record.productId == 0;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(detail, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && detail.record.cancelled)
            return standardIcon(QStyle::SP_DialogCancelButton);
        if (index.column() == ProductColumn && unknownItem)
            return standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (detail.record.cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (detail.record.cancelled)
            return tr("The sale was voided, so this return no longer counts.");
        if (unknownItem)
            return tr("Unknown item: Lightspeed item %1 matched no product, so no stock was booked.")
                .arg(detail.itemId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn || index.column() == AmountColumn || index.column() == SaleIdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ReturnsModel::displayData(const ReturnDetail &detail, int column) const
{
    switch (column) {
    case BookedColumn:
        return localDateTimeText(detail.record.createdAt);
    case SaleIdColumn:
        return QString::number(detail.saleId);
    case TicketColumn:
        return detail.ticketNumber;
    case ReferenceColumn:
        return detail.referenceNumber;
    case ItemIdColumn:
        return idText(detail.itemId);
    case ProductColumn:
        if (detail.record.productId == 0)
            return tr("Unknown item");
        return detail.productName.isEmpty() ? detail.productSku
                                            : tr("%1 — %2").arg(detail.productSku, detail.productName);
    case QuantityColumn:
        return decimalText(detail.record.quantity);
    case AmountColumn:
        return moneyText(detail.record.amount);
    case WarehouseColumn:
        return detail.warehouseName.isEmpty() ? tr("Not booked") : detail.warehouseName;
    case StatusColumn:
        return detail.record.cancelled ? tr("Cancelled") : tr("Booked");
    default:
        return {};
    }
}

QVariant ReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BookedColumn:
        return tr("Booked");
    case SaleIdColumn:
        return tr("Sale ID");
    case TicketColumn:
        return tr("Ticket");
    case ReferenceColumn:
        return tr("Reference");
    case ItemIdColumn:
        return tr("Lightspeed item");
    case ProductColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Quantity");
    case AmountColumn:
        return tr("Amount");
    case WarehouseColumn:
        return tr("Warehouse");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace posbridge
