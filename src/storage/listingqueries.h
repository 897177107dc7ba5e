#pragma once

#include "core/error.h"
#include "core/product.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace posbridge {

/** @brief Which products the Listings page shows; an empty field does not filter. */
struct ListingFilter
{
    qint64 companyId = 0;
    /** The state as the page shows it: a disabled listing counts as NotListed whatever it holds. */
    std::optional<ListingState> state;
    /** Matched against the SKU (from its start), the name, the UPC, the EAN and the item's IDs and SKUs. */
    QString text;
};

/** @brief One product of the Listings page with its listing; listing.id is 0 when it has none. */
struct ListingRow
{
    Product product;
    Listing listing;
    bool archiveRequested = false;

    /** @brief The state the page shows: NotListed for a disabled listing, else the stored state. */
    [[nodiscard]] ListingState displayState() const
    {
        return listing.enabled ? listing.state : ListingState::NotListed;
    }
};

/** @brief Keyset position in the SKU-ordered list of products: the SKU key of the last row read. */
struct ListingCursor
{
    QString skuKey;
};

/** @brief One page of rows and where the next one starts. */
struct ListingPage
{
    QList<ListingRow> rows;
    std::optional<ListingCursor> next; ///< empty when no row follows
};

/** @brief A Lightspeed item that matched a product whose listing needs the admin's choice. */
struct ListingCandidate
{
    qint64 itemId = 0;
    QString systemSku;
    QString customSku;
    QString manufacturerSku;
    QString upc;
    QString ean;
    QString description;
    Decimal defaultPrice;
    Decimal defaultCost;
};

/**
 * @brief The read side of listings for the Listings page, the product picker and exports.
 *
 * Pages are read by keyset on (company_id, sku_key), the unique index of products, so page
 * 500 of 100,000 products costs what page 1 costs. Text search compares in lower case so the
 * same SQL runs on PostgreSQL.
 */
class ListingQueries
{
public:
    static constexpr int MAX_PAGE_SIZE = 1000;

    explicit ListingQueries(QSqlDatabase db);

    /** @brief Up to limit rows after the cursor (from the first SKU without one), ordered by SKU. */
    Result<ListingPage> page(const ListingFilter &filter, const std::optional<ListingCursor> &after, int limit) const;
    Result<qint64> count(const ListingFilter &filter) const;
    /** @brief The rows of these products, in no particular order. */
    Result<QList<ListingRow>> rowsForProducts(qint64 companyId, const QList<qint64> &productIds) const;
    /** @brief Calls visit for every matching row in SKU order until it returns false; for exports. */
    VoidResult forEach(const ListingFilter &filter, const std::function<bool(const ListingRow &)> &visit) const;
    /** @brief The items that matched the listing's product, as stored when the listing needed a choice. */
    Result<QList<ListingCandidate>> candidates(qint64 listingId) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
