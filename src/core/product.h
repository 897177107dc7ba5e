#pragma once

#include "core/decimal.h"
#include "core/skumatcher.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief A product of a company's back-office catalogue. Its custom SKU is unique within the company. */
struct Product
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString sku;
    QString name;
    QString upc;
    QString ean;
    QString manufacturerSku;
    Decimal price;
    Decimal cost;

    [[nodiscard]] ProductIdentifiers identifiers() const { return {sku, upc, ean, manufacturerSku, {}}; }
    bool operator==(const Product &) const = default;
};

/** @brief The state of a product in the company's Lightspeed catalogue. */
enum class ListingState
{
    NotListed,     ///< not enabled for Lightspeed
    Pending,       ///< enabled, not yet matched or created
    Linked,        ///< linked to an item that already existed on Lightspeed
    Created,       ///< POS Bridge created the Lightspeed item
    PendingUpdate, ///< name, price or cost changed since the last push
    NeedsChoice,   ///< several Lightspeed items match; the admin picks one
    Error,         ///< Lightspeed rejected the product; see the listing's error
};

QString listingStateKey(ListingState state);
std::optional<ListingState> listingStateFromKey(QStringView key);

/** @brief The link between a product and its Lightspeed item, with what was last sent or seen. */
struct Listing
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 productId = 0;
    bool enabled = false;
    ListingState state = ListingState::NotListed;
    qint64 itemId = 0; ///< Lightspeed itemID; 0 when not linked
    QString systemSku;
    QString customSku;
    QString upc;
    QString error;
    QList<qint64> candidateItemIds; ///< the matching items when state is NeedsChoice

    // The values on Lightspeed as last written or read, so that only changes are written.
    QString postedName;
    Decimal postedPrice;
    Decimal postedCost;
    std::optional<Decimal> publishedQuantity; ///< qoh last written or read for the selling shop
    QDateTime itemShopTimeStamp;              ///< ItemShop.timeStamp when that quantity was seen

    [[nodiscard]] bool isLinked() const { return itemId != 0; }
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::Product)
Q_DECLARE_METATYPE(posbridge::Listing)
