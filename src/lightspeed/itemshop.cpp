#include "lightspeed/itemshop.h"

#include "lightspeed/jsonrecordreader.h"

namespace posbridge {

Result<ItemShop> ItemShop::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("ItemShop"));
    ItemShop itemShop;
    itemShop.itemShopId = reader.requiredId(QStringLiteral("itemShopID"));
    itemShop.itemId = reader.requiredId(QStringLiteral("itemID"));
    itemShop.shopId = reader.integer(QStringLiteral("shopID"));
    itemShop.qoh = reader.decimal(QStringLiteral("qoh"));
    itemShop.sellable = reader.decimal(QStringLiteral("sellable"));
    itemShop.reorderPoint = reader.decimal(QStringLiteral("reorderPoint"));
    itemShop.reorderLevel = reader.decimal(QStringLiteral("reorderLevel"));
    itemShop.timeStamp = reader.time(QStringLiteral("timeStamp"));
    if (const auto error = reader.error())
        return *error;
    return itemShop;
}

} // namespace posbridge
