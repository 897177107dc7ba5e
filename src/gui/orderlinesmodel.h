#pragma once

#include "storage/orderqueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace posbridge {

class DatabaseExecutor;

/**
 * @brief The lines of one order, loaded in the background; unknown items stand out.
 *
 * An unmatched line (an item that matched no product) shows a warning icon, bold text, its
 * Lightspeed itemID and the tooltip background of the palette, so it is easy to spot in any theme.
 */
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesModel)

public:
    enum Column
    {
        SaleLineColumn,
        ItemIdColumn,
        ProductColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TaxColumn,
        TotalColumn,
        ColumnCount,
    };

    explicit OrderLinesModel(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    ~OrderLinesModel() override;

    /** @brief Loads the lines of this order; 0 empties the model. */
    void setOrder(qint64 orderId);
    [[nodiscard]] qint64 orderId() const { return m_orderId; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] std::optional<OrderLineDetail> lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** @brief Emitted when the lines of the order arrived. */
    void loaded();
    void loadFailed(const QString &message);

private:
    QVariant displayData(const OrderLineDetail &detail, int column) const;

    std::shared_ptr<DatabaseExecutor> m_executor;
    qint64 m_orderId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QList<OrderLineDetail> m_lines;
};

} // namespace posbridge
