#include "storage/itemrematcher.h"

#include "storage/listingrepository.h"
#include "storage/orderrepository.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace posbridge {

ItemRematcher::ItemRematcher(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<RematchOutcome> ItemRematcher::rematch(qint64 companyId, qint64 itemId, qint64 productId,
                                              const OrderBooking &booking)
{
    QSqlQuery product(m_db);
    product.prepare(QStringLiteral("SELECT 1 FROM products WHERE id = :product AND company_id = :company"));
    product.bindValue(QStringLiteral(":product"), productId);
    product.bindValue(QStringLiteral(":company"), companyId);
    if (!product.exec())
        return sqlError(product, tr("look up the product"));
    if (!product.next())
        return makeError(ErrorCode::NotFound, tr("The product no longer exists in this company."));
    product.finish();

    Transaction transaction(m_db);
    if (auto linked = ListingRepository(m_db).linkItem(companyId, productId, itemId, {}, {}, {}); !linked)
        return linked.error();

    QList<qint64> lineIds;
    QSqlQuery lines(m_db);
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral("SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.unmatched "
                                 "= 1 AND l.item_id = :item AND o.company_id = :company ORDER BY l.id"));
    lines.bindValue(QStringLiteral(":item"), itemId);
    lines.bindValue(QStringLiteral(":company"), companyId);
    if (!lines.exec())
        return sqlError(lines, tr("find the order lines of the item"));
    while (lines.next())
        lineIds << lines.value(0).toLongLong();
    lines.finish();

    RematchOutcome outcome;
    OrderRepository orders(m_db);
    for (qint64 lineId : std::as_const(lineIds)) {
        const auto matched = orders.matchLine(lineId, productId, booking);
        if (!matched)
            return matched.error();
        if (*matched)
            ++outcome.linesMatched;
    }
    if (!transaction.commit())
        return makeError(ErrorCode::Database, tr("The database could not save the match; nothing was changed."));
    return outcome;
}

} // namespace posbridge
