#pragma once

#include "core/error.h"
#include "core/stock.h"
#include "storage/statementcache.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief A warehouse level that disagrees with the sum of its moves. */
struct LedgerMismatch
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    Decimal level;
    Decimal sumOfMoves;
};

/**
 * @brief The stock ledger: every change of a quantity is a move, and each level is the sum of its moves.
 *
 * addMove() writes the move and the level together. It does not open a transaction itself, so a
 * caller can book the moves of a whole order in the same transaction as the order. Outside a
 * transaction, each statement is atomic but the pair is not.
 */
class StockLedger
{
public:
    explicit StockLedger(QSqlDatabase db);

    /** @brief Appends a move, updates the level, and returns the move's id. */
    Result<qint64> addMove(const StockMove &move);
    /** @brief Sets a level by adding the difference as one move; returns 0 when nothing changed. */
    Result<qint64> setQuantity(qint64 companyId, qint64 productId, qint64 warehouseId, Decimal quantity,
                               StockMoveReason reason, const QString &note);

    Result<Decimal> quantity(qint64 productId, qint64 warehouseId) const;
    /** @brief Levels of several products in one warehouse; a product without a level has 0. */
    Result<QHash<qint64, Decimal>> quantities(qint64 warehouseId, const QList<qint64> &productIds) const;
    Result<QList<StockMove>> movesForOrder(qint64 orderId) const;
    Result<QList<StockMove>> movesForProduct(qint64 productId, qint64 warehouseId) const;

    /** @brief Levels of the company that differ from the sum of their moves; empty when consistent. */
    Result<QList<LedgerMismatch>> verify(qint64 companyId) const;

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace posbridge
