#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QString>

namespace posbridge {

/** @brief Why stock moved. Every quantity in a warehouse is the sum of its moves. */
enum class StockMoveReason
{
    Sale,       ///< a POS sale took units out of the Selling Warehouse
    Return,     ///< a refund brought units into the Returns Warehouse
    Void,       ///< reverses the moves of a sale voided after import
    Import,     ///< a CSV import set the quantity
    Adjustment, ///< a manual correction
};

QString stockMoveReasonKey(StockMoveReason reason);
std::optional<StockMoveReason> stockMoveReasonFromKey(QStringView key);

/** @brief One entry of the stock ledger. */
struct StockMove
{
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 productId = 0;
    qint64 warehouseId = 0;
    Decimal quantity; ///< signed: negative takes units out
    StockMoveReason reason = StockMoveReason::Adjustment;
    qint64 orderId = 0;
    qint64 orderLineId = 0;
    qint64 returnId = 0;
    QString note;
    QDateTime createdAt;
};

} // namespace posbridge
