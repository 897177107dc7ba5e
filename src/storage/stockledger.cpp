#include "storage/stockledger.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(StockLedger)
};

const QString MOVE_COLUMNS = QStringLiteral(
    "id, company_id, product_id, warehouse_id, quantity, reason, order_id, order_line_id, return_id, note, created_at");

StockMove moveFromQuery(const QSqlQuery &query)
{
    StockMove move;
    move.id = query.value(0).toLongLong();
    move.companyId = query.value(1).toLongLong();
    move.productId = query.value(2).toLongLong();
    move.warehouseId = query.value(3).toLongLong();
    move.quantity = Decimal::fromUnits(query.value(4).toLongLong());
    move.reason = stockMoveReasonFromKey(query.value(5).toString()).value_or(StockMoveReason::Adjustment);
    move.orderId = query.value(6).toLongLong();
    move.orderLineId = query.value(7).toLongLong();
    move.returnId = query.value(8).toLongLong();
    move.note = query.value(9).toString();
    move.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    return move;
}

} // namespace

StockLedger::StockLedger(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{
}

Result<qint64> StockLedger::addMove(const StockMove &move)
{
    const qint64 now =
        move.createdAt.isValid() ? move.createdAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();

    PreparedStatement insert = m_statements.prepared(QStringLiteral(
        "INSERT INTO stock_moves (company_id, product_id, warehouse_id, quantity, reason, order_id, order_line_id, "
        "return_id, note, created_at) VALUES (:company, :product, :warehouse, :quantity, :reason, :order, :line, "
        ":return, :note, :created) RETURNING id"));
    insert.bindValue(QStringLiteral(":company"), move.companyId);
    insert.bindValue(QStringLiteral(":product"), move.productId);
    insert.bindValue(QStringLiteral(":warehouse"), move.warehouseId);
    insert.bindValue(QStringLiteral(":quantity"), move.quantity.units());
    insert.bindValue(QStringLiteral(":reason"), stockMoveReasonKey(move.reason));
    insert.bindValue(QStringLiteral(":order"), sqlvalues::idOrNull(move.orderId));
    insert.bindValue(QStringLiteral(":line"), sqlvalues::idOrNull(move.orderLineId));
    insert.bindValue(QStringLiteral(":return"), sqlvalues::idOrNull(move.returnId));
    insert.bindValue(QStringLiteral(":note"), move.note.isNull() ? QStringLiteral("") : move.note);
    insert.bindValue(QStringLiteral(":created"), now);
    if (!insert.exec() || !insert.next())
        return sqlError(insert, Messages::tr("record the stock move"));
    const qint64 id = insert.value(0).toLongLong();

    PreparedStatement level = m_statements.prepared(QStringLiteral(
        "INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) VALUES (:product, :warehouse, "
        ":quantity, :now) ON CONFLICT (product_id, warehouse_id) DO UPDATE SET quantity = stock_levels.quantity + "
        "excluded.quantity, updated_at = excluded.updated_at"));
    level.bindValue(QStringLiteral(":product"), move.productId);
    level.bindValue(QStringLiteral(":warehouse"), move.warehouseId);
    level.bindValue(QStringLiteral(":quantity"), move.quantity.units());
    level.bindValue(QStringLiteral(":now"), now);
    if (!level.exec())
        return sqlError(level, Messages::tr("update the stock level"));
    return id;
}

Result<qint64> StockLedger::setQuantity(qint64 companyId, qint64 productId, qint64 warehouseId, Decimal quantity,
                                        StockMoveReason reason, const QString &note)
{
    const auto current = this->quantity(productId, warehouseId);
    if (!current)
        return current.error();
    if (*current == quantity)
        return qint64(0);
    StockMove move;
    move.companyId = companyId;
    move.productId = productId;
    move.warehouseId = warehouseId;
    move.quantity = quantity - *current;
    move.reason = reason;
    move.note = note;
    return addMove(move);
}

Result<Decimal> StockLedger::quantity(qint64 productId, qint64 warehouseId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = :product AND warehouse_id = "
                                 ":warehouse"));
    query.bindValue(QStringLiteral(":product"), productId);
    query.bindValue(QStringLiteral(":warehouse"), warehouseId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the stock level"));
    return query.next() ? Decimal::fromUnits(query.value(0).toLongLong()) : Decimal();
}

Result<QHash<qint64, Decimal>> StockLedger::quantities(qint64 warehouseId, const QList<qint64> &productIds) const
{
    QHash<qint64, Decimal> levels;
    for (qint64 id : productIds)
        levels.insert(id, Decimal());
    if (productIds.isEmpty())
        return levels;

    // Bound in chunks: SQLite limits the number of parameters of one statement.
    constexpr qsizetype CHUNK = 500;
    for (qsizetype start = 0; start < productIds.size(); start += CHUNK) {
        const QList<qint64> chunk = productIds.mid(start, CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":p%1").arg(i);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT product_id, quantity FROM stock_levels WHERE warehouse_id = :warehouse "
                                     "AND product_id IN (%1)")
                          .arg(placeholders.join(u',')));
        query.bindValue(QStringLiteral(":warehouse"), warehouseId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        if (!query.exec())
            return sqlError(query, Messages::tr("read the stock levels"));
        while (query.next())
            levels.insert(query.value(0).toLongLong(), Decimal::fromUnits(query.value(1).toLongLong()));
    }
    return levels;
}

Result<QList<StockMove>> StockLedger::movesForOrder(qint64 orderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM stock_moves WHERE order_id = :order ORDER BY id").arg(MOVE_COLUMNS));
    query.bindValue(QStringLiteral(":order"), orderId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the stock moves"));
    QList<StockMove> moves;
    while (query.next())
        moves << moveFromQuery(query);
    return moves;
}

Result<QList<StockMove>> StockLedger::movesForProduct(qint64 productId, qint64 warehouseId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM stock_moves WHERE product_id = :product AND warehouse_id = "
                                 ":warehouse ORDER BY id")
                      .arg(MOVE_COLUMNS));
    query.bindValue(QStringLiteral(":product"), productId);
    query.bindValue(QStringLiteral(":warehouse"), warehouseId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the stock moves"));
    QList<StockMove> moves;
    while (query.next())
        moves << moveFromQuery(query);
    return moves;
}

Result<QList<LedgerMismatch>> StockLedger::verify(qint64 companyId) const
{
    // Both directions: levels whose moves sum differently, and moves with no level row.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.product_id, m.warehouse_id, COALESCE(l.quantity, 0), m.total FROM "
        "(SELECT product_id, warehouse_id, SUM(quantity) AS total FROM stock_moves WHERE company_id = :company "
        "GROUP BY product_id, warehouse_id) m LEFT JOIN stock_levels l ON l.product_id = m.product_id AND "
        "l.warehouse_id = m.warehouse_id WHERE COALESCE(l.quantity, 0) <> m.total "
        "UNION ALL "
        "SELECT l.product_id, l.warehouse_id, l.quantity, 0 FROM stock_levels l JOIN products p ON p.id = "
        "l.product_id WHERE p.company_id = :company AND l.quantity <> 0 AND NOT EXISTS (SELECT 1 FROM stock_moves "
        "m WHERE m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id)"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("check the stock ledger"));
    QList<LedgerMismatch> mismatches;
    while (query.next()) {
        mismatches.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           Decimal::fromUnits(query.value(2).toLongLong()),
                           Decimal::fromUnits(query.value(3).toLongLong())});
    }
    return mismatches;
}

} // namespace posbridge
