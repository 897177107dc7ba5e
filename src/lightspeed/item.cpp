#include "lightspeed/item.h"

#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"

namespace posbridge {

std::optional<Decimal> Item::defaultPrice() const
{
    for (const Price &price : prices) {
        if (price.useType.compare(QLatin1String("Default"), Qt::CaseInsensitive) == 0)
            return price.amount;
    }
    return std::nullopt;
}

const ItemShop *Item::itemShop(qint64 shopId) const
{
    for (const ItemShop &row : itemShops) {
        if (row.shopId == shopId)
            return &row;
    }
    return nullptr;
}

QString Item::identifier(SkuField field) const
{
    return identifiers().value(field);
}

ProductIdentifiers Item::identifiers() const
{
    return {customSku, upc, ean, manufacturerSku, systemSku};
}

Result<Item> Item::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Item"));
    Item item;
    item.itemId = reader.requiredId(QStringLiteral("itemID"));
    item.systemSku = reader.text(QStringLiteral("systemSku"));
    item.customSku = reader.text(QStringLiteral("customSku"));
    item.manufacturerSku = reader.text(QStringLiteral("manufacturerSku"));
    item.upc = reader.text(QStringLiteral("upc"));
    item.ean = reader.text(QStringLiteral("ean"));
    item.description = reader.text(QStringLiteral("description"));
    item.itemType = reader.text(QStringLiteral("itemType"));
    item.defaultCost = reader.decimal(QStringLiteral("defaultCost"));
    item.archived = reader.flag(QStringLiteral("archived"));
    item.timeStamp = reader.time(QStringLiteral("timeStamp"));
    if (const auto error = reader.error())
        return *error;

    for (const QJsonObject &priceRecord :
         LightspeedJson::relation(record, QStringLiteral("Prices"), QStringLiteral("ItemPrice"))) {
        JsonRecordReader priceReader(priceRecord, QStringLiteral("ItemPrice"));
        Price price;
        price.amount = priceReader.decimal(QStringLiteral("amount"));
        price.useType = priceReader.text(QStringLiteral("useType"));
        if (const auto error = priceReader.error())
            return *error;
        item.prices.append(price);
    }

    auto itemShops = parseRecords<ItemShop>(
        LightspeedJson::relation(record, QStringLiteral("ItemShops"), QStringLiteral("ItemShop")));
    if (!itemShops)
        return itemShops.error();
    item.itemShops = std::move(itemShops).value();
    return item;
}

} // namespace posbridge
