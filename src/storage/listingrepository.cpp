#include "storage/listingrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(ListingRepository)
};

const QString COLUMNS = QStringLiteral(
    "id, company_id, product_id, enabled, state, item_id, system_sku, custom_sku, upc, error, candidate_item_ids, "
    "posted_name, posted_price, posted_cost, published_quantity, item_shop_timestamp");

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
    for (QStringView id : query.value(i++).toString().split(u',', Qt::SkipEmptyParts))
        l.candidateItemIds << id.toLongLong();
    l.postedName = query.value(i++).toString();
    l.postedPrice = Decimal::fromUnits(query.value(i++).toLongLong());
    l.postedCost = Decimal::fromUnits(query.value(i++).toLongLong());
    const QVariant published = query.value(i++);
    if (!published.isNull())
        l.publishedQuantity = Decimal::fromUnits(published.toLongLong());
    const QVariant stamp = query.value(i++);
    if (!stamp.isNull())
        l.itemShopTimeStamp = QDateTime::fromMSecsSinceEpoch(stamp.toLongLong(), Qt::UTC);
    return l;
}

Result<QList<Listing>> readAll(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query, what);
    QList<Listing> listings;
    while (query.next())
        listings << fromQuery(query);
    return listings;
}

} // namespace

ListingRepository::ListingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<Listing>> ListingRepository::findByProduct(qint64 productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM listings WHERE product_id = :product").arg(COLUMNS));
    query.bindValue(QStringLiteral(":product"), productId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the listing"));
    if (!query.next())
        return std::optional<Listing>();
    return std::optional<Listing>(fromQuery(query));
}

Result<QHash<qint64, Listing>> ListingRepository::findByItemIds(qint64 companyId, const QList<qint64> &itemIds) const
{
    QHash<qint64, Listing> byItem;
    constexpr qsizetype CHUNK = 500;
    for (qsizetype start = 0; start < itemIds.size(); start += CHUNK) {
        const QList<qint64> chunk = itemIds.mid(start, CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":i%1").arg(i);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM listings WHERE company_id = :company AND item_id IN (%2)")
                          .arg(COLUMNS, placeholders.join(u',')));
        query.bindValue(QStringLiteral(":company"), companyId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        const auto listings = readAll(query, Messages::tr("read the listings"));
        if (!listings)
            return listings.error();
        for (const Listing &listing : *listings)
            byItem.insert(listing.itemId, listing);
    }
    return byItem;
}

Result<QList<Listing>> ListingRepository::listLinked(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM listings WHERE company_id = :company AND item_id <> 0 ORDER BY item_id")
            .arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    return readAll(query, Messages::tr("list the listings"));
}

Result<QList<Listing>> ListingRepository::enabledLinked(qint64 companyId, qint64 afterId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM listings WHERE company_id = :company AND enabled = 1 AND item_id <> 0 "
                                 "AND id > :after ORDER BY id LIMIT :limit")
                      .arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":after"), afterId);
    query.bindValue(QStringLiteral(":limit"), limit);
    return readAll(query, Messages::tr("read the listings"));
}

Result<QList<Listing>> ListingRepository::enabledInStates(qint64 companyId, const QList<ListingState> &states,
                                                          qint64 afterId, int limit) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < states.size(); ++i)
        placeholders << QStringLiteral(":s%1").arg(i);
    if (placeholders.isEmpty())
        return QList<Listing>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM listings WHERE company_id = :company AND enabled = 1 AND state IN "
                                 "(%2) AND id > :after ORDER BY id LIMIT :limit")
                      .arg(COLUMNS, placeholders.join(u',')));
    query.bindValue(QStringLiteral(":company"), companyId);
    for (qsizetype i = 0; i < states.size(); ++i)
        query.bindValue(placeholders[i], listingStateKey(states[i]));
    query.bindValue(QStringLiteral(":after"), afterId);
    query.bindValue(QStringLiteral(":limit"), limit);
    return readAll(query, Messages::tr("read the listings"));
}

Result<qint64> ListingRepository::save(const Listing &l)
{
    QStringList candidates;
    for (qint64 id : l.candidateItemIds)
        candidates << QString::number(id);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO listings (company_id, product_id, enabled, state, item_id, system_sku, custom_sku, upc, error, "
        "candidate_item_ids, posted_name, posted_price, posted_cost, published_quantity, item_shop_timestamp, "
        "updated_at) VALUES (:company, :product, :enabled, :state, :item, :system_sku, :custom_sku, :upc, :error, "
        ":candidates, :posted_name, :posted_price, :posted_cost, :published, :stamp, :now) ON CONFLICT (product_id) "
        "DO UPDATE SET enabled = excluded.enabled, state = excluded.state, item_id = excluded.item_id, system_sku = "
        "excluded.system_sku, custom_sku = excluded.custom_sku, upc = excluded.upc, error = excluded.error, "
        "candidate_item_ids = excluded.candidate_item_ids, posted_name = excluded.posted_name, posted_price = "
        "excluded.posted_price, posted_cost = excluded.posted_cost, published_quantity = excluded.published_quantity, "
        "item_shop_timestamp = excluded.item_shop_timestamp, updated_at = excluded.updated_at RETURNING id"));
    query.bindValue(QStringLiteral(":company"), l.companyId);
    query.bindValue(QStringLiteral(":product"), l.productId);
    query.bindValue(QStringLiteral(":enabled"), int(l.enabled));
    query.bindValue(QStringLiteral(":state"), listingStateKey(l.state));
    query.bindValue(QStringLiteral(":item"), l.itemId);
    query.bindValue(QStringLiteral(":system_sku"), sqlvalues::text(l.systemSku));
    query.bindValue(QStringLiteral(":custom_sku"), sqlvalues::text(l.customSku));
    query.bindValue(QStringLiteral(":upc"), sqlvalues::text(l.upc));
    query.bindValue(QStringLiteral(":error"), sqlvalues::text(l.error));
    query.bindValue(QStringLiteral(":candidates"), sqlvalues::text(candidates.join(u',')));
    query.bindValue(QStringLiteral(":posted_name"), sqlvalues::text(l.postedName));
    query.bindValue(QStringLiteral(":posted_price"), l.postedPrice.units());
    query.bindValue(QStringLiteral(":posted_cost"), l.postedCost.units());
    query.bindValue(QStringLiteral(":published"), l.publishedQuantity ? QVariant(l.publishedQuantity->units())
                                                                      : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":stamp"), l.itemShopTimeStamp.isValid()
                                                  ? QVariant(l.itemShopTimeStamp.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("save the listing"));
    return query.value(0).toLongLong();
}

VoidResult ListingRepository::setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled)
{
    for (qint64 productId : productIds) {
        auto existing = findByProduct(productId);
        if (!existing)
            return existing.error();
        Listing listing = existing->value_or(Listing{});
        listing.companyId = companyId;
        listing.productId = productId;
        listing.enabled = enabled;
        if (!enabled && !listing.isLinked())
            listing.state = ListingState::NotListed;
        else if (enabled && (listing.state == ListingState::NotListed))
            listing.state = listing.isLinked() ? ListingState::Linked : ListingState::Pending;
        if (auto saved = save(listing); !saved)
            return saved.error();
    }
    return {};
}

VoidResult ListingRepository::linkItem(qint64 companyId, qint64 productId, qint64 itemId, const QString &systemSku,
                                       const QString &customSku, const QString &upc)
{
    auto existing = findByProduct(productId);
    if (!existing)
        return existing.error();
    Listing listing = existing->value_or(Listing{});
    listing.companyId = companyId;
    listing.productId = productId;
    if (listing.itemId != itemId) {
        // A different item: what was known about the old one no longer applies.
        listing.publishedQuantity.reset();
        listing.itemShopTimeStamp = {};
    }
    listing.itemId = itemId;
    listing.systemSku = systemSku;
    listing.customSku = customSku;
    listing.upc = upc;
    listing.candidateItemIds.clear();
    listing.error.clear();
    if (listing.state == ListingState::NotListed || listing.state == ListingState::Pending ||
        listing.state == ListingState::NeedsChoice || listing.state == ListingState::Error)
        listing.state = ListingState::Linked;
    if (auto saved = save(listing); !saved)
        return saved.error();
    return {};
}

VoidResult ListingRepository::recordPublishedQuantity(qint64 listingId, Decimal quantity,
                                                      const QDateTime &itemShopTimeStamp)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listings SET published_quantity = :quantity, item_shop_timestamp = :stamp, "
                                 "updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":quantity"), quantity.units());
    query.bindValue(QStringLiteral(":stamp"), itemShopTimeStamp.isValid()
                                                  ? QVariant(itemShopTimeStamp.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), listingId);
    if (!query.exec())
        return sqlError(query, Messages::tr("record the published quantity"));
    return {};
}

} // namespace posbridge
