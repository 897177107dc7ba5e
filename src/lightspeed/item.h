#pragma once

#include "core/decimal.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "core/skumatcher.h"
#include "lightspeed/itemshop.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posbridge {

/** @brief A Lightspeed item with its prices and, when loaded, its stock per shop. */
struct Item
{
    /** @brief One entry of Prices.ItemPrice. */
    struct Price
    {
        Decimal amount;
        QString useType; ///< "Default", "MSRP", "Online", …
    };

    qint64 itemId = 0;
    QString systemSku; ///< read-only barcode Lightspeed assigns
    QString customSku;
    QString manufacturerSku;
    QString upc;
    QString ean;
    QString description;
    QString itemType;
    Decimal defaultCost;
    bool archived = false;
    QDateTime timeStamp; ///< UTC; does not move when only the stock changes
    QList<Price> prices;
    QList<ItemShop> itemShops;

    /** @brief The amount of the "Default" price, when the item has one. */
    [[nodiscard]] std::optional<Decimal> defaultPrice() const;
    /** @brief The stock row of a shop, or nullptr when ItemShops were not loaded or lack it. */
    [[nodiscard]] const ItemShop *itemShop(qint64 shopId) const;
    /** @brief The value of one of the identifiers the SKU matching order uses. */
    [[nodiscard]] QString identifier(SkuField field) const;
    /** @brief The identifiers the SKU matching order compares, in the form SkuMatcher takes. */
    [[nodiscard]] ProductIdentifiers identifiers() const;

    static Result<Item> fromJson(const QJsonObject &record);
};

} // namespace posbridge
