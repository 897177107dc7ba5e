#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>

namespace posbridge {

/** @brief The stock of one item in one shop; shopId 0 is Lightspeed's all-shops summary row. */
struct ItemShop
{
    qint64 itemShopId = 0;
    qint64 itemId = 0;
    qint64 shopId = 0;
    Decimal qoh;      ///< quantity on hand; may be negative after overselling
    Decimal sellable; ///< qoh floored at 0
    Decimal reorderPoint;
    Decimal reorderLevel;
    QDateTime timeStamp; ///< UTC; moves when the stock changes

    [[nodiscard]] bool isSummary() const { return shopId == 0; }

    static Result<ItemShop> fromJson(const QJsonObject &record);
};

} // namespace posbridge
