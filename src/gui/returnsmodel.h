#pragma once

#include "gui/pagedtablemodel.h"
#include "storage/orderqueries.h"

#include <QList>

#include <memory>
#include <optional>

namespace posbridge {

class DatabaseExecutor;

/** @brief The returns of one company, newest first, with their sale and warehouse, read page by page. */
class ReturnsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnsModel)

public:
    enum Column
    {
        BookedColumn,
        SaleIdColumn,
        TicketColumn,
        ReferenceColumn,
        ItemIdColumn,
        ProductColumn,
        QuantityColumn,
        AmountColumn,
        WarehouseColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit ReturnsModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    ~ReturnsModel() override;

    /** @brief Shows the returns that match filter; a filter without company shows none. */
    void setFilter(const ReturnFilter &filter);
    [[nodiscard]] const ReturnFilter &filter() const { return m_filter; }
    void refresh() { reload(); }
    [[nodiscard]] std::optional<ReturnDetail> returnAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const ReturnDetail &detail, int column) const;

    std::shared_ptr<DatabaseExecutor> m_executor;
    ReturnFilter m_filter;
    QList<ReturnDetail> m_returns;
    std::optional<ReturnCursor> m_next;
};

} // namespace posbridge
