#pragma once

#include "core/error.h"
#include "core/order.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace posbridge {

/** @brief Which orders of a company a query returns; an empty field does not filter. */
struct OrderFilter
{
    qint64 companyId = 0;
    /** Exact saleID, reference number or ticket number; surrounding spaces are ignored. */
    QString text;
    std::optional<OrderStatus> status;
    bool unmatchedOnly = false; ///< only orders with at least one unknown item
    QDateTime completedFrom;    ///< inclusive; invalid for none
    QDateTime completedBefore;  ///< exclusive; invalid for none
};

/** @brief Keyset position in the newest-first list of orders: the last order already read. */
struct OrderCursor
{
    qint64 completedAtMs = 0;
    qint64 orderId = 0;
};

/** @brief An order as the Orders page lists it: the order without lines and payments, plus its flags. */
struct OrderSummary
{
    Order order; ///< lines and payments are left empty
    bool hasUnmatchedLines = false;
    bool hasReturns = false;
};

struct OrderPage
{
    QList<OrderSummary> orders;
    std::optional<OrderCursor> next; ///< empty when no order follows this page
};

/** @brief An order line with the product it was matched to. */
struct OrderLineDetail
{
    OrderLine line;
    bool unmatched = false; ///< the item matched no product: an unknown item
    QString productSku;
    QString productName;
};

/** @brief Which returns of a company a query returns; an empty field does not filter. */
struct ReturnFilter
{
    qint64 companyId = 0;
    QString text; ///< as OrderFilter::text, applied to the order of the return
    std::optional<bool> cancelled;
    QDateTime createdFrom;   ///< inclusive; invalid for none
    QDateTime createdBefore; ///< exclusive; invalid for none
};

struct ReturnCursor
{
    qint64 createdAtMs = 0;
    qint64 returnId = 0;
};

/** @brief A return with the sale, item, product and warehouse it concerns. */
struct ReturnDetail
{
    ReturnRecord record;
    qint64 saleId = 0;
    QString referenceNumber;
    QString ticketNumber;
    qint64 itemId = 0; ///< Lightspeed itemID of the refund line
    QString description;
    QString productSku;
    QString productName;
    QString warehouseName;
};

struct ReturnPage
{
    QList<ReturnDetail> returns;
    std::optional<ReturnCursor> next;
};

/**
 * @brief Read-only queries over downloaded orders and returns, for the Orders page and exports.
 *
 * Pages are newest first by completion time (orders) or booking time (returns), with keyset
 * pagination on indexed columns, so each page reads only its own rows. Orders without a
 * completion time are not listed.
 */
class OrderQueries
{
public:
    static constexpr int MAX_PAGE_SIZE = 1000;

    explicit OrderQueries(QSqlDatabase db);

    Result<OrderPage> orders(const OrderFilter &filter, const std::optional<OrderCursor> &after, int limit) const;
    Result<qint64> countOrders(const OrderFilter &filter) const;
    /** @brief Number of lines of the matching orders. */
    Result<qint64> countOrderLines(const OrderFilter &filter) const;
    /** @brief The lines of one order in Lightspeed's order. */
    Result<QList<OrderLineDetail>> lines(qint64 orderId) const;
    Result<ReturnPage> returns(const ReturnFilter &filter, const std::optional<ReturnCursor> &after, int limit) const;
    Result<qint64> countReturns(const ReturnFilter &filter) const;

    /** @brief Calls visit for every matching order, newest first, until it returns false; for exports. */
    VoidResult forEachOrder(const OrderFilter &filter, const std::function<bool(const OrderSummary &)> &visit) const;
    /** @brief Calls visit for every line of the matching orders, newest order first; for exports. */
    VoidResult forEachOrderLine(const OrderFilter &filter,
                                const std::function<bool(const OrderSummary &, const OrderLineDetail &)> &visit) const;
    /** @brief Calls visit for every matching return, newest first, until it returns false; for exports. */
    VoidResult forEachReturn(const ReturnFilter &filter, const std::function<bool(const ReturnDetail &)> &visit) const;

    /** @brief SQLite's plan for the orders() query, one line per step, for tests. */
    Result<QStringList> explainOrdersQuery(const OrderFilter &filter, const std::optional<OrderCursor> &after) const;
    /** @brief SQLite's plan for the returns() query, for tests. */
    Result<QStringList> explainReturnsQuery(const ReturnFilter &filter, const std::optional<ReturnCursor> &after) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
