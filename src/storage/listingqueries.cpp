#include "storage/listingqueries.h"

#include "storage/productrepository.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ListingQueries)
};

const QString ROW_COLUMNS = QStringLiteral(
    "p.id, p.company_id, p.sku, p.name, p.upc, p.ean, p.manufacturer_sku, p.price, p.cost, p.sku_key, l.id, "
    "l.enabled, l.state, l.item_id, l.system_sku, l.custom_sku, l.upc, l.error, l.posted_name, l.posted_price, "
    "l.posted_cost, l.archive_requested");

ListingRow rowFromQuery(const QSqlQuery &query)
{
    ListingRow row;
    row.product = ProductRepository::productFromQuery(query);
    const Product &p = row.product;

    Listing &l = row.listing;
    l.companyId = p.companyId;
    l.productId = p.id;
    if (query.value(10).isNull())
        return row;
    l.id = query.value(10).toLongLong();
    l.enabled = query.value(11).toInt() != 0;
    l.state = listingStateFromKey(query.value(12).toString()).value_or(ListingState::NotListed);
    l.itemId = query.value(13).toLongLong();
    l.systemSku = query.value(14).toString();
    l.customSku = query.value(15).toString();
    l.upc = query.value(16).toString();
    l.error = query.value(17).toString();
    l.postedName = query.value(18).toString();
    l.postedPrice = Decimal::fromUnits(query.value(19).toLongLong());
    l.postedCost = Decimal::fromUnits(query.value(20).toLongLong());
    row.archiveRequested = query.value(21).toInt() != 0;
    return row;
}

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The WHERE conditions of a filter and the values to bind to them.
struct Conditions
{
    QStringList sql;
    QList<std::pair<QString, QVariant>> bindings;

    void bind(QSqlQuery &query) const
    {
        for (const auto &[name, value] : bindings)
            query.bindValue(name, value);
    }
};

Conditions conditionsFor(const ListingFilter &filter)
{
    Conditions conditions;
    conditions.sql << QStringLiteral("p.company_id = :company");
    conditions.bindings.append({QStringLiteral(":company"), filter.companyId});
    if (filter.state) {
        if (*filter.state == ListingState::NotListed) {
            conditions.sql << QStringLiteral("(l.id IS NULL OR l.enabled = 0)");
        } else {
            conditions.sql << QStringLiteral("l.enabled = 1 AND l.state = :state");
            conditions.bindings.append({QStringLiteral(":state"), listingStateKey(*filter.state)});
        }
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString lowered = escapeLike(text.toLower());
        QString condition = QStringLiteral(
            "(p.sku_key LIKE :prefix ESCAPE '\\' OR LOWER(p.name) LIKE :contains ESCAPE '\\' OR p.upc = :text OR "
            "p.ean = :text OR LOWER(l.custom_sku) LIKE :prefix ESCAPE '\\' OR l.system_sku = :text");
        conditions.bindings.append({QStringLiteral(":prefix"), QString(escapeLike(text.toCaseFolded()) + u'%')});
        conditions.bindings.append({QStringLiteral(":contains"), QString(u'%' + lowered + u'%')});
        conditions.bindings.append({QStringLiteral(":text"), text});
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        if (isNumber) {
            condition += QStringLiteral(" OR l.item_id = :number");
            conditions.bindings.append({QStringLiteral(":number"), number});
        }
        conditions.sql << condition + u')';
    }
    return conditions;
}

} // namespace

ListingQueries::ListingQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ListingPage> ListingQueries::page(const ListingFilter &filter, const std::optional<ListingCursor> &after,
                                         int limit) const
{
    limit = std::clamp(limit, 1, MAX_PAGE_SIZE);
    Conditions conditions = conditionsFor(filter);
    if (after) {
        conditions.sql << QStringLiteral("p.sku_key > :after");
        conditions.bindings.append({QStringLiteral(":after"), after->skuKey});
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM products p LEFT JOIN listings l ON l.product_id = p.id WHERE %2 "
                                 "ORDER BY p.sku_key LIMIT :limit")
                      .arg(ROW_COLUMNS, conditions.sql.join(QStringLiteral(" AND "))));
    conditions.bind(query);
    // One row more than asked tells whether another page follows.
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the listings"));

    ListingPage page;
    QString lastKey;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.next = ListingCursor{lastKey};
            break;
        }
        page.rows << rowFromQuery(query);
        lastKey = query.value(9).toString();
    }
    return page;
}

Result<qint64> ListingQueries::count(const ListingFilter &filter) const
{
    const Conditions conditions = conditionsFor(filter);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM products p LEFT JOIN listings l ON l.product_id = p.id WHERE %1")
                      .arg(conditions.sql.join(QStringLiteral(" AND "))));
    conditions.bind(query);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("count the listings"));
    return query.value(0).toLongLong();
}

Result<QList<ListingRow>> ListingQueries::rowsForProducts(qint64 companyId, const QList<qint64> &productIds) const
{
    QList<ListingRow> rows;
    constexpr qsizetype CHUNK = 500;
    for (qsizetype start = 0; start < productIds.size(); start += CHUNK) {
        const QList<qint64> chunk = productIds.mid(start, CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":p%1").arg(i);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM products p LEFT JOIN listings l ON l.product_id = p.id WHERE "
                                     "p.company_id = :company AND p.id IN (%2)")
                          .arg(ROW_COLUMNS, placeholders.join(u',')));
        query.bindValue(QStringLiteral(":company"), companyId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        if (!query.exec())
            return sqlError(query, Messages::tr("read the listings"));
        while (query.next())
            rows << rowFromQuery(query);
    }
    return rows;
}

VoidResult ListingQueries::forEach(const ListingFilter &filter,
                                   const std::function<bool(const ListingRow &)> &visit) const
{
    std::optional<ListingCursor> cursor;
    while (true) {
        auto next = page(filter, cursor, MAX_PAGE_SIZE);
        if (!next)
            return next.error();
        for (const ListingRow &row : next->rows) {
            if (!visit(row))
                return {};
        }
        if (!next->next)
            return {};
        cursor = next->next;
    }
}

Result<QList<ListingCandidate>> ListingQueries::candidates(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT item_id, system_sku, custom_sku, manufacturer_sku, upc, ean, description, "
                                 "default_price, default_cost FROM listing_candidates WHERE listing_id = :listing "
                                 "ORDER BY item_id"));
    query.bindValue(QStringLiteral(":listing"), listingId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the matching items"));
    QList<ListingCandidate> candidates;
    while (query.next()) {
        ListingCandidate c;
        c.itemId = query.value(0).toLongLong();
        c.systemSku = query.value(1).toString();
        c.customSku = query.value(2).toString();
        c.manufacturerSku = query.value(3).toString();
        c.upc = query.value(4).toString();
        c.ean = query.value(5).toString();
        c.description = query.value(6).toString();
        c.defaultPrice = Decimal::fromUnits(query.value(7).toLongLong());
        c.defaultCost = Decimal::fromUnits(query.value(8).toLongLong());
        candidates << c;
    }
    return candidates;
}

} // namespace posbridge
