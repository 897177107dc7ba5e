#include "storage/productrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)
};

const QString COLUMNS = QStringLiteral("id, company_id, sku, name, upc, ean, manufacturer_sku, price, cost");

void bindProduct(QSqlQuery &query, const Product &p)
{
    query.bindValue(QStringLiteral(":company"), p.companyId);
    query.bindValue(QStringLiteral(":sku"), p.sku.trimmed());
    query.bindValue(QStringLiteral(":name"), p.name.trimmed());
    query.bindValue(QStringLiteral(":upc"), sqlvalues::text(p.upc.trimmed()));
    query.bindValue(QStringLiteral(":ean"), sqlvalues::text(p.ean.trimmed()));
    query.bindValue(QStringLiteral(":mpn"), sqlvalues::text(p.manufacturerSku.trimmed()));
    query.bindValue(QStringLiteral(":price"), p.price.units());
    query.bindValue(QStringLiteral(":cost"), p.cost.units());
    query.bindValue(QStringLiteral(":sku_key"), SkuMatcher::normalized(SkuField::CustomSku, p.sku));
    query.bindValue(QStringLiteral(":upc_key"), sqlvalues::text(SkuMatcher::normalized(SkuField::Upc, p.upc)));
    query.bindValue(QStringLiteral(":ean_key"), sqlvalues::text(SkuMatcher::normalized(SkuField::Ean, p.ean)));
    query.bindValue(QStringLiteral(":mpn_key"),
                    sqlvalues::text(SkuMatcher::normalized(SkuField::ManufacturerSku, p.manufacturerSku)));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
}

} // namespace

ProductRepository::ProductRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ProductRepository::checkProduct(const Product &product)
{
    if (product.sku.trimmed().isEmpty())
        return Messages::tr("The SKU is missing.");
    if (product.name.trimmed().isEmpty())
        return Messages::tr("The name is missing.");
    for (const QString *text : {&product.sku, &product.name, &product.upc, &product.ean, &product.manufacturerSku}) {
        if (text->trimmed().size() > MAX_TEXT_LENGTH)
            return Messages::tr("“%1…” is longer than %2 characters.").arg(text->left(20)).arg(MAX_TEXT_LENGTH);
    }
    if (product.price.isNegative())
        return Messages::tr("The price cannot be negative.");
    if (product.cost.isNegative())
        return Messages::tr("The cost cannot be negative.");
    return {};
}

Result<Product> ProductRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM products WHERE id = :id").arg(COLUMNS));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the product"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The product no longer exists."));
    return ProductRepository::productFromQuery(query);
}

Result<std::optional<Product>> ProductRepository::findBySku(qint64 companyId, const QString &sku) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM products WHERE company_id = :company AND sku_key = :key").arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":key"), SkuMatcher::normalized(SkuField::CustomSku, sku));
    if (!query.exec())
        return sqlError(query, Messages::tr("read the product"));
    if (!query.next())
        return std::optional<Product>();
    return std::optional<Product>(ProductRepository::productFromQuery(query));
}

Result<QList<Product>> ProductRepository::findByIds(const QList<qint64> &ids) const
{
    QList<Product> products;
    if (ids.isEmpty())
        return products;
    QStringList placeholders;
    for (int i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral(":id%1").arg(i);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM products WHERE id IN (%2)").arg(COLUMNS, placeholders.join(u',')));
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(placeholders[i], ids[i]);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the products"));
    while (query.next())
        products << ProductRepository::productFromQuery(query);
    return products;
}

Result<QList<Product>> ProductRepository::list(qint64 companyId, int offset, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM products WHERE company_id = :company ORDER BY sku_key "
                                 "LIMIT :limit OFFSET :offset")
                      .arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the products"));
    QList<Product> products;
    while (query.next())
        products << ProductRepository::productFromQuery(query);
    return products;
}

Result<int> ProductRepository::count(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM products WHERE company_id = :company"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the products"));
    return query.value(0).toInt();
}

Result<Product> ProductRepository::insert(const Product &product)
{
    if (const QString problem = checkProduct(product); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO products (company_id, sku, name, upc, ean, manufacturer_sku, price, cost, sku_key, upc_key, "
        "ean_key, manufacturer_sku_key, created_at, updated_at) VALUES (:company, :sku, :name, :upc, :ean, :mpn, "
        ":price, :cost, :sku_key, :upc_key, :ean_key, :mpn_key, :now, :now) RETURNING id"));
    bindProduct(query, product);
    if (!query.exec() || !query.next()) {
        const auto existing = findBySku(product.companyId, product.sku);
        if (existing.ok() && existing->has_value())
            return makeError(ErrorCode::Conflict,
                             Messages::tr("A product with the SKU “%1” already exists.").arg(product.sku));
        return sqlError(query, Messages::tr("add the product"));
    }
    Product stored = product;
    stored.id = query.value(0).toLongLong();
    return stored;
}

VoidResult ProductRepository::update(const Product &product)
{
    if (const QString problem = checkProduct(product); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE products SET sku = :sku, name = :name, upc = :upc, ean = :ean, manufacturer_sku = :mpn, "
                       "price = :price, cost = :cost, sku_key = :sku_key, upc_key = :upc_key, ean_key = :ean_key, "
                       "manufacturer_sku_key = :mpn_key, updated_at = :now WHERE id = :id AND company_id = :company"));
    bindProduct(query, product);
    query.bindValue(QStringLiteral(":id"), product.id);
    if (!query.exec())
        return sqlError(query, Messages::tr("update the product"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, Messages::tr("The product no longer exists."));
    return {};
}

Result<std::pair<Product, bool>> ProductRepository::upsertBySku(const Product &product)
{
    const auto existing = findBySku(product.companyId, product.sku);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        Product updated = product;
        updated.id = (*existing)->id;
        if (auto result = update(updated); !result)
            return result.error();
        return std::make_pair(updated, false);
    }
    auto inserted = insert(product);
    if (!inserted)
        return inserted.error();
    return std::make_pair(*inserted, true);
}

VoidResult ProductRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM products WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("remove the product"));
    return {};
}

Result<QList<Product>> ProductRepository::findMatchCandidates(qint64 companyId, const ProductIdentifiers &identifiers,
                                                              const QList<SkuField> &fields) const
{
    QStringList conditions;
    QList<std::pair<QString, QString>> bindings;
    for (SkuField field : fields) {
        const QString key = SkuMatcher::normalized(field, identifiers.value(field));
        if (key.isEmpty())
            continue;
        QString column;
        switch (field) {
        case SkuField::CustomSku:
            column = QStringLiteral("sku_key");
            break;
        case SkuField::Upc:
            column = QStringLiteral("upc_key");
            break;
        case SkuField::Ean:
            column = QStringLiteral("ean_key");
            break;
        case SkuField::ManufacturerSku:
            column = QStringLiteral("manufacturer_sku_key");
            break;
        case SkuField::SystemSku:
            continue; // the back office has no system SKU of its own
        }
        const QString placeholder = QStringLiteral(":k%1").arg(bindings.size());
        conditions << QStringLiteral("%1 = %2").arg(column, placeholder);
        bindings.append({placeholder, key});
    }
    QList<Product> products;
    if (conditions.isEmpty())
        return products;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM products WHERE company_id = :company AND (%2) ORDER BY id")
                      .arg(COLUMNS, conditions.join(QStringLiteral(" OR "))));
    query.bindValue(QStringLiteral(":company"), companyId);
    for (const auto &[placeholder, value] : bindings)
        query.bindValue(placeholder, value);
    if (!query.exec())
        return sqlError(query, Messages::tr("look up matching products"));
    while (query.next())
        products << ProductRepository::productFromQuery(query);
    return products;
}

Product ProductRepository::productFromQuery(const QSqlQuery &query)
{
    Product p;
    p.id = query.value(0).toLongLong();
    p.companyId = query.value(1).toLongLong();
    p.sku = query.value(2).toString();
    p.name = query.value(3).toString();
    p.upc = query.value(4).toString();
    p.ean = query.value(5).toString();
    p.manufacturerSku = query.value(6).toString();
    p.price = Decimal::fromUnits(query.value(7).toLongLong());
    p.cost = Decimal::fromUnits(query.value(8).toLongLong());
    return p;
}

} // namespace posbridge
