#pragma once

#include "core/error.h"
#include "core/product.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace posbridge {

/** @brief The back-office catalogue of each company. */
class ProductRepository
{
public:
    static constexpr int MAX_TEXT_LENGTH = 255;

    explicit ProductRepository(QSqlDatabase db);

    /** @brief Returns a translated reason why the product cannot be stored, or an empty string. */
    static QString checkProduct(const Product &product);
    /**
     * @brief Reads a product from the query's first nine columns: id, company_id, sku, name,
     * upc, ean, manufacturer_sku, price and cost, in that order.
     */
    static Product productFromQuery(const QSqlQuery &query);

    Result<Product> find(qint64 id) const;
    Result<std::optional<Product>> findBySku(qint64 companyId, const QString &sku) const;
    Result<QList<Product>> findByIds(const QList<qint64> &ids) const;
    /** @brief A page of the company's products ordered by SKU. */
    Result<QList<Product>> list(qint64 companyId, int offset, int limit) const;
    Result<int> count(qint64 companyId) const;

    Result<Product> insert(const Product &product);
    VoidResult update(const Product &product);
    /** @brief Inserts the product, or updates the one with the same SKU; returns it and whether it is new. */
    Result<std::pair<Product, bool>> upsertBySku(const Product &product);
    VoidResult remove(qint64 id);

    /**
     * @brief Products sharing at least one of the given fields' values with identifiers.
     *
     * These are the candidates that SkuMatcher then ranks; the lookup uses the indexed
     * normalised columns, so it stays fast on large catalogues.
     */
    Result<QList<Product>> findMatchCandidates(qint64 companyId, const ProductIdentifiers &identifiers,
                                               const QList<SkuField> &fields) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
