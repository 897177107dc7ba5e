#pragma once

// Builds companies, products and downloaded orders through the storage layer's own write
// paths, for tests of the Orders page, order queries and exports. Header-only, so only tests
// that link the storage layer include it.

#include "core/order.h"
#include "storage/companyrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/warehouserepository.h"

#include <QSqlDatabase>

namespace posbridge::testing {

/** A company with a Store and a Returns warehouse and one product, "MUG-1". */
struct SeededCompany
{
    qint64 id = 0;
    OrderBooking booking;
    qint64 productId = 0;
};

inline SeededCompany seedCompany(QSqlDatabase db, const QString &name)
{
    SeededCompany seeded;
    auto company = CompanyRepository(db).add(name);
    if (!company)
        qFatal("could not add company: %s", qPrintable(company.error().toLogString()));
    seeded.id = company->id;
    seeded.booking.sellingWarehouseId = WarehouseRepository(db).add(seeded.id, QStringLiteral("Store"))->id;
    seeded.booking.returnsWarehouseId = WarehouseRepository(db).add(seeded.id, QStringLiteral("Returns"))->id;
    Product mug;
    mug.companyId = seeded.id;
    mug.sku = QStringLiteral("MUG-1");
    mug.name = QStringLiteral("Mug");
    seeded.productId = ProductRepository(db).insert(mug)->id;
    return seeded;
}

/** A sale line; productId 0 makes it an unknown item. */
inline OrderLine saleLine(qint64 saleLineId, qint64 itemId, qint64 productId, const QString &quantity,
                          const QString &price, const QString &description = {})
{
    OrderLine line;
    line.saleLineId = saleLineId;
    line.itemId = itemId;
    line.productId = productId;
    line.quantity = *Decimal::parse(quantity);
    line.unitPrice = *Decimal::parse(price);
    line.subtotal = line.unitPrice.multipliedBy(line.quantity);
    line.total = line.subtotal;
    line.description = description.isEmpty() ? QStringLiteral("Line %1").arg(saleLineId) : description;
    return line;
}

inline Order sale(qint64 companyId, qint64 saleId, const QDateTime &completedAt, QList<OrderLine> lines)
{
    Order order;
    order.companyId = companyId;
    order.saleId = saleId;
    order.shopId = 1;
    order.ticketNumber = QStringLiteral("T%1").arg(saleId);
    order.referenceNumber = QStringLiteral("REF-%1").arg(saleId);
    order.completedAt = completedAt;
    order.saleUpdatedAt = completedAt;
    order.lines = std::move(lines);
    for (const OrderLine &line : order.lines) {
        order.subtotal += line.subtotal;
        order.total += line.total;
    }
    order.payments.append({saleId * 10, QStringLiteral("Cash"), order.total});
    return order;
}

/** Imports the sale through OrderRepository and returns the order id; stops the test run on failure. */
inline qint64 importSale(QSqlDatabase db, const Order &order, const OrderBooking &booking)
{
    auto outcome = OrderRepository(db).importOrder(order, booking);
    if (!outcome)
        qFatal("could not import sale %lld: %s", order.saleId, qPrintable(outcome.error().toLogString()));
    return outcome->orderId;
}

} // namespace posbridge::testing
