#include "storage/importwriter.h"

#include "core/skumatcher.h"
#include "storage/postingrepository.h"
#include "storage/sqlerror.h"
#include "storage/stockledger.h"
#include "storage/warehouserepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
};

void bindKeys(QSqlQuery &query, const Product &p)
{
    query.bindValue(QStringLiteral(":sku"), p.sku);
    query.bindValue(QStringLiteral(":name"), p.name);
    query.bindValue(QStringLiteral(":upc"), p.upc);
    query.bindValue(QStringLiteral(":ean"), p.ean);
    query.bindValue(QStringLiteral(":mpn"), p.manufacturerSku);
    query.bindValue(QStringLiteral(":price"), p.price.units());
    query.bindValue(QStringLiteral(":cost"), p.cost.units());
    query.bindValue(QStringLiteral(":sku_key"), SkuMatcher::normalized(SkuField::CustomSku, p.sku));
    query.bindValue(QStringLiteral(":upc_key"), SkuMatcher::normalized(SkuField::Upc, p.upc));
    query.bindValue(QStringLiteral(":ean_key"), SkuMatcher::normalized(SkuField::Ean, p.ean));
    query.bindValue(QStringLiteral(":mpn_key"), SkuMatcher::normalized(SkuField::ManufacturerSku, p.manufacturerSku));
}

// Empty strings rather than null ones, since the columns are NOT NULL.
QString text(const std::optional<QString> &value, const QString &fallback = QStringLiteral(""))
{
    const QString chosen = value.value_or(fallback);
    return chosen.isNull() ? QStringLiteral("") : chosen;
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, qint64 companyId, QString note)
    : m_db(std::move(db))
    , m_companyId(companyId)
    , m_note(std::move(note))
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
}

Result<ImportContext> ImportWriter::loadContext(QSqlDatabase db, qint64 companyId)
{
    ImportContext context;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, sku_key FROM products WHERE company_id = :company"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the products"));
    while (query.next())
        context.productIdsBySkuKey.insert(query.value(1).toString(), query.value(0).toLongLong());

    const auto warehouses = WarehouseRepository(db).listForCompany(companyId);
    if (!warehouses)
        return warehouses.error();
    for (const Warehouse &warehouse : *warehouses) {
        context.warehouseIdsByName.insert(warehouse.name.trimmed().toCaseFolded(), warehouse.id);
        context.warehouseNames << warehouse.name;
    }
    return context;
}

VoidResult ImportWriter::prepare()
{
    if (m_prepared)
        return {};
    m_insert = QSqlQuery(m_db);
    m_select = QSqlQuery(m_db);
    m_update = QSqlQuery(m_db);
    const bool prepared =
        m_insert.prepare(QStringLiteral(
            "INSERT INTO products (company_id, sku, name, upc, ean, manufacturer_sku, price, cost, sku_key, upc_key, "
            "ean_key, manufacturer_sku_key, created_at, updated_at) VALUES (:company, :sku, :name, :upc, :ean, :mpn, "
            ":price, :cost, :sku_key, :upc_key, :ean_key, :mpn_key, :now, :now)")) &&
        m_select.prepare(
            QStringLiteral("SELECT sku, name, upc, ean, manufacturer_sku, price, cost FROM products WHERE id = :id")) &&
        m_update.prepare(QStringLiteral(
            "UPDATE products SET sku = :sku, name = :name, upc = :upc, ean = :ean, manufacturer_sku = :mpn, price = "
            ":price, cost = :cost, sku_key = :sku_key, upc_key = :upc_key, ean_key = :ean_key, manufacturer_sku_key = "
            ":mpn_key, updated_at = :now WHERE id = :id AND company_id = :company"));
    if (!prepared)
        return sqlError(m_db.lastError(), Messages::tr("prepare the import"));
    m_prepared = true;
    return {};
}

VoidResult ImportWriter::writeProduct(const ProductImportRow &row)
{
    if (auto ready = prepare(); !ready)
        return ready;

    Product product;
    product.sku = row.sku;
    if (row.existingId == 0) {
        product.name = text(row.name);
        product.upc = text(row.upc);
        product.ean = text(row.ean);
        product.manufacturerSku = text(row.manufacturerSku);
        product.price = row.price.value_or(Decimal());
        product.cost = row.cost.value_or(Decimal());
        bindKeys(m_insert, product);
        m_insert.bindValue(QStringLiteral(":company"), m_companyId);
        m_insert.bindValue(QStringLiteral(":now"), m_now);
        if (!m_insert.exec())
            return sqlError(m_insert,
                            Messages::tr("add the product with SKU “%1” (line %2)").arg(row.sku).arg(row.line));
        ++m_counts.created;
        return {};
    }

    m_select.bindValue(QStringLiteral(":id"), row.existingId);
    if (!m_select.exec() || !m_select.next())
        return sqlError(m_select, Messages::tr("read the product with SKU “%1” (line %2)").arg(row.sku).arg(row.line));
    Product current;
    current.sku = m_select.value(0).toString();
    current.name = m_select.value(1).toString();
    current.upc = m_select.value(2).toString();
    current.ean = m_select.value(3).toString();
    current.manufacturerSku = m_select.value(4).toString();
    current.price = Decimal::fromUnits(m_select.value(5).toLongLong());
    current.cost = Decimal::fromUnits(m_select.value(6).toLongLong());
    m_select.finish();

    // The SKU is the key: the file may write it in another case, but the stored spelling stays.
    product.sku = current.sku;
    product.name = text(row.name, current.name);
    product.upc = text(row.upc, current.upc);
    product.ean = text(row.ean, current.ean);
    product.manufacturerSku = text(row.manufacturerSku, current.manufacturerSku);
    product.price = row.price.value_or(current.price);
    product.cost = row.cost.value_or(current.cost);
    if (product == current) {
        ++m_counts.unchanged;
        return {};
    }
    bindKeys(m_update, product);
    m_update.bindValue(QStringLiteral(":now"), m_now);
    m_update.bindValue(QStringLiteral(":id"), row.existingId);
    m_update.bindValue(QStringLiteral(":company"), m_companyId);
    if (!m_update.exec())
        return sqlError(m_update,
                        Messages::tr("update the product with SKU “%1” (line %2)").arg(row.sku).arg(row.line));
    ++m_counts.updated;
    return {};
}

VoidResult ImportWriter::writeStock(const StockImportRow &row)
{
    const auto move = StockLedger(m_db).setQuantity(m_companyId, row.productId, row.warehouseId, row.quantity,
                                                    StockMoveReason::Import, m_note);
    if (!move)
        return move.error();
    if (*move == 0)
        ++m_counts.unchanged;
    else
        ++m_counts.updated;
    return {};
}

VoidResult ImportWriter::finishProducts()
{
    const auto marked = PostingRepository(m_db).markChangedAsPendingUpdate(m_companyId);
    if (!marked)
        return marked.error();
    return {};
}

} // namespace posbridge
