#include "storage/postingrepository.h"

#include "core/syncrun.h"
#include "storage/productrepository.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PostingRepository)
};

constexpr qsizetype CHUNK = 500;

const QString ENTRY_COLUMNS = QStringLiteral(
    "p.id, p.company_id, p.sku, p.name, p.upc, p.ean, p.manufacturer_sku, p.price, p.cost, l.id, l.enabled, l.state, "
    "l.item_id, l.system_sku, l.custom_sku, l.upc, l.error, l.posted_name, l.posted_price, l.posted_cost, "
    "l.item_origin, l.create_unconfirmed");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Runs statement once per chunk of ids, with ":ids" replaced by the chunk's placeholders.
VoidResult forEachChunk(QSqlDatabase db, const QString &statement, const QList<qint64> &ids,
                        const QList<std::pair<QString, QVariant>> &bindings, const QString &what)
{
    for (qsizetype start = 0; start < ids.size(); start += CHUNK) {
        const QList<qint64> chunk = ids.mid(start, CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":id%1").arg(i);
        QString sql = statement;
        sql.replace(QStringLiteral(":ids"), placeholders.join(u','));
        QSqlQuery query(db);
        query.prepare(sql);
        for (const auto &[name, value] : bindings) {
            if (sql.contains(name))
                query.bindValue(name, value);
        }
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        if (!query.exec())
            return sqlError(query, what);
    }
    return {};
}

QStringList holdKeys(const QList<qint64> &productIds)
{
    QStringList keys;
    for (qint64 id : productIds)
        keys << PostingRepository::holdKey(id);
    return keys;
}

VoidResult releaseHolds(QSqlDatabase db, qint64 companyId, const QList<qint64> &productIds)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("DELETE FROM sync_holds WHERE company_id = :company AND job = :job AND entity_key = :key"));
    for (const QString &key : holdKeys(productIds)) {
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":job"), syncJobKey(SyncJob::ProductPosting));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec())
            return sqlError(query, Messages::tr("release the held products"));
    }
    return {};
}

VoidResult execSimple(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query, what);
    return {};
}

} // namespace

QString itemOriginKey(ItemOrigin origin)
{
    switch (origin) {
    case ItemOrigin::Linked:
        return QStringLiteral("linked");
    case ItemOrigin::Created:
        return QStringLiteral("created");
    case ItemOrigin::None:
        break;
    }
    return QStringLiteral("");
}

ItemOrigin itemOriginFromKey(QStringView key)
{
    if (key == u"linked")
        return ItemOrigin::Linked;
    if (key == u"created")
        return ItemOrigin::Created;
    return ItemOrigin::None;
}

PostingRepository::PostingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString PostingRepository::holdKey(qint64 productId)
{
    return QStringLiteral("product:%1").arg(productId);
}

VoidResult PostingRepository::setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled, bool archive)
{
    Transaction transaction(m_db);
    const QList<std::pair<QString, QVariant>> bindings = {{QStringLiteral(":company"), companyId},
                                                          {QStringLiteral(":now"), nowMs()}};
    if (enabled) {
        if (auto inserted = forEachChunk(
                m_db,
                QStringLiteral("INSERT INTO listings (company_id, product_id, enabled, state, updated_at) SELECT "
                               "p.company_id, p.id, 1, 'pending', :now FROM products p WHERE p.company_id = :company "
                               "AND p.id IN (:ids) AND NOT EXISTS (SELECT 1 FROM listings l WHERE l.product_id = "
                               "p.id)"),
                productIds, bindings, Messages::tr("enable the listings"));
            !inserted)
            return inserted;
        if (auto updated = forEachChunk(
                m_db,
                QStringLiteral("UPDATE listings SET state = CASE WHEN enabled = 1 THEN state WHEN item_id = 0 THEN "
                               "'pending' WHEN item_origin = 'created' THEN 'created' ELSE 'linked' END, enabled = 1, "
                               "archive_requested = 0, updated_at = :now WHERE company_id = :company AND product_id "
                               "IN (:ids)"),
                productIds, bindings, Messages::tr("enable the listings"));
            !updated)
            return updated;
        if (auto released = releaseHolds(m_db, companyId, productIds); !released)
            return released;
    } else {
        auto withArchive = bindings;
        withArchive.append({QStringLiteral(":archive"), int(archive)});
        if (auto updated = forEachChunk(
                m_db,
                QStringLiteral("UPDATE listings SET enabled = 0, state = 'not_listed', archive_requested = CASE WHEN "
                               "item_id <> 0 THEN :archive ELSE 0 END, updated_at = :now WHERE company_id = :company "
                               "AND product_id IN (:ids)"),
                productIds, withArchive, Messages::tr("disable the listings"));
            !updated)
            return updated;
    }
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("The database could not save the listings."));
    return {};
}

VoidResult PostingRepository::unlink(qint64 companyId, const QList<qint64> &productIds)
{
    Transaction transaction(m_db);
    const QList<std::pair<QString, QVariant>> bindings = {{QStringLiteral(":company"), companyId},
                                                          {QStringLiteral(":now"), nowMs()}};
    if (auto candidates = forEachChunk(m_db,
                                       QStringLiteral("DELETE FROM listing_candidates WHERE listing_id IN (SELECT id "
                                                      "FROM listings WHERE company_id = :company AND product_id IN "
                                                      "(:ids))"),
                                       productIds, bindings, Messages::tr("unlink the items"));
        !candidates)
        return candidates;
    if (auto updated = forEachChunk(
            m_db,
            QStringLiteral("UPDATE listings SET enabled = 0, state = 'not_listed', item_id = 0, system_sku = '', "
                           "custom_sku = '', upc = '', error = '', candidate_item_ids = '', posted_name = '', "
                           "posted_price = 0, posted_cost = 0, published_quantity = NULL, item_shop_timestamp = NULL, "
                           "item_origin = '', archive_requested = 0, create_unconfirmed = 0, updated_at = :now WHERE "
                           "company_id = :company AND product_id IN (:ids)"),
            productIds, bindings, Messages::tr("unlink the items"));
        !updated)
        return updated;
    if (auto released = releaseHolds(m_db, companyId, productIds); !released)
        return released;
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("The database could not save the listings."));
    return {};
}

VoidResult PostingRepository::chooseCandidate(qint64 companyId, qint64 listingId, qint64 itemId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.system_sku, c.custom_sku, c.upc, c.description, c.default_price, c.default_cost FROM "
        "listing_candidates c JOIN listings l ON l.id = c.listing_id WHERE c.listing_id = :listing AND c.item_id = "
        ":item AND l.company_id = :company"));
    query.bindValue(QStringLiteral(":listing"), listingId);
    query.bindValue(QStringLiteral(":item"), itemId);
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the matching items"));
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         Messages::tr("Item %1 is no longer one of the matching items. Reload the list.").arg(itemId));
    PostedItem item;
    item.itemId = itemId;
    item.systemSku = query.value(0).toString();
    item.customSku = query.value(1).toString();
    item.upc = query.value(2).toString();
    item.description = query.value(3).toString();
    item.defaultPrice = Decimal::fromUnits(query.value(4).toLongLong());
    item.defaultCost = Decimal::fromUnits(query.value(5).toLongLong());
    query.finish();

    Transaction transaction(m_db);
    if (auto linked = recordLinked(listingId, item, ItemOrigin::Linked); !linked)
        return linked;
    if (auto marked = markChangedAsPendingUpdate(companyId); !marked)
        return marked.error();
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("The database could not save the listings."));
    return {};
}

Result<int> PostingRepository::retry(qint64 companyId, const QList<qint64> &productIds)
{
    Transaction transaction(m_db);
    int count = 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE listings SET state = CASE WHEN item_id <> 0 THEN 'pending_update' ELSE 'pending' END, error = '', "
        "updated_at = :now WHERE company_id = :company AND product_id = :product AND state = 'error'"));
    for (qint64 productId : productIds) {
        query.bindValue(QStringLiteral(":now"), nowMs());
        query.bindValue(QStringLiteral(":company"), companyId);
        query.bindValue(QStringLiteral(":product"), productId);
        if (!query.exec())
            return sqlError(query, Messages::tr("retry the listings"));
        count += query.numRowsAffected();
    }
    if (auto released = releaseHolds(m_db, companyId, productIds); !released)
        return released.error();
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("The database could not save the listings."));
    return count;
}

Result<int> PostingRepository::markChangedAsPendingUpdate(qint64 companyId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE listings SET state = 'pending_update', updated_at = :now WHERE company_id = :company AND enabled = 1 "
        "AND item_id <> 0 AND state IN ('linked', 'created') AND EXISTS (SELECT 1 FROM products p WHERE p.id = "
        "listings.product_id AND (p.name <> listings.posted_name OR p.price <> listings.posted_price OR p.cost <> "
        "listings.posted_cost))"));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("find the changed products"));
    return query.numRowsAffected();
}

Result<int> PostingRepository::requeueReleasedErrors(qint64 companyId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE listings SET state = CASE WHEN item_id <> 0 THEN 'pending_update' ELSE 'pending' END, error = '', "
        "updated_at = :now WHERE company_id = :company AND enabled = 1 AND state = 'error' AND NOT EXISTS (SELECT 1 "
        "FROM sync_holds h WHERE h.company_id = listings.company_id AND h.job = :job AND h.entity_key = 'product:' || "
        "listings.product_id)"));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":job"), syncJobKey(SyncJob::ProductPosting));
    if (!query.exec())
        return sqlError(query, Messages::tr("put the retried listings back in line"));
    return query.numRowsAffected();
}

Result<QList<PostingEntry>> PostingRepository::entries(qint64 companyId, ListingState state, qint64 afterListingId,
                                                       int limit, const QList<qint64> &productIds) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < productIds.size(); ++i)
        placeholders << QStringLiteral(":p%1").arg(i);
    const QString productCondition =
        productIds.isEmpty() ? QString() : QStringLiteral(" AND l.product_id IN (%1)").arg(placeholders.join(u','));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM listings l JOIN products p ON p.id = l.product_id WHERE l.company_id = "
                       ":company AND l.enabled = 1 AND l.state = :state AND l.id > :after%2 ORDER BY l.id "
                       "LIMIT :limit")
            .arg(ENTRY_COLUMNS, productCondition));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":state"), listingStateKey(state));
    query.bindValue(QStringLiteral(":after"), afterListingId);
    query.bindValue(QStringLiteral(":limit"), limit);
    for (qsizetype i = 0; i < productIds.size(); ++i)
        query.bindValue(placeholders[i], productIds[i]);
    return readEntries(query);
}

Result<QList<PostingEntry>> PostingRepository::archiveRequests(qint64 companyId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM listings l JOIN products p ON p.id = l.product_id WHERE l.company_id = "
                       ":company AND l.enabled = 0 AND l.archive_requested = 1 AND l.item_id <> 0 ORDER BY "
                       "l.id LIMIT :limit")
            .arg(ENTRY_COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":limit"), limit);
    return readEntries(query);
}

Result<QList<PostingEntry>> PostingRepository::readEntries(QSqlQuery &query) const
{
    if (!query.exec())
        return sqlError(query, Messages::tr("read the listings to post"));
    QList<PostingEntry> entries;
    while (query.next()) {
        PostingEntry e;
        e.product = ProductRepository::productFromQuery(query);
        const Product &p = e.product;
        Listing &l = e.listing;
        l.companyId = p.companyId;
        l.productId = p.id;
        l.id = query.value(9).toLongLong();
        l.enabled = query.value(10).toInt() != 0;
        l.state = listingStateFromKey(query.value(11).toString()).value_or(ListingState::NotListed);
        l.itemId = query.value(12).toLongLong();
        l.systemSku = query.value(13).toString();
        l.customSku = query.value(14).toString();
        l.upc = query.value(15).toString();
        l.error = query.value(16).toString();
        l.postedName = query.value(17).toString();
        l.postedPrice = Decimal::fromUnits(query.value(18).toLongLong());
        l.postedCost = Decimal::fromUnits(query.value(19).toLongLong());
        e.origin = itemOriginFromKey(query.value(20).toString());
        e.createUnconfirmed = query.value(21).toInt() != 0;
        entries << e;
    }
    return entries;
}

VoidResult PostingRepository::recordLinked(qint64 listingId, const PostedItem &item, ItemOrigin origin)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE listings SET published_quantity = CASE WHEN item_id = :item THEN published_quantity ELSE NULL END, "
        "item_shop_timestamp = CASE WHEN item_id = :item THEN item_shop_timestamp ELSE NULL END, item_id = :item, "
        "system_sku = :system_sku, custom_sku = :custom_sku, upc = :upc, posted_name = :name, posted_price = :price, "
        "posted_cost = :cost, item_origin = :origin, state = :state, error = '', candidate_item_ids = '', "
        "create_unconfirmed = 0, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":item"), item.itemId);
    query.bindValue(QStringLiteral(":system_sku"), sqlvalues::text(item.systemSku));
    query.bindValue(QStringLiteral(":custom_sku"), sqlvalues::text(item.customSku));
    query.bindValue(QStringLiteral(":upc"), sqlvalues::text(item.upc));
    query.bindValue(QStringLiteral(":name"), sqlvalues::text(item.description));
    query.bindValue(QStringLiteral(":price"), item.defaultPrice.units());
    query.bindValue(QStringLiteral(":cost"), item.defaultCost.units());
    query.bindValue(QStringLiteral(":origin"), itemOriginKey(origin));
    query.bindValue(QStringLiteral(":state"),
                    listingStateKey(origin == ItemOrigin::Created ? ListingState::Created : ListingState::Linked));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    if (auto updated = execSimple(query, Messages::tr("link the listing")); !updated)
        return updated;

    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM listing_candidates WHERE listing_id = :id"));
    clear.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(clear, Messages::tr("link the listing"));
}

VoidResult PostingRepository::recordNeedsChoice(qint64 listingId, const QList<ListingCandidate> &candidates)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM listing_candidates WHERE listing_id = :id"));
    clear.bindValue(QStringLiteral(":id"), listingId);
    if (auto cleared = execSimple(clear, Messages::tr("record the matching items")); !cleared)
        return cleared;

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO listing_candidates (listing_id, item_id, system_sku, custom_sku, manufacturer_sku, upc, ean, "
        "description, default_price, default_cost) VALUES (:listing, :item, :system_sku, :custom_sku, :mpn, :upc, "
        ":ean, :description, :price, :cost)"));
    QStringList ids;
    for (const ListingCandidate &c : candidates) {
        insert.bindValue(QStringLiteral(":listing"), listingId);
        insert.bindValue(QStringLiteral(":item"), c.itemId);
        insert.bindValue(QStringLiteral(":system_sku"), sqlvalues::text(c.systemSku));
        insert.bindValue(QStringLiteral(":custom_sku"), sqlvalues::text(c.customSku));
        insert.bindValue(QStringLiteral(":mpn"), sqlvalues::text(c.manufacturerSku));
        insert.bindValue(QStringLiteral(":upc"), sqlvalues::text(c.upc));
        insert.bindValue(QStringLiteral(":ean"), sqlvalues::text(c.ean));
        insert.bindValue(QStringLiteral(":description"), sqlvalues::text(c.description));
        insert.bindValue(QStringLiteral(":price"), c.defaultPrice.units());
        insert.bindValue(QStringLiteral(":cost"), c.defaultCost.units());
        if (auto inserted = execSimple(insert, Messages::tr("record the matching items")); !inserted)
            return inserted;
        ids << QString::number(c.itemId);
    }

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE listings SET state = 'needs_choice', candidate_item_ids = :ids, error = '', "
                                  "create_unconfirmed = 0, updated_at = :now WHERE id = :id"));
    update.bindValue(QStringLiteral(":ids"), ids.join(u','));
    update.bindValue(QStringLiteral(":now"), nowMs());
    update.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(update, Messages::tr("record the matching items"));
}

VoidResult PostingRepository::recordError(qint64 listingId, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE listings SET state = 'error', error = :error, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":error"), sqlvalues::text(message));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(query, Messages::tr("record the listing's error"));
}

VoidResult PostingRepository::recordTransientError(qint64 listingId, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listings SET error = :error, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":error"), sqlvalues::text(message));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(query, Messages::tr("record the listing's error"));
}

VoidResult PostingRepository::recordPushed(qint64 listingId, const QString &name, Decimal price, Decimal cost,
                                           ItemOrigin origin)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listings SET posted_name = :name, posted_price = :price, posted_cost = :cost, "
                                 "state = :state, error = '', updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), sqlvalues::text(name));
    query.bindValue(QStringLiteral(":price"), price.units());
    query.bindValue(QStringLiteral(":cost"), cost.units());
    query.bindValue(QStringLiteral(":state"),
                    listingStateKey(origin == ItemOrigin::Created ? ListingState::Created : ListingState::Linked));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(query, Messages::tr("record the pushed update"));
}

VoidResult PostingRepository::setCreateUnconfirmed(qint64 listingId, bool unconfirmed)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listings SET create_unconfirmed = :flag, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":flag"), int(unconfirmed));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(query, Messages::tr("record the create request"));
}

VoidResult PostingRepository::recordArchived(qint64 listingId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE listings SET state = 'not_listed', item_id = 0, system_sku = '', custom_sku = '', upc = '', error = "
        "'', candidate_item_ids = '', posted_name = '', posted_price = 0, posted_cost = 0, published_quantity = NULL, "
        "item_shop_timestamp = NULL, item_origin = '', archive_requested = 0, updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), listingId);
    return execSimple(query, Messages::tr("record the archived item"));
}

} // namespace posbridge
