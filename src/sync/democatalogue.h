#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace posbridge {

/**
 * @brief The sandbox's shops and items with prices and stock, as its GET /sandbox/catalogue control
 * endpoint returns them. The demo builds a matching back-office catalogue from it.
 */
struct DemoCatalogue
{
    struct Shop
    {
        qint64 shopId = 0;
        QString name;
    };

    struct Item
    {
        qint64 itemId = 0;
        QString systemSku;
        QString customSku;
        QString manufacturerSku;
        QString upc;
        QString ean;
        QString description;
        Decimal price; ///< the Default price
        Decimal cost;  ///< defaultCost
        bool archived = false;
        QHash<qint64, qint64> quantityByShop; ///< qoh per shopID
    };

    QList<Shop> shops;
    QList<Item> items;

    /** @brief Parses the endpoint's JSON; an error names what is missing. */
    static Result<DemoCatalogue> fromJson(const QJsonObject &json);
    /** @brief Fetches and parses the catalogue of the sandbox at baseUrl; blocks for at most timeoutMs. */
    static Result<DemoCatalogue> fetch(const QUrl &baseUrl, int timeoutMs = 10'000);
};

} // namespace posbridge
