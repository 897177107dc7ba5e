#include "gui/orderlinesmodel.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

namespace posbridge {

namespace {

bool isNumberColumn(int column)
{
    return column >= OrderLinesModel::QuantityColumn || column == OrderLinesModel::SaleLineColumn ||
           column == OrderLinesModel::ItemIdColumn;
}

} // namespace

OrderLinesModel::OrderLinesModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(std::move(executor))
{
}

OrderLinesModel::~OrderLinesModel() = default;

void OrderLinesModel::setOrder(qint64 orderId)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_orderId = orderId;
    m_lines.clear();
    endResetModel();
    m_loading = orderId != 0;
    if (orderId == 0)
        return;

    auto future = m_executor->run([orderId](Database &db) { return OrderQueries(db.connection()).lines(orderId); });
    whenFinished(future, this, [this, generation](Result<QList<OrderLineDetail>> lines) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!lines) {
            Q_EMIT loadFailed(lines.error().message);
            return;
        }
        if (!lines->isEmpty()) {
            beginInsertRows({}, 0, int(lines->size()) - 1);
            m_lines = *lines;
            endInsertRows();
        }
        Q_EMIT loaded();
    });
}

std::optional<OrderLineDetail> OrderLinesModel::lineAt(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return std::nullopt;
    return m_lines[row];
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLineDetail &detail = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(detail, index.column());
    case Qt::DecorationRole:
        if (detail.unmatched && index.column() == ProductColumn)
            return standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (detail.unmatched) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (detail.unmatched)
            return QGuiApplication::palette().brush(QPalette::ToolTipBase);
        return {};
    case Qt::ForegroundRole:
        if (detail.unmatched)
            return QGuiApplication::palette().brush(QPalette::ToolTipText);
        return {};
    case Qt::ToolTipRole:
        if (detail.unmatched)
            return tr("Unknown item: Lightspeed item %1 matched no product of this company. Link or add the "
                      "product; the line stays on the order meanwhile.")
                .arg(detail.line.itemId);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OrderLinesModel::displayData(const OrderLineDetail &detail, int column) const
{
    const OrderLine &line = detail.line;
    switch (column) {
    case SaleLineColumn:
        return QString::number(line.saleLineId);
    case ItemIdColumn:
        return idText(line.itemId);
    case ProductColumn:
        if (detail.unmatched)
            return tr("Unknown item");
        return detail.productName.isEmpty() ? detail.productSku
                                            : tr("%1 — %2").arg(detail.productSku, detail.productName);
    case DescriptionColumn:
        return line.description;
    case QuantityColumn:
        return decimalText(line.quantity);
    case UnitPriceColumn:
        return moneyText(line.unitPrice);
    case DiscountColumn:
        return moneyText(line.discount);
    case TaxColumn:
        return moneyText(line.tax);
    case TotalColumn:
        return moneyText(line.total);
    default:
        return {};
    }
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaleLineColumn:
        return tr("Sale line");
    case ItemIdColumn:
        return tr("Lightspeed item");
    case ProductColumn:
        return tr("Product");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case TaxColumn:
        return tr("Tax");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace posbridge
