#pragma once

#include "core/error.h"
#include "core/product.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace posbridge {

/**
 * @brief Listings: which products a company sells through Lightspeed and which item each is linked to.
 *
 * Every product has at most one listing; a product without a row is "not listed".
 */
class ListingRepository
{
public:
    explicit ListingRepository(QSqlDatabase db);

    Result<std::optional<Listing>> findByProduct(qint64 productId) const;
    /** @brief Listings of the company linked to these Lightspeed items, keyed by itemID. */
    Result<QHash<qint64, Listing>> findByItemIds(qint64 companyId, const QList<qint64> &itemIds) const;
    /** @brief Enabled listings linked to an item, ordered by id, from afterId on, at most limit of them. */
    Result<QList<Listing>> enabledLinked(qint64 companyId, qint64 afterId, int limit) const;
    /** @brief Enabled listings in the given states, ordered by id, from afterId on. */
    Result<QList<Listing>> enabledInStates(qint64 companyId, const QList<ListingState> &states, qint64 afterId,
                                           int limit) const;

    /** @brief Inserts or replaces the listing of listing.productId; returns its id. */
    Result<qint64> save(const Listing &listing);
    /** @brief Turns listing on or off for several products; creates "pending" rows as needed. */
    VoidResult setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled);
    /**
     * @brief Links the product to a Lightspeed item found by matching, without enabling the listing.
     *
     * An enabled listing keeps its state. A new one starts "linked" but not enabled, so order
     * download can resolve sale lines without the product being published.
     */
    VoidResult linkItem(qint64 companyId, qint64 productId, qint64 itemId, const QString &systemSku,
                        const QString &customSku, const QString &upc);
    /** @brief Records the quantity on Lightspeed after a write or a read, with the ItemShop timeStamp. */
    VoidResult recordPublishedQuantity(qint64 listingId, Decimal quantity, const QDateTime &itemShopTimeStamp);

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
