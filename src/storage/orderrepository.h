#pragma once

#include "core/error.h"
#include "core/order.h"

#include <QSqlDatabase>

namespace posbridge {

/** @brief Where the stock of an imported order is booked. 0 means "not configured": no move is made. */
struct OrderBooking
{
    qint64 sellingWarehouseId = 0;
    qint64 returnsWarehouseId = 0;
};

/** @brief What importOrder() did. */
struct ImportOutcome
{
    enum class Kind
    {
        Imported,        ///< a new order, with its moves and returns
        AlreadyImported, ///< the company already has an order for this saleID; nothing was written
    };
    Kind kind = Kind::Imported;
    qint64 orderId = 0;
    int movesBooked = 0;
    int returnsBooked = 0;
    int unmatchedLines = 0;
};

/**
 * @brief The write side of downloaded orders: import, cancel after a void, and late matching of lines.
 *
 * No method opens a transaction: the order download job wraps a whole page of sales and its
 * checkpoint in one, so a crash leaves either all of the page or none of it.
 */
class OrderRepository
{
public:
    explicit OrderRepository(QSqlDatabase db);

    /**
     * @brief Stores a completed sale as an order, exactly once per company and saleID.
     *
     * Each matched line with a positive quantity takes units out of the Selling Warehouse; each
     * line with a negative quantity becomes a return that brings units into the Returns Warehouse,
     * linked to the refunded line when parentSaleLineId names an imported one. Unmatched lines are
     * stored and flagged, without stock moves. A sale without customer gets the company's
     * placeholder customer. order.lines[i].productId must already be resolved (0 = unmatched).
     */
    Result<ImportOutcome> importOrder(const Order &order, const OrderBooking &booking);

    /**
     * @brief Cancels the order of a voided sale and reverses its stock moves.
     *
     * Returns false when there is no such order or when it is already cancelled.
     */
    Result<bool> cancelOrder(qint64 companyId, qint64 saleId, const QDateTime &cancelledAt);

    /**
     * @brief Resolves an unmatched line to a product and books its stock move (and return) now.
     *
     * Returns false when the line is already matched. The order's cancelled state is respected:
     * a line of a cancelled order is linked without moving stock.
     */
    Result<bool> matchLine(qint64 orderLineId, qint64 productId, const OrderBooking &booking);

    Result<std::optional<qint64>> findOrderId(qint64 companyId, qint64 saleId) const;
    Result<Order> load(qint64 orderId) const;

private:
    Result<qint64> customerIdFor(qint64 companyId, const OrderCustomer &customer);
    Result<qint64> insertOrderRow(const Order &order, qint64 customerId);
    Result<qint64> insertLine(qint64 orderId, const OrderLine &line);
    VoidResult insertPayment(qint64 orderId, const OrderPayment &payment);
    /** Books the stock effect of one matched line; returns (moves, returns) booked. */
    Result<std::pair<int, int>> bookLine(const Order &order, qint64 orderId, qint64 lineId, const OrderLine &line,
                                         const OrderBooking &booking);
    Result<qint64> originalLineId(qint64 companyId, qint64 parentSaleLineId) const;
    VoidResult refreshFlags(qint64 orderId);

    QSqlDatabase m_db;
};

} // namespace posbridge
