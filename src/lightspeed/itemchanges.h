#pragma once

#include "core/decimal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posbridge {

/**
 * @brief The fields of an item to create or to change; unset fields are left out of the body.
 *
 * Lightspeed keeps the fields a PUT omits and charges for each nested entity, so a partial
 * update carries only what changes. Scalars are written as strings, as Lightspeed sends them.
 */
struct ItemChanges
{
    /** @brief An absolute quantity on hand for one shop, addressed by shopID or itemShopID. */
    struct Stock
    {
        qint64 shopId = 0;
        qint64 itemShopId = 0; ///< used instead of shopId when not 0
        Decimal qoh;
    };

    std::optional<QString> description;
    std::optional<QString> customSku;
    std::optional<QString> manufacturerSku;
    std::optional<QString> upc;
    std::optional<QString> ean;
    std::optional<QString> itemType;
    std::optional<Decimal> defaultCost;
    std::optional<Decimal> defaultPrice;
    QList<Stock> stock;

    [[nodiscard]] bool isEmpty() const;

    /**
     * @brief The request body, such as {"description":"Mug","ItemShops":{"ItemShop":[{"shopID":"1","qoh":"3"}]}}.
     *
     * The default price goes out as Prices.ItemPrice with useType "Default".
     */
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace posbridge
