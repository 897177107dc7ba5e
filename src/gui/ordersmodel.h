#pragma once

#include "gui/pagedtablemodel.h"
#include "storage/orderqueries.h"

#include <QList>

#include <memory>
#include <optional>

namespace posbridge {

class DatabaseExecutor;

/** @brief The downloaded orders of one company, newest first, read page by page on the database executor. */
class OrdersModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column
    {
        CompletedColumn,
        SaleIdColumn,
        TicketColumn,
        ReferenceColumn,
        StatusColumn,
        CustomerColumn,
        SubtotalColumn,
        DiscountColumn,
        TaxColumn,
        TotalColumn,
        FlagsColumn,
        ColumnCount,
    };

    explicit OrdersModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    ~OrdersModel() override;

    /** @brief Shows the orders that match filter; a filter without company shows none. */
    void setFilter(const OrderFilter &filter);
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }
    void refresh() { reload(); }
    [[nodiscard]] std::optional<OrderSummary> orderAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const OrderSummary &summary, int column) const;

    std::shared_ptr<DatabaseExecutor> m_executor;
    OrderFilter m_filter;
    QList<OrderSummary> m_orders;
    std::optional<OrderCursor> m_next;
};

} // namespace posbridge
