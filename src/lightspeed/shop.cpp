#include "lightspeed/shop.h"

#include "lightspeed/jsonrecordreader.h"

namespace posbridge {

Result<Shop> Shop::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Shop"));
    Shop shop;
    shop.shopId = reader.requiredId(QStringLiteral("shopID"));
    shop.name = reader.text(QStringLiteral("name"));
    shop.timeZone = reader.text(QStringLiteral("timeZone"));
    shop.archived = reader.flag(QStringLiteral("archived"));
    if (const auto error = reader.error())
        return *error;
    return shop;
}

} // namespace posbridge
