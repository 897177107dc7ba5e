#pragma once

#include "core/order.h"

#include <QDateTime>

namespace posbridge {

class ItemResolver;
struct Customer;
struct Sale;

/** @brief Turns a Lightspeed sale into a back-office order. */
class SaleMapper
{
public:
    /**
     * @brief Maps totals, tax, discounts, lines, payments and the given customer.
     *
     * Each line's product comes from items; an item it did not resolve gives productId 0,
     * an unknown item. The discount is the sale's calcDiscount when Lightspeed sent one, else
     * the sum of the line discounts.
     */
    static Order toOrder(const Sale &sale, qint64 companyId, const ItemResolver &items, const OrderCustomer &customer,
                         const QDateTime &importedAt);

    /** @brief The back-office form of a Lightspeed customer. */
    static OrderCustomer customerFrom(const Customer &customer);
    /** @brief The customer of a sale without one: the company's placeholder. */
    static OrderCustomer placeholderCustomer();
};

} // namespace posbridge
