#include "gui/ordersmodel.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/synctext.h"

#include <QFont>
#include <QStyle>

namespace posbridge {

namespace {

QString customerText(const OrderCustomer &customer)
{
    if (customer.placeholder || customer.id == 0)
        return OrdersModel::tr("No customer");
    const QString name = QStringLiteral("%1 %2").arg(customer.firstName, customer.lastName).trimmed();
    return name.isEmpty() ? customer.email : name;
}

bool isMoneyColumn(int column)
{
    return column >= OrdersModel::SubtotalColumn && column <= OrdersModel::TotalColumn;
}

} // namespace

OrdersModel::OrdersModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : PagedTableModel(parent)
    , m_executor(std::move(executor))
{
}

OrdersModel::~OrdersModel() = default;

void OrdersModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

std::optional<OrderSummary> OrdersModel::orderAt(int row) const
{
    if (row < 0 || row >= m_orders.size())
        return std::nullopt;
    return m_orders[row];
}

void OrdersModel::requestPage(quint64 generation)
{
    if (m_filter.companyId == 0) {
        completePage(generation, 0, true);
        return;
    }
    const OrderFilter filter = m_filter;
    const std::optional<OrderCursor> after = m_next;
    const int limit = pageSize();
    auto future = m_executor->run(
        [filter, after, limit](Database &db) { return OrderQueries(db.connection()).orders(filter, after, limit); });
    whenFinished(future, this, [this, generation](Result<OrderPage> page) {
        if (!isCurrent(generation))
            return;
        if (!page) {
            failPage(generation, page.error());
            return;
        }
        const int added = int(page->orders.size());
        if (added > 0) {
            beginInsertRows({}, int(m_orders.size()), int(m_orders.size()) + added - 1);
            m_orders += page->orders;
            endInsertRows();
        }
        m_next = page->next;
        completePage(generation, added, !m_next.has_value());
    });
}

void OrdersModel::clearRows()
{
    m_orders.clear();
    m_next.reset();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary &summary = m_orders[index.row()];
    const bool cancelled = summary.order.status == OrderStatus::Cancelled;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && cancelled)
            return standardIcon(QStyle::SP_DialogCancelButton);
        if (index.column() == FlagsColumn && summary.hasUnmatchedLines)
            return standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (cancelled)
            return tr("Cancelled on %1: the sale was voided in Lightspeed and its stock moves were reversed.")
                .arg(localDateTimeText(summary.order.cancelledAt));
        if (summary.hasUnmatchedLines)
            return tr("Some lines are unknown items: their Lightspeed item matched no product.");
        return {};
    case Qt::TextAlignmentRole:
        if (isMoneyColumn(index.column()) || index.column() == SaleIdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OrdersModel::displayData(const OrderSummary &summary, int column) const
{
    const Order &order = summary.order;
    switch (column) {
    case CompletedColumn:
        return localDateTimeText(order.completedAt);
    case SaleIdColumn:
        return QString::number(order.saleId);
    case TicketColumn:
        return order.ticketNumber;
    case ReferenceColumn:
        return order.referenceNumber;
    case StatusColumn:
        return orderStatusName(order.status);
    case CustomerColumn:
        return customerText(order.customer);
    case SubtotalColumn:
        return moneyText(order.subtotal);
    case DiscountColumn:
        return moneyText(order.discount);
    case TaxColumn:
        return moneyText(order.tax);
    case TotalColumn:
        return moneyText(order.total);
    case FlagsColumn: {
        QStringList flags;
        if (summary.hasUnmatchedLines)
            flags << tr("Unknown items");
        if (summary.hasReturns)
            flags << tr("Returns");
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompletedColumn:
        return tr("Completed");
    case SaleIdColumn:
        return tr("Sale ID");
    case TicketColumn:
        return tr("Ticket");
    case ReferenceColumn:
        return tr("Reference");
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case SubtotalColumn:
        return tr("Subtotal");
    case DiscountColumn:
        return tr("Discount");
    case TaxColumn:
        return tr("Tax");
    case TotalColumn:
        return tr("Total");
    case FlagsColumn:
        return tr("Attention");
    default:
        return {};
    }
}

} // namespace posbridge
