#include "lightspeed/itemchanges.h"

#include <QJsonArray>

namespace posbridge {

bool ItemChanges::isEmpty() const
{
    return !description && !customSku && !manufacturerSku && !upc && !ean && !itemType && !defaultCost &&
           !defaultPrice && stock.isEmpty();
}

QJsonObject ItemChanges::toJson() const
{
    QJsonObject body;
    const auto setText = [&body](const char *field, const std::optional<QString> &value) {
        if (value)
            body.insert(QLatin1String(field), *value);
    };
    setText("description", description);
    setText("customSku", customSku);
    setText("manufacturerSku", manufacturerSku);
    setText("upc", upc);
    setText("ean", ean);
    setText("itemType", itemType);
    if (defaultCost)
        body.insert(QLatin1String("defaultCost"), defaultCost->toString());

    if (defaultPrice) {
        QJsonObject price{
            {QStringLiteral("amount"), defaultPrice->toString()},
            {QStringLiteral("useType"), QStringLiteral("Default")},
            {QStringLiteral("useTypeID"), QStringLiteral("1")},
        };
        body.insert(QLatin1String("Prices"), QJsonObject{{QStringLiteral("ItemPrice"), QJsonArray{price}}});
    }

    if (!stock.isEmpty()) {
        QJsonArray rows;
        for (const Stock &entry : stock) {
            QJsonObject row;
            if (entry.itemShopId != 0)
                row.insert(QLatin1String("itemShopID"), QString::number(entry.itemShopId));
            else
                row.insert(QLatin1String("shopID"), QString::number(entry.shopId));
            row.insert(QLatin1String("qoh"), entry.qoh.toString());
            rows.append(row);
        }
        body.insert(QLatin1String("ItemShops"), QJsonObject{{QStringLiteral("ItemShop"), rows}});
    }
    return body;
}

} // namespace posbridge
