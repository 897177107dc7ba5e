#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace posbridge {

/** @brief The quantity of one product in one warehouse, with the names an export shows. */
struct StockLevelRow
{
    qint64 productId = 0;
    QString sku;
    QString productName;
    qint64 warehouseId = 0;
    QString warehouseName;
    Decimal quantity;
};

/** @brief Reads a company's stock levels for exports, in SKU and warehouse order. */
class StockLevelQueries
{
public:
    explicit StockLevelQueries(QSqlDatabase db);

    Result<qint64> count(qint64 companyId) const;
    /** @brief Calls visit for every level of the company until it returns false; pages by keyset. */
    VoidResult forEach(qint64 companyId, const std::function<bool(const StockLevelRow &)> &visit) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
