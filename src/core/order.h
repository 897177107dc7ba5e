#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief The customer of an order, or the placeholder customer when the sale had none. */
struct OrderCustomer
{
    qint64 id = 0;
    qint64 lightspeedCustomerId = 0; ///< 0 for the placeholder customer
    QString firstName;
    QString lastName;
    QString email;
    bool placeholder = false;
};

/** @brief One line of a downloaded sale. A negative quantity is a return. */
struct OrderLine
{
    qint64 id = 0;
    qint64 saleLineId = 0;       ///< Lightspeed saleLineID
    qint64 itemId = 0;           ///< Lightspeed itemID
    qint64 productId = 0;        ///< 0 when the item matched no product ("unknown item")
    qint64 parentSaleLineId = 0; ///< the original line of a refund, when Lightspeed gives one
    QString description;
    Decimal quantity;
    Decimal unitPrice;
    Decimal subtotal;
    Decimal discount;
    Decimal tax;
    Decimal total;

    [[nodiscard]] bool isUnmatched() const { return productId == 0; }
    [[nodiscard]] bool isReturn() const { return quantity.isNegative(); }
};

/** @brief A payment recorded on a sale. */
struct OrderPayment
{
    qint64 paymentId = 0; ///< Lightspeed salePaymentID
    QString paymentType;
    Decimal amount;
};

/** @brief State of a downloaded order. */
enum class OrderStatus
{
    Completed,
    Cancelled, ///< the sale was voided after import; its stock moves are reversed
};

/** @brief A completed Lightspeed sale imported as a back-office order. */
struct Order
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 saleId = 0; ///< Lightspeed saleID, unique per company
    qint64 shopId = 0;
    qint64 registerId = 0;
    qint64 employeeId = 0;
    OrderStatus status = OrderStatus::Completed;
    QString referenceNumber;
    QString ticketNumber;
    Decimal subtotal;
    Decimal discount;
    Decimal tax;
    Decimal total;
    QDateTime completedAt;
    QDateTime saleUpdatedAt;
    QDateTime importedAt;
    QDateTime cancelledAt;
    OrderCustomer customer;
    QList<OrderLine> lines;
    QList<OrderPayment> payments;

    [[nodiscard]] bool hasUnmatchedLines() const;
};

/** @brief Stock returned through a refund line, booked into the Returns Warehouse. */
struct ReturnRecord
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 orderId = 0;
    qint64 orderLineId = 0;
    qint64 originalOrderLineId = 0; ///< the local line that was refunded, when known
    qint64 productId = 0;
    qint64 warehouseId = 0;
    Decimal quantity; ///< positive: units coming back
    Decimal amount;   ///< positive: money refunded
    QDateTime createdAt;
    bool cancelled = false;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::Order)
