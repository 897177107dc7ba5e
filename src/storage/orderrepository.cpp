#include "storage/orderrepository.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"
#include "storage/stockledger.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)
};

QString orderStatusKey(OrderStatus status)
{
    return status == OrderStatus::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("completed");
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<qint64>> OrderRepository::findOrderId(qint64 companyId, qint64 saleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM orders WHERE company_id = :company AND sale_id = :sale"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":sale"), saleId);
    if (!query.exec())
        return sqlError(query, Messages::tr("look up the order"));
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> OrderRepository::customerIdFor(qint64 companyId, const OrderCustomer &customer)
{
    const bool placeholder = customer.lightspeedCustomerId == 0;
    QSqlQuery find(m_db);
    find.prepare(
        QStringLiteral("SELECT id FROM customers WHERE company_id = :company AND lightspeed_customer_id = :ls"));
    find.bindValue(QStringLiteral(":company"), companyId);
    find.bindValue(QStringLiteral(":ls"), customer.lightspeedCustomerId);
    if (!find.exec())
        return sqlError(find, Messages::tr("look up the customer"));
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        if (placeholder)
            return id;
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE customers SET first_name = :first, last_name = :last, email = :email "
                                      "WHERE id = :id"));
        update.bindValue(QStringLiteral(":first"), sqlvalues::text(customer.firstName));
        update.bindValue(QStringLiteral(":last"), sqlvalues::text(customer.lastName));
        update.bindValue(QStringLiteral(":email"), sqlvalues::text(customer.email));
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec())
            return sqlError(update, Messages::tr("update the customer"));
        return id;
    }

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO customers (company_id, lightspeed_customer_id, first_name, last_name, "
                                  "email, placeholder) VALUES (:company, :ls, :first, :last, :email, :placeholder) "
                                  "RETURNING id"));
    insert.bindValue(QStringLiteral(":company"), companyId);
    insert.bindValue(QStringLiteral(":ls"), customer.lightspeedCustomerId);
    // The placeholder's name is data, not interface text: it is stored once, in English.
    insert.bindValue(QStringLiteral(":first"),
                     placeholder ? QStringLiteral("Walk-in") : sqlvalues::text(customer.firstName));
    insert.bindValue(QStringLiteral(":last"),
                     placeholder ? QStringLiteral("Customer") : sqlvalues::text(customer.lastName));
    insert.bindValue(QStringLiteral(":email"), placeholder ? QStringLiteral("") : sqlvalues::text(customer.email));
    insert.bindValue(QStringLiteral(":placeholder"), int(placeholder));
    if (!insert.exec() || !insert.next())
        return sqlError(insert, Messages::tr("add the customer"));
    return insert.value(0).toLongLong();
}

Result<qint64> OrderRepository::insertOrderRow(const Order &order, qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO orders (company_id, sale_id, shop_id, register_id, employee_id, customer_id, status, "
        "reference_number, ticket_number, subtotal, discount, tax, total, has_unmatched_lines, has_returns, "
        "completed_at, sale_updated_at, imported_at, cancelled_at) VALUES (:company, :sale, :shop, :register, "
        ":employee, :customer, :status, :reference, :ticket, :subtotal, :discount, :tax, :total, 0, 0, :completed, "
        ":updated, :imported, NULL) RETURNING id"));
    query.bindValue(QStringLiteral(":company"), order.companyId);
    query.bindValue(QStringLiteral(":sale"), order.saleId);
    query.bindValue(QStringLiteral(":shop"), order.shopId);
    query.bindValue(QStringLiteral(":register"), order.registerId);
    query.bindValue(QStringLiteral(":employee"), order.employeeId);
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":status"), orderStatusKey(OrderStatus::Completed));
    query.bindValue(QStringLiteral(":reference"), sqlvalues::text(order.referenceNumber));
    query.bindValue(QStringLiteral(":ticket"), sqlvalues::text(order.ticketNumber));
    query.bindValue(QStringLiteral(":subtotal"), order.subtotal.units());
    query.bindValue(QStringLiteral(":discount"), order.discount.units());
    query.bindValue(QStringLiteral(":tax"), order.tax.units());
    query.bindValue(QStringLiteral(":total"), order.total.units());
    query.bindValue(QStringLiteral(":completed"), sqlvalues::timeOrNull(order.completedAt));
    query.bindValue(QStringLiteral(":updated"), sqlvalues::timeOrNull(order.saleUpdatedAt));
    query.bindValue(
        QStringLiteral(":imported"),
        (order.importedAt.isValid() ? order.importedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("store the order"));
    return query.value(0).toLongLong();
}

Result<qint64> OrderRepository::insertLine(qint64 orderId, const OrderLine &line)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO order_lines (order_id, sale_line_id, item_id, product_id, parent_sale_line_id, description, "
        "quantity, unit_price, subtotal, discount, tax, total, unmatched) VALUES (:order, :sale_line, :item, "
        ":product, :parent, :description, :quantity, :unit_price, :subtotal, :discount, :tax, :total, :unmatched) "
        "RETURNING id"));
    query.bindValue(QStringLiteral(":order"), orderId);
    query.bindValue(QStringLiteral(":sale_line"), line.saleLineId);
    query.bindValue(QStringLiteral(":item"), line.itemId);
    query.bindValue(QStringLiteral(":product"), sqlvalues::idOrNull(line.productId));
    query.bindValue(QStringLiteral(":parent"), line.parentSaleLineId);
    query.bindValue(QStringLiteral(":description"), sqlvalues::text(line.description));
    query.bindValue(QStringLiteral(":quantity"), line.quantity.units());
    query.bindValue(QStringLiteral(":unit_price"), line.unitPrice.units());
    query.bindValue(QStringLiteral(":subtotal"), line.subtotal.units());
    query.bindValue(QStringLiteral(":discount"), line.discount.units());
    query.bindValue(QStringLiteral(":tax"), line.tax.units());
    query.bindValue(QStringLiteral(":total"), line.total.units());
    query.bindValue(QStringLiteral(":unmatched"), int(line.isUnmatched()));
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("store the order line"));
    return query.value(0).toLongLong();
}

VoidResult OrderRepository::insertPayment(qint64 orderId, const OrderPayment &payment)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO order_payments (order_id, payment_id, payment_type, amount) VALUES "
                                 "(:order, :payment, :type, :amount)"));
    query.bindValue(QStringLiteral(":order"), orderId);
    query.bindValue(QStringLiteral(":payment"), payment.paymentId);
    query.bindValue(QStringLiteral(":type"), sqlvalues::text(payment.paymentType));
    query.bindValue(QStringLiteral(":amount"), payment.amount.units());
    if (!query.exec())
        return sqlError(query, Messages::tr("store the payment"));
    return {};
}

Result<qint64> OrderRepository::originalLineId(qint64 companyId, qint64 parentSaleLineId) const
{
    if (parentSaleLineId == 0)
        return qint64(0);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
                                 "o.company_id = :company AND l.sale_line_id = :line"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":line"), parentSaleLineId);
    if (!query.exec())
        return sqlError(query, Messages::tr("look up the refunded line"));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::pair<int, int>> OrderRepository::bookLine(const Order &order, qint64 orderId, qint64 lineId,
                                                      const OrderLine &line, const OrderBooking &booking)
{
    StockLedger ledger(m_db);
    StockMove move;
    move.companyId = order.companyId;
    move.productId = line.productId;
    move.orderId = orderId;
    move.orderLineId = lineId;
    move.createdAt = order.completedAt;

    if (!line.isReturn()) {
        if (line.productId == 0 || booking.sellingWarehouseId == 0 || line.quantity.isZero())
            return std::make_pair(0, 0);
        move.warehouseId = booking.sellingWarehouseId;
        move.quantity = -line.quantity;
        move.reason = StockMoveReason::Sale;
        if (auto added = ledger.addMove(move); !added)
            return added.error();
        return std::make_pair(1, 0);
    }

    // A refund line: the return is recorded even when the item is unknown, the move only when it is not.
    const auto original = originalLineId(order.companyId, line.parentSaleLineId);
    if (!original)
        return original.error();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO returns (company_id, order_id, order_line_id, original_order_line_id, product_id, warehouse_id, "
        "quantity, amount, created_at, cancelled) VALUES (:company, :order, :line, :original, :product, :warehouse, "
        ":quantity, :amount, :created, 0) RETURNING id"));
    insert.bindValue(QStringLiteral(":company"), order.companyId);
    insert.bindValue(QStringLiteral(":order"), orderId);
    insert.bindValue(QStringLiteral(":line"), lineId);
    insert.bindValue(QStringLiteral(":original"), sqlvalues::idOrNull(*original));
    insert.bindValue(QStringLiteral(":product"), sqlvalues::idOrNull(line.productId));
    insert.bindValue(QStringLiteral(":warehouse"), sqlvalues::idOrNull(booking.returnsWarehouseId));
    insert.bindValue(QStringLiteral(":quantity"), (-line.quantity).units());
    insert.bindValue(QStringLiteral(":amount"), (-line.total).units());
    insert.bindValue(
        QStringLiteral(":created"),
        (order.completedAt.isValid() ? order.completedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    if (!insert.exec() || !insert.next())
        return sqlError(insert, Messages::tr("store the return"));
    const qint64 returnId = insert.value(0).toLongLong();

    if (line.productId == 0 || booking.returnsWarehouseId == 0)
        return std::make_pair(0, 1);
    move.warehouseId = booking.returnsWarehouseId;
    move.quantity = -line.quantity;
    move.reason = StockMoveReason::Return;
    move.returnId = returnId;
    if (auto added = ledger.addMove(move); !added)
        return added.error();
    return std::make_pair(1, 1);
}

VoidResult OrderRepository::refreshFlags(qint64 orderId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE orders SET has_unmatched_lines = CASE WHEN EXISTS (SELECT 1 FROM order_lines WHERE order_id = :id "
        "AND unmatched = 1) THEN 1 ELSE 0 END, has_returns = CASE WHEN EXISTS (SELECT 1 FROM order_lines WHERE "
        "order_id = :id AND quantity < 0) THEN 1 ELSE 0 END WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), orderId);
    if (!query.exec())
        return sqlError(query, Messages::tr("update the order"));
    return {};
}

Result<ImportOutcome> OrderRepository::importOrder(const Order &order, const OrderBooking &booking)
{
    ImportOutcome outcome;
    const auto existing = findOrderId(order.companyId, order.saleId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        outcome.orderId = **existing;
        return outcome;
    }

    const auto customerId = customerIdFor(order.companyId, order.customer);
    if (!customerId)
        return customerId.error();
    const auto orderId = insertOrderRow(order, *customerId);
    if (!orderId)
        return orderId.error();
    outcome.orderId = *orderId;

    for (const OrderLine &line : order.lines) {
        const auto lineId = insertLine(*orderId, line);
        if (!lineId)
            return lineId.error();
        if (line.isUnmatched())
            ++outcome.unmatchedLines;
        const auto booked = bookLine(order, *orderId, *lineId, line, booking);
        if (!booked)
            return booked.error();
        outcome.movesBooked += booked->first;
        outcome.returnsBooked += booked->second;
    }
    for (const OrderPayment &payment : order.payments) {
        if (auto inserted = insertPayment(*orderId, payment); !inserted)
            return inserted.error();
    }
    if (auto flags = refreshFlags(*orderId); !flags)
        return flags.error();
    return outcome;
}

Result<bool> OrderRepository::cancelOrder(qint64 companyId, qint64 saleId, const QDateTime &cancelledAt)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id, status FROM orders WHERE company_id = :company AND sale_id = :sale"));
    find.bindValue(QStringLiteral(":company"), companyId);
    find.bindValue(QStringLiteral(":sale"), saleId);
    if (!find.exec())
        return sqlError(find, Messages::tr("look up the order"));
    if (!find.next() || find.value(1).toString() == orderStatusKey(OrderStatus::Cancelled))
        return false;
    const qint64 orderId = find.value(0).toLongLong();

    StockLedger ledger(m_db);
    const auto moves = ledger.movesForOrder(orderId);
    if (!moves)
        return moves.error();
    for (const StockMove &original : *moves) {
        if (original.reason == StockMoveReason::Void)
            continue;
        StockMove reverse = original;
        reverse.id = 0;
        reverse.quantity = -original.quantity;
        reverse.reason = StockMoveReason::Void;
        reverse.createdAt = cancelledAt;
        reverse.note = Messages::tr("Sale %1 voided").arg(saleId);
        if (auto added = ledger.addMove(reverse); !added)
            return added.error();
    }

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE orders SET status = :status, cancelled_at = :at WHERE id = :id"));
    update.bindValue(QStringLiteral(":status"), orderStatusKey(OrderStatus::Cancelled));
    update.bindValue(QStringLiteral(":at"),
                     sqlvalues::timeOrNull(cancelledAt.isValid() ? cancelledAt : QDateTime::currentDateTimeUtc()));
    update.bindValue(QStringLiteral(":id"), orderId);
    if (!update.exec())
        return sqlError(update, Messages::tr("cancel the order"));

    QSqlQuery returns(m_db);
    returns.prepare(QStringLiteral("UPDATE returns SET cancelled = 1 WHERE order_id = :id"));
    returns.bindValue(QStringLiteral(":id"), orderId);
    if (!returns.exec())
        return sqlError(returns, Messages::tr("cancel the order's returns"));
    return true;
}

Result<bool> OrderRepository::matchLine(qint64 orderLineId, qint64 productId, const OrderBooking &booking)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT o.id, o.company_id, o.status, o.completed_at, l.unmatched, l.quantity, "
                                "l.parent_sale_line_id, l.total FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                "WHERE l.id = :line"));
    find.bindValue(QStringLiteral(":line"), orderLineId);
    if (!find.exec())
        return sqlError(find, Messages::tr("look up the order line"));
    if (!find.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The order line no longer exists."));
    if (find.value(4).toInt() == 0)
        return false;

    Order order;
    order.id = find.value(0).toLongLong();
    order.companyId = find.value(1).toLongLong();
    order.completedAt = sqlvalues::timeFrom(find.value(3));
    const bool cancelled = find.value(2).toString() == orderStatusKey(OrderStatus::Cancelled);
    OrderLine line;
    line.productId = productId;
    line.quantity = Decimal::fromUnits(find.value(5).toLongLong());
    line.parentSaleLineId = find.value(6).toLongLong();
    line.total = Decimal::fromUnits(find.value(7).toLongLong());

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE order_lines SET product_id = :product, unmatched = 0 WHERE id = :line"));
    update.bindValue(QStringLiteral(":product"), productId);
    update.bindValue(QStringLiteral(":line"), orderLineId);
    if (!update.exec())
        return sqlError(update, Messages::tr("link the order line"));

    if (!cancelled) {
        if (line.isReturn()) {
            // The return row exists already (recorded without a product); give it the product and book the move.
            QSqlQuery ret(m_db);
            ret.prepare(QStringLiteral("UPDATE returns SET product_id = :product, warehouse_id = :warehouse WHERE "
                                       "order_line_id = :line RETURNING id"));
            ret.bindValue(QStringLiteral(":product"), productId);
            ret.bindValue(QStringLiteral(":warehouse"), sqlvalues::idOrNull(booking.returnsWarehouseId));
            ret.bindValue(QStringLiteral(":line"), orderLineId);
            if (!ret.exec() || !ret.next())
                return sqlError(ret, Messages::tr("update the return"));
            if (booking.returnsWarehouseId != 0) {
                StockMove move;
                move.companyId = order.companyId;
                move.productId = productId;
                move.warehouseId = booking.returnsWarehouseId;
                move.quantity = -line.quantity;
                move.reason = StockMoveReason::Return;
                move.orderId = order.id;
                move.orderLineId = orderLineId;
                move.returnId = ret.value(0).toLongLong();
                if (auto added = StockLedger(m_db).addMove(move); !added)
                    return added.error();
            }
        } else {
            const auto booked = bookLine(order, order.id, orderLineId, line, booking);
            if (!booked)
                return booked.error();
        }
    }
    if (auto flags = refreshFlags(order.id); !flags)
        return flags.error();
    return true;
}

Result<Order> OrderRepository::load(qint64 orderId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.company_id, o.sale_id, o.shop_id, o.register_id, o.employee_id, o.status, o.reference_number, "
        "o.ticket_number, o.subtotal, o.discount, o.tax, o.total, o.completed_at, o.sale_updated_at, o.imported_at, "
        "o.cancelled_at, c.id, c.lightspeed_customer_id, c.first_name, c.last_name, c.email, c.placeholder FROM "
        "orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = :id"));
    query.bindValue(QStringLiteral(":id"), orderId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the order"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The order no longer exists."));

    Order order;
    int i = 0;
    order.id = query.value(i++).toLongLong();
    order.companyId = query.value(i++).toLongLong();
    order.saleId = query.value(i++).toLongLong();
    order.shopId = query.value(i++).toLongLong();
    order.registerId = query.value(i++).toLongLong();
    order.employeeId = query.value(i++).toLongLong();
    order.status = query.value(i++).toString() == orderStatusKey(OrderStatus::Cancelled) ? OrderStatus::Cancelled
                                                                                         : OrderStatus::Completed;
    order.referenceNumber = query.value(i++).toString();
    order.ticketNumber = query.value(i++).toString();
    order.subtotal = Decimal::fromUnits(query.value(i++).toLongLong());
    order.discount = Decimal::fromUnits(query.value(i++).toLongLong());
    order.tax = Decimal::fromUnits(query.value(i++).toLongLong());
    order.total = Decimal::fromUnits(query.value(i++).toLongLong());
    order.completedAt = sqlvalues::timeFrom(query.value(i++));
    order.saleUpdatedAt = sqlvalues::timeFrom(query.value(i++));
    order.importedAt = sqlvalues::timeFrom(query.value(i++));
    order.cancelledAt = sqlvalues::timeFrom(query.value(i++));
    order.customer.id = query.value(i++).toLongLong();
    order.customer.lightspeedCustomerId = query.value(i++).toLongLong();
    order.customer.firstName = query.value(i++).toString();
    order.customer.lastName = query.value(i++).toString();
    order.customer.email = query.value(i++).toString();
    order.customer.placeholder = query.value(i++).toInt() != 0;

    QSqlQuery lines(m_db);
    lines.prepare(QStringLiteral("SELECT id, sale_line_id, item_id, COALESCE(product_id, 0), parent_sale_line_id, "
                                 "description, quantity, unit_price, subtotal, discount, tax, total FROM order_lines "
                                 "WHERE order_id = :id ORDER BY id"));
    lines.bindValue(QStringLiteral(":id"), orderId);
    if (!lines.exec())
        return sqlError(lines, Messages::tr("read the order lines"));
    while (lines.next()) {
        OrderLine line;
        int j = 0;
        line.id = lines.value(j++).toLongLong();
        line.saleLineId = lines.value(j++).toLongLong();
        line.itemId = lines.value(j++).toLongLong();
        line.productId = lines.value(j++).toLongLong();
        line.parentSaleLineId = lines.value(j++).toLongLong();
        line.description = lines.value(j++).toString();
        line.quantity = Decimal::fromUnits(lines.value(j++).toLongLong());
        line.unitPrice = Decimal::fromUnits(lines.value(j++).toLongLong());
        line.subtotal = Decimal::fromUnits(lines.value(j++).toLongLong());
        line.discount = Decimal::fromUnits(lines.value(j++).toLongLong());
        line.tax = Decimal::fromUnits(lines.value(j++).toLongLong());
        line.total = Decimal::fromUnits(lines.value(j++).toLongLong());
        order.lines << line;
    }

    QSqlQuery payments(m_db);
    payments.prepare(QStringLiteral("SELECT payment_id, payment_type, amount FROM order_payments WHERE order_id = :id "
                                    "ORDER BY id"));
    payments.bindValue(QStringLiteral(":id"), orderId);
    if (!payments.exec())
        return sqlError(payments, Messages::tr("read the payments"));
    while (payments.next())
        order.payments.append({payments.value(0).toLongLong(), payments.value(1).toString(),
                               Decimal::fromUnits(payments.value(2).toLongLong())});
    return order;
}

} // namespace posbridge
