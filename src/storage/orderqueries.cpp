#include "storage/orderqueries.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrderQueries)
};

// The same text as the order download job stores in orders.status.
QString statusKey(OrderStatus status)
{
    return status == OrderStatus::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("completed");
}

const QString ORDER_COLUMNS = QStringLiteral(
    "o.id, o.company_id, o.sale_id, o.shop_id, o.register_id, o.employee_id, o.status, o.reference_number, "
    "o.ticket_number, o.subtotal, o.discount, o.tax, o.total, o.has_unmatched_lines, o.has_returns, o.completed_at, "
    "o.sale_updated_at, o.imported_at, o.cancelled_at, c.id, c.lightspeed_customer_id, c.first_name, c.last_name, "
    "c.email, c.placeholder");
constexpr int ORDER_COLUMN_COUNT = 25;
const QString ORDER_FROM = QStringLiteral(" FROM orders o LEFT JOIN customers c ON c.id = o.customer_id");

const QString LINE_COLUMNS =
    QStringLiteral("l.id, l.sale_line_id, l.item_id, l.product_id, l.parent_sale_line_id, l.description, l.quantity, "
                   "l.unit_price, l.subtotal, l.discount, l.tax, l.total, l.unmatched, p.sku, p.name");

const QString RETURN_COLUMNS = QStringLiteral(
    "r.id, r.company_id, r.order_id, r.order_line_id, r.original_order_line_id, r.product_id, r.warehouse_id, "
    "r.quantity, r.amount, r.created_at, r.cancelled, o.sale_id, o.reference_number, o.ticket_number, l.item_id, "
    "l.description, p.sku, p.name, w.name");
const QString RETURN_FROM = QStringLiteral(
    " FROM returns r JOIN orders o ON o.id = r.order_id LEFT JOIN order_lines l ON l.id = r.order_line_id LEFT JOIN "
    "products p ON p.id = r.product_id LEFT JOIN warehouses w ON w.id = r.warehouse_id");

using Bindings = QList<std::pair<QString, QVariant>>;

struct Conditions
{
    QStringList terms;
    Bindings bindings;

    void add(const QString &term, const QString &placeholder, const QVariant &value)
    {
        terms << term;
        bindings.append({placeholder, value});
    }

    [[nodiscard]] QString where() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

/**
 * Adds "column IN (ids of the company's orders whose saleID, reference or ticket number is text)".
 *
 * Each branch is an indexed lookup. The caller then leaves the company out of its own terms, so
 * SQLite drives the query from this short list instead of walking the company's time index.
 */
void addTextMatch(Conditions &c, const QString &column, qint64 companyId, const QString &text)
{
    QStringList branches;
    bool isNumber = false;
    const qint64 saleId = text.toLongLong(&isNumber);
    if (isNumber) {
        branches << QStringLiteral("SELECT id FROM orders WHERE company_id = :tc1 AND sale_id = :sale");
        c.bindings.append({QStringLiteral(":tc1"), companyId});
        c.bindings.append({QStringLiteral(":sale"), saleId});
    }
    branches << QStringLiteral("SELECT id FROM orders WHERE company_id = :tc2 AND reference_number = :reference")
             << QStringLiteral("SELECT id FROM orders WHERE company_id = :tc3 AND ticket_number = :ticket");
    c.bindings.append({QStringLiteral(":tc2"), companyId});
    c.bindings.append({QStringLiteral(":reference"), text});
    c.bindings.append({QStringLiteral(":tc3"), companyId});
    c.bindings.append({QStringLiteral(":ticket"), text});
    c.terms << QStringLiteral("%1 IN (%2)").arg(column, branches.join(QStringLiteral(" UNION ALL ")));
}

Conditions orderConditions(const OrderFilter &filter, const std::optional<OrderCursor> &after)
{
    Conditions c;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        addTextMatch(c, QStringLiteral("o.id"), filter.companyId, text);
    else
        c.add(QStringLiteral("o.company_id = :company"), QStringLiteral(":company"), filter.companyId);
    if (filter.status)
        c.add(QStringLiteral("o.status = :status"), QStringLiteral(":status"), statusKey(*filter.status));
    if (filter.unmatchedOnly)
        c.add(QStringLiteral("o.has_unmatched_lines = :unmatched"), QStringLiteral(":unmatched"), 1);
    if (filter.completedFrom.isValid())
        c.add(QStringLiteral("o.completed_at >= :from"), QStringLiteral(":from"),
              filter.completedFrom.toMSecsSinceEpoch());
    else
        c.terms << QStringLiteral("o.completed_at IS NOT NULL");
    if (after) {
        c.add(QStringLiteral("(o.completed_at, o.id) < (:cursor_at, :cursor_id)"), QStringLiteral(":cursor_at"),
              after->completedAtMs);
        c.bindings.append({QStringLiteral(":cursor_id"), after->orderId});
    } else if (filter.completedBefore.isValid()) {
        c.add(QStringLiteral("o.completed_at < :before"), QStringLiteral(":before"),
              filter.completedBefore.toMSecsSinceEpoch());
    }
    return c;
}

Conditions returnConditions(const ReturnFilter &filter, const std::optional<ReturnCursor> &after)
{
    Conditions c;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        addTextMatch(c, QStringLiteral("r.order_id"), filter.companyId, text);
    else
        c.add(QStringLiteral("r.company_id = :company"), QStringLiteral(":company"), filter.companyId);
    if (filter.cancelled)
        c.add(QStringLiteral("r.cancelled = :cancelled"), QStringLiteral(":cancelled"), *filter.cancelled ? 1 : 0);
    if (filter.createdFrom.isValid())
        c.add(QStringLiteral("r.created_at >= :from"), QStringLiteral(":from"), filter.createdFrom.toMSecsSinceEpoch());
    if (after) {
        c.add(QStringLiteral("(r.created_at, r.id) < (:cursor_at, :cursor_id)"), QStringLiteral(":cursor_at"),
              after->createdAtMs);
        c.bindings.append({QStringLiteral(":cursor_id"), after->returnId});
    } else if (filter.createdBefore.isValid()) {
        c.add(QStringLiteral("r.created_at < :before"), QStringLiteral(":before"),
              filter.createdBefore.toMSecsSinceEpoch());
    }
    return c;
}

void bindAll(QSqlQuery &query, const Bindings &bindings)
{
    for (const auto &[placeholder, value] : bindings)
        query.bindValue(placeholder, value);
}

QString ordersSql(const Conditions &c, bool limited)
{
    return QStringLiteral("SELECT %1%2%3 ORDER BY o.completed_at DESC, o.id DESC%4")
        .arg(ORDER_COLUMNS, ORDER_FROM, c.where(), limited ? QStringLiteral(" LIMIT :limit") : QString());
}

QString returnsSql(const Conditions &c, bool limited)
{
    return QStringLiteral("SELECT %1%2%3 ORDER BY r.created_at DESC, r.id DESC%4")
        .arg(RETURN_COLUMNS, RETURN_FROM, c.where(), limited ? QStringLiteral(" LIMIT :limit") : QString());
}

Decimal decimalAt(const QSqlQuery &query, int column)
{
    return Decimal::fromUnits(query.value(column).toLongLong());
}

OrderSummary orderFromQuery(const QSqlQuery &query)
{
    OrderSummary summary;
    Order &order = summary.order;
    int i = 0;
    order.id = query.value(i++).toLongLong();
    order.companyId = query.value(i++).toLongLong();
    order.saleId = query.value(i++).toLongLong();
    order.shopId = query.value(i++).toLongLong();
    order.registerId = query.value(i++).toLongLong();
    order.employeeId = query.value(i++).toLongLong();
    order.status = query.value(i++).toString() == statusKey(OrderStatus::Cancelled) ? OrderStatus::Cancelled
                                                                                    : OrderStatus::Completed;
    order.referenceNumber = query.value(i++).toString();
    order.ticketNumber = query.value(i++).toString();
    order.subtotal = decimalAt(query, i++);
    order.discount = decimalAt(query, i++);
    order.tax = decimalAt(query, i++);
    order.total = decimalAt(query, i++);
    summary.hasUnmatchedLines = query.value(i++).toBool();
    summary.hasReturns = query.value(i++).toBool();
    order.completedAt = sqlvalues::timeFrom(query.value(i++));
    order.saleUpdatedAt = sqlvalues::timeFrom(query.value(i++));
    order.importedAt = sqlvalues::timeFrom(query.value(i++));
    order.cancelledAt = sqlvalues::timeFrom(query.value(i++));
    order.customer.id = query.value(i++).toLongLong();
    order.customer.lightspeedCustomerId = query.value(i++).toLongLong();
    order.customer.firstName = query.value(i++).toString();
    order.customer.lastName = query.value(i++).toString();
    order.customer.email = query.value(i++).toString();
    order.customer.placeholder = query.value(i++).toBool();
    return summary;
}

OrderLineDetail lineFromQuery(const QSqlQuery &query, int first)
{
    OrderLineDetail detail;
    OrderLine &line = detail.line;
    int i = first;
    line.id = query.value(i++).toLongLong();
    line.saleLineId = query.value(i++).toLongLong();
    line.itemId = query.value(i++).toLongLong();
    line.productId = query.value(i++).toLongLong();
    line.parentSaleLineId = query.value(i++).toLongLong();
    line.description = query.value(i++).toString();
    line.quantity = decimalAt(query, i++);
    line.unitPrice = decimalAt(query, i++);
    line.subtotal = decimalAt(query, i++);
    line.discount = decimalAt(query, i++);
    line.tax = decimalAt(query, i++);
    line.total = decimalAt(query, i++);
    detail.unmatched = query.value(i++).toBool();
    detail.productSku = query.value(i++).toString();
    detail.productName = query.value(i++).toString();
    return detail;
}

ReturnDetail returnFromQuery(const QSqlQuery &query)
{
    ReturnDetail detail;
    ReturnRecord &record = detail.record;
    int i = 0;
    record.id = query.value(i++).toLongLong();
    record.companyId = query.value(i++).toLongLong();
    record.orderId = query.value(i++).toLongLong();
    record.orderLineId = query.value(i++).toLongLong();
    record.originalOrderLineId = query.value(i++).toLongLong();
    record.productId = query.value(i++).toLongLong();
    record.warehouseId = query.value(i++).toLongLong();
    record.quantity = decimalAt(query, i++);
    record.amount = decimalAt(query, i++);
    record.createdAt = sqlvalues::timeFrom(query.value(i++));
    record.cancelled = query.value(i++).toBool();
    detail.saleId = query.value(i++).toLongLong();
    detail.referenceNumber = query.value(i++).toString();
    detail.ticketNumber = query.value(i++).toString();
    detail.itemId = query.value(i++).toLongLong();
    detail.description = query.value(i++).toString();
    detail.productSku = query.value(i++).toString();
    detail.productName = query.value(i++).toString();
    detail.warehouseName = query.value(i++).toString();
    return detail;
}

Result<QStringList> explain(QSqlDatabase db, const QString &sql, const Bindings &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return sqlError(query, Messages::tr("explain an order query"));
    bindAll(query, bindings);
    query.bindValue(QStringLiteral(":limit"), 201);
    if (!query.exec())
        return sqlError(query, Messages::tr("explain an order query"));
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps;
}

} // namespace

OrderQueries::OrderQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<OrderPage> OrderQueries::orders(const OrderFilter &filter, const std::optional<OrderCursor> &after,
                                       int limit) const
{
    limit = std::clamp(limit, 1, MAX_PAGE_SIZE);
    const Conditions conditions = orderConditions(filter, after);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(ordersSql(conditions, true));
    bindAll(query, conditions.bindings);
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the orders"));

    OrderPage page;
    while (query.next()) {
        if (page.orders.size() == limit) {
            const Order &last = page.orders.constLast().order;
            page.next = OrderCursor{last.completedAt.toMSecsSinceEpoch(), last.id};
            break;
        }
        page.orders << orderFromQuery(query);
    }
    return page;
}

Result<qint64> OrderQueries::countOrders(const OrderFilter &filter) const
{
    const Conditions conditions = orderConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o") + conditions.where());
    bindAll(query, conditions.bindings);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the orders"));
    return query.value(0).toLongLong();
}

Result<qint64> OrderQueries::countOrderLines(const OrderFilter &filter) const
{
    const Conditions conditions = orderConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id") +
                  conditions.where());
    bindAll(query, conditions.bindings);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the order lines"));
    return query.value(0).toLongLong();
}

Result<QList<OrderLineDetail>> OrderQueries::lines(qint64 orderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE "
                                 "l.order_id = :order ORDER BY l.sale_line_id")
                      .arg(LINE_COLUMNS));
    query.bindValue(QStringLiteral(":order"), orderId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the lines of the order"));
    QList<OrderLineDetail> lines;
    while (query.next())
        lines << lineFromQuery(query, 0);
    return lines;
}

Result<ReturnPage> OrderQueries::returns(const ReturnFilter &filter, const std::optional<ReturnCursor> &after,
                                         int limit) const
{
    limit = std::clamp(limit, 1, MAX_PAGE_SIZE);
    const Conditions conditions = returnConditions(filter, after);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(returnsSql(conditions, true));
    bindAll(query, conditions.bindings);
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the returns"));

    ReturnPage page;
    while (query.next()) {
        if (page.returns.size() == limit) {
            const ReturnRecord &last = page.returns.constLast().record;
            page.next = ReturnCursor{last.createdAt.toMSecsSinceEpoch(), last.id};
            break;
        }
        page.returns << returnFromQuery(query);
    }
    return page;
}

Result<qint64> OrderQueries::countReturns(const ReturnFilter &filter) const
{
    const Conditions conditions = returnConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM returns r") + conditions.where());
    bindAll(query, conditions.bindings);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the returns"));
    return query.value(0).toLongLong();
}

VoidResult OrderQueries::forEachOrder(const OrderFilter &filter,
                                      const std::function<bool(const OrderSummary &)> &visit) const
{
    const Conditions conditions = orderConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(ordersSql(conditions, false));
    bindAll(query, conditions.bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the orders"));
    while (query.next()) {
        if (!visit(orderFromQuery(query)))
            break;
    }
    return {};
}

VoidResult
OrderQueries::forEachOrderLine(const OrderFilter &filter,
                               const std::function<bool(const OrderSummary &, const OrderLineDetail &)> &visit) const
{
    // Lines follow the unique (order_id, sale_line_id) index, so the rows stream in index order
    // without a sort of the whole result.
    const Conditions conditions = orderConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2%3 JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON "
                                 "p.id = l.product_id%4 ORDER BY o.completed_at DESC, o.id DESC, l.sale_line_id")
                      .arg(ORDER_COLUMNS, LINE_COLUMNS, ORDER_FROM, conditions.where()));
    bindAll(query, conditions.bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the order lines"));
    while (query.next()) {
        if (!visit(orderFromQuery(query), lineFromQuery(query, ORDER_COLUMN_COUNT)))
            break;
    }
    return {};
}

VoidResult OrderQueries::forEachReturn(const ReturnFilter &filter,
                                       const std::function<bool(const ReturnDetail &)> &visit) const
{
    const Conditions conditions = returnConditions(filter, std::nullopt);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(returnsSql(conditions, false));
    bindAll(query, conditions.bindings);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the returns"));
    while (query.next()) {
        if (!visit(returnFromQuery(query)))
            break;
    }
    return {};
}

Result<QStringList> OrderQueries::explainOrdersQuery(const OrderFilter &filter,
                                                     const std::optional<OrderCursor> &after) const
{
    const Conditions conditions = orderConditions(filter, after);
    return explain(m_db, ordersSql(conditions, true), conditions.bindings);
}

Result<QStringList> OrderQueries::explainReturnsQuery(const ReturnFilter &filter,
                                                      const std::optional<ReturnCursor> &after) const
{
    const Conditions conditions = returnConditions(filter, after);
    return explain(m_db, returnsSql(conditions, true), conditions.bindings);
}

} // namespace posbridge
