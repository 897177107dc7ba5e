#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace posbridge {

struct OrderBooking;

/** @brief What resolving an unknown item did. */
struct RematchOutcome
{
    int linesMatched = 0; ///< order lines of the company that carried the item and were unmatched
};

/**
 * @brief Resolves an unknown Lightspeed item of imported sales to a product.
 *
 * In one transaction, it links the product's listing to the item (so later sales resolve
 * through it) and matches every unmatched order line of the company that carries the item,
 * which books their stock moves and returns as OrderRepository::matchLine() does.
 */
class ItemRematcher
{
    Q_DECLARE_TR_FUNCTIONS(ItemRematcher)

public:
    explicit ItemRematcher(QSqlDatabase db);

    Result<RematchOutcome> rematch(qint64 companyId, qint64 itemId, qint64 productId, const OrderBooking &booking);

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
