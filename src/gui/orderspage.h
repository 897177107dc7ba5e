#pragma once

#include "storage/orderqueries.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class OrdersPage;
}

namespace posbridge {

class DatabaseExecutor;
class ListingService;
class OrderLinesModel;
class OrdersModel;
class ReturnsModel;
class SyncHistoryService;

/**
 * @brief The Orders tab: the selected company's downloaded orders with their lines, and its returns.
 *
 * Unknown items and cancelled orders are marked. Every query runs on the database executor, and
 * pages load as the admin scrolls. When a sync run of the company changes, a list that shows
 * only its first page refreshes itself.
 */
class OrdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    OrdersPage(std::shared_ptr<DatabaseExecutor> executor, SyncHistoryService *history, QWidget *parent = nullptr);
    ~OrdersPage() override;

    /** @brief Shows the orders and returns of this company; 0 empties the page. */
    void loadCompany(qint64 companyId);

    [[nodiscard]] OrdersModel *ordersModel() const { return m_ordersModel; }
    [[nodiscard]] OrderLinesModel *linesModel() const { return m_linesModel; }
    [[nodiscard]] ReturnsModel *returnsModel() const { return m_returnsModel; }
    [[nodiscard]] OrderFilter currentOrderFilter() const;
    [[nodiscard]] ReturnFilter currentReturnFilter() const;
    /** @brief Selects the order in this row and shows its lines. */
    void selectOrderRow(int row);
    /** @brief Enables Resolve Unknown Item, which links an unknown item's lines to a product through service. */
    void setListingService(ListingService *service);
    /** @brief Asks for the product of the selected unknown line's item and books every line of that item. */
    void resolveSelectedItem();

Q_SIGNALS:
    /** @brief Emitted when resolving an unknown item ended; message says what happened. */
    void itemResolved(bool ok, const QString &message);

private:
    void setUpFilters();
    void applyFilters();
    void updateCount();
    void onCurrentOrderChanged();
    void onRunChanged(qint64 companyId);
    void onRefreshTimeout();
    void showMessage(const QString &text);
    void updateLineActions();

    std::unique_ptr<Ui::OrdersPage> m_ui;
    std::shared_ptr<DatabaseExecutor> m_executor;
    ListingService *m_listings = nullptr;
    OrdersModel *m_ordersModel = nullptr;
    OrderLinesModel *m_linesModel = nullptr;
    ReturnsModel *m_returnsModel = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_companyId = 0;
    quint64 m_countGeneration = 0;
};

} // namespace posbridge
