#pragma once

#include "core/error.h"

#include <QJsonObject>

#include <optional>

namespace posbridge::sandbox {

class DataStore;
class SandboxClock;

/**
 * @brief Validates and applies Item writes: POST creates, PUT changes only the fields sent
 * (an empty value clears one), DELETE archives the item and zeroes its stock.
 *
 * A write is checked completely before anything changes; a failure is a 422 with a message.
 * Nested ItemShops set absolute quantities (never negative) and nested Prices set amounts by useType.
 */
class ItemWriter
{
public:
    ItemWriter(DataStore &store, const SandboxClock &clock);

    Result<qint64> create(const QJsonObject &body);
    VoidResult update(qint64 itemID, const QJsonObject &body);
    VoidResult archive(qint64 itemID);

    /** @brief Number of nested ItemShop and ItemPrice entities in a body, for the request cost. */
    static int nestedEntityCount(const QJsonObject &body);

private:
    struct StockChange
    {
        qint64 shopID = 0;
        std::optional<qint64> qoh;
        std::optional<qint64> reorderPoint;
        std::optional<qint64> reorderLevel;
    };
    struct PriceChange
    {
        QString useType;
        QString amount;
    };

    VoidResult validateFields(const QJsonObject &body, bool creating) const;
    Result<QList<StockChange>> parseStock(const QJsonObject &body, qint64 itemID) const;
    Result<QList<PriceChange>> parsePrices(const QJsonObject &body) const;
    bool applyFields(qint64 itemID, const QJsonObject &body, const QList<PriceChange> &prices);
    void applyStock(qint64 itemID, const QList<StockChange> &changes);

    DataStore &m_store;
    const SandboxClock &m_clock;
};

} // namespace posbridge::sandbox
