#include "storage/stocklevelqueries.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(StockLevelQueries)
};

constexpr int PAGE_SIZE = 1000;

} // namespace

StockLevelQueries::StockLevelQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> StockLevelQueries::count(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM stock_levels s JOIN products p ON p.id = s.product_id WHERE "
                                 "p.company_id = :company"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the stock levels"));
    return query.value(0).toLongLong();
}

VoidResult StockLevelQueries::forEach(qint64 companyId, const std::function<bool(const StockLevelRow &)> &visit) const
{
    // Keyset on (sku_key, warehouse id): each page starts after the last row of the one before.
    QString afterKey = QStringLiteral(""); // not a null QString, which would bind as SQL NULL
    qint64 afterWarehouse = -1;
    while (true) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT p.id, p.sku, p.name, w.id, w.name, s.quantity, p.sku_key FROM stock_levels s JOIN products p ON "
            "p.id = s.product_id JOIN warehouses w ON w.id = s.warehouse_id WHERE p.company_id = :company AND "
            "(p.sku_key > :key OR (p.sku_key = :key AND w.id > :warehouse)) ORDER BY p.sku_key, w.id LIMIT :limit"));
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":key"), afterKey);
        query.bindValue(QStringLiteral(":warehouse"), afterWarehouse);
        query.bindValue(QStringLiteral(":limit"), PAGE_SIZE);
        if (!query.exec())
            return sqlError(query, Messages::tr("read the stock levels"));
        int rows = 0;
        while (query.next()) {
            ++rows;
            StockLevelRow row;
            row.productId = query.value(0).toLongLong();
            row.sku = query.value(1).toString();
            row.productName = query.value(2).toString();
            row.warehouseId = query.value(3).toLongLong();
            row.warehouseName = query.value(4).toString();
            row.quantity = Decimal::fromUnits(query.value(5).toLongLong());
            afterKey = query.value(6).toString();
            afterWarehouse = row.warehouseId;
            if (!visit(row))
                return {};
        }
        if (rows < PAGE_SIZE)
            return {};
    }
}

} // namespace posbridge
