#include "sync/salemapper.h"

#include "lightspeed/sale.h"
#include "sync/itemresolver.h"

namespace posbridge {

Order SaleMapper::toOrder(const Sale &sale, qint64 companyId, const ItemResolver &items, const OrderCustomer &customer,
                          const QDateTime &importedAt)
{
    Order order;
    order.companyId = companyId;
    order.saleId = sale.saleId;
    order.shopId = sale.shopId;
    order.registerId = sale.registerId;
    order.employeeId = sale.employeeId;
    order.status = OrderStatus::Completed;
    order.referenceNumber = sale.referenceNumber;
    order.ticketNumber = sale.ticketNumber;
    order.subtotal = sale.calcSubtotal;
    order.tax = sale.calcTax1;
    order.total = sale.calcTotal;
    order.completedAt = sale.completeTime;
    order.saleUpdatedAt = sale.updateTime;
    order.importedAt = importedAt;
    order.customer = customer;

    Decimal lineDiscounts;
    for (const SaleLine &saleLine : sale.lines) {
        const ItemResolver::Resolution resolution = items.resolution(saleLine.itemId);
        OrderLine line;
        line.saleLineId = saleLine.saleLineId;
        line.itemId = saleLine.itemId;
        line.productId = resolution.productId;
        line.parentSaleLineId = saleLine.parentSaleLineId;
        line.description = resolution.description;
        line.quantity = saleLine.unitQuantity;
        line.unitPrice = saleLine.unitPrice;
        line.subtotal = saleLine.calcSubtotal;
        line.discount = saleLine.discount.value_or(Decimal());
        line.tax = saleLine.calcTax1;
        line.total = saleLine.calcTotal;
        lineDiscounts += line.discount;
        order.lines << line;
    }
    order.discount = sale.calcDiscount.value_or(lineDiscounts);

    for (const SalePayment &salePayment : sale.payments) {
        OrderPayment payment;
        payment.paymentId = salePayment.salePaymentId;
        // The type's name comes only with the PaymentType relation, which costs extra drips, so the ID
        // stands in for it. Like the placeholder customer's name, this is data, stored once in English.
        payment.paymentType = salePayment.paymentTypeName.isEmpty()
                                  ? QStringLiteral("Payment type %1").arg(salePayment.paymentTypeId)
                                  : salePayment.paymentTypeName;
        payment.amount = salePayment.amount;
        order.payments << payment;
    }
    return order;
}

OrderCustomer SaleMapper::customerFrom(const Customer &customer)
{
    OrderCustomer mapped;
    mapped.lightspeedCustomerId = customer.customerId;
    mapped.firstName = customer.firstName;
    mapped.lastName =
        customer.lastName.isEmpty() && customer.firstName.isEmpty() ? customer.company : customer.lastName;
    mapped.email = customer.email;
    return mapped;
}

OrderCustomer SaleMapper::placeholderCustomer()
{
    OrderCustomer placeholder;
    placeholder.placeholder = true;
    return placeholder;
}

} // namespace posbridge
