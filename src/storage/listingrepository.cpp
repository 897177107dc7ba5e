#include "storage/listingrepository.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ListingRepository", text);
}

const QString COLUMNS = QStringLiteral(
    "id, company_id, product_id, enabled, state, item_id, system_sku, custom_sku, upc, error, candidate_item_ids, "
    "posted_name, posted_price, posted_cost, published_quantity, item_shop_timestamp");

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "not set".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString idsToText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QList<qint64> idsFromText(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

Listing fromQuery(const QSqlQuery &query)
{
    Listing l;
    int i = 0;
    l.id = query.value(i++).toLongLong();
    l.companyId = query.value(i++).toLongLong();
    l.productId = query.value(i++).toLongLong();
    l.enabled = query.value(i++).toInt() != 0;
    l.state = listingStateFromKey(query.value(i++).toString()).value_or(ListingState::NotListed);
    l.itemId = query.value(i++).toLongLong();
    l.systemSku = query.value(i++).toString();
    l.customSku = query.value(i++).toString();
    l.upc = query.value(i++).toString();
    l.error = query.value(i++).toString();
    l.candidateItemIds = idsFromText(query.value(i++).toString());
    l.postedName = query.value(i++).toString();
    l.postedPrice = Decimal::fromUnits(query.value(i++).toLongLong());
    l.postedCost = Decimal::fromUnits(query.value(i++).toLongLong());
    const QVariant published = query.value(i++);
    if (!published.isNull())
        l.publishedQuantity = Decimal::fromUnits(published.toLongLong());
    const QVariant seen = query.value(i++);
    if (!seen.isNull())
        l.itemShopTimeStamp = QDateTime::fromMSecsSinceEpoch(seen.toLongLong(), Qt::UTC);
    return l;
}

void bindListing(QSqlQuery &query, const Listing &l)
{
    query.bindValue(QStringLiteral(":company"), l.companyId);
    query.bindValue(QStringLiteral(":product"), l.productId);
    query.bindValue(QStringLiteral(":enabled"), l.enabled ? 1 : 0);
    query.bindValue(QStringLiteral(":state"), listingStateKey(l.state));
    query.bindValue(QStringLiteral(":item"), l.itemId);
    query.bindValue(QStringLiteral(":system_sku"), notNull(l.systemSku));
    query.bindValue(QStringLiteral(":custom_sku"), notNull(l.customSku));
    query.bindValue(QStringLiteral(":upc"), notNull(l.upc));
    query.bindValue(QStringLiteral(":error"), notNull(l.error));
    query.bindValue(QStringLiteral(":candidates"), notNull(idsToText(l.candidateItemIds)));
    query.bindValue(QStringLiteral(":posted_name"), notNull(l.postedName));
    query.bindValue(QStringLiteral(":posted_price"), l.postedPrice.units());
    query.bindValue(QStringLiteral(":posted_cost"), l.postedCost.units());
    query.bindValue(QStringLiteral(":published"), l.publishedQuantity ? QVariant(l.publishedQuantity->units())
                                                                      : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":seen"), l.itemShopTimeStamp.isValid()
                                                 ? QVariant(l.itemShopTimeStamp.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
}

} // namespace

ListingRepository::ListingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Listing> ListingRepository::save(const Listing &listing)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO listings (company_id, product_id, enabled, state, item_id, system_sku, custom_sku, upc, error, "
        "candidate_item_ids, posted_name, posted_price, posted_cost, published_quantity, item_shop_timestamp, "
        "updated_at) VALUES (:company, :product, :enabled, :state, :item, :system_sku, :custom_sku, :upc, :error, "
        ":candidates, :posted_name, :posted_price, :posted_cost, :published, :seen, :now) "
        "ON CONFLICT (product_id) DO UPDATE SET enabled = excluded.enabled, state = excluded.state, "
        "item_id = excluded.item_id, system_sku = excluded.system_sku, custom_sku = excluded.custom_sku, "
        "upc = excluded.upc, error = excluded.error, candidate_item_ids = excluded.candidate_item_ids, "
        "posted_name = excluded.posted_name, posted_price = excluded.posted_price, "
        "posted_cost = excluded.posted_cost, published_quantity = excluded.published_quantity, "
        "item_shop_timestamp = excluded.item_shop_timestamp, updated_at = excluded.updated_at "
        "RETURNING id"));
    bindListing(query, listing);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("save the listing"));
    Listing stored = listing;
    stored.id = query.value(0).toLongLong();
    return stored;
}

Result<std::optional<Listing>> ListingRepository::findByProduct(qint64 productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM listings WHERE product_id = :product").arg(COLUMNS));
    query.bindValue(QStringLiteral(":product"), productId);
    if (!query.exec())
        return sqlError(query, tr("read the listing"));
    if (!query.next())
        return std::optional<Listing>();
    return std::optional<Listing>(fromQuery(query));
}

Result<QList<Listing>> ListingRepository::listLinked(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM listings WHERE company_id = :company AND item_id <> 0 ORDER BY item_id")
            .arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, tr("list the listings"));
    QList<Listing> listings;
    while (query.next())
        listings << fromQuery(query);
    return listings;
}

} // namespace posbridge
