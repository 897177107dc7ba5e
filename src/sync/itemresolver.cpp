#include "sync/itemresolver.h"

#include "lightspeed/retailapi.h"
#include "storage/listingrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ItemResolver)
};

} // namespace

ItemResolver::ItemResolver(qint64 companyId, QList<SkuField> matchingOrder)
    : m_companyId(companyId)
    , m_order(matchingOrder)
    , m_matcher(std::move(matchingOrder))
{
}

VoidResult ItemResolver::resolve(QSqlDatabase db, RetailApi &api, const QList<qint64> &itemIds,
                                 const CancellationToken &cancel)
{
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (qint64 id : itemIds) {
        if (id > 0 && !m_resolved.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            wanted << id;
        }
    }
    if (wanted.isEmpty())
        return {};

    const auto linked = ListingRepository(db).findByItemIds(m_companyId, wanted);
    if (!linked)
        return linked.error();
    QList<qint64> unlinked;
    for (qint64 id : wanted) {
        const auto listing = linked->constFind(id);
        if (listing != linked->cend()) {
            m_resolved.insert(id, {Resolution::Kind::Linked, listing->productId, {}, {}});
            continue;
        }
        unlinked << id;
    }
    if (unlinked.isEmpty())
        return {};

    const auto items = api.itemsByIds(unlinked, false, cancel);
    if (!items)
        return items.error();
    m_fetched += int(items->size());
    for (const Item &item : *items)
        m_resolved.insert(item.itemId, match(db, item));
    for (qint64 id : unlinked) {
        if (!m_resolved.contains(id))
            m_resolved.insert(
                id, {Resolution::Kind::Unknown, 0, {}, Messages::tr("Lightspeed does not know item %1.").arg(id)});
    }
    return {};
}

ItemResolver::Resolution ItemResolver::match(QSqlDatabase db, const Item &item)
{
    Resolution resolution;
    resolution.description = item.description;
    const ProductIdentifiers identifiers = item.identifiers();
    const auto candidates = ProductRepository(db).findMatchCandidates(m_companyId, identifiers, m_order);
    if (!candidates) {
        resolution.kind = Resolution::Kind::Unmatched;
        resolution.note = candidates.error().message;
        return resolution;
    }
    QList<ProductIdentifiers> candidateIdentifiers;
    for (const Product &product : *candidates)
        candidateIdentifiers << product.identifiers();
    const MatchResult result = m_matcher.match(identifiers, candidateIdentifiers);

    switch (result.kind) {
    case MatchResult::Kind::None:
        resolution.kind = Resolution::Kind::Unmatched;
        resolution.note =
            Messages::tr("No product shares an identifier with item %1 (%2).").arg(item.itemId).arg(item.description);
        return resolution;
    case MatchResult::Kind::Several:
        resolution.kind = Resolution::Kind::Ambiguous;
        resolution.note = Messages::tr("%1 products match item %2 (%3) on %4; choose one on the Listings page.")
                              .arg(result.candidates.size())
                              .arg(item.itemId)
                              .arg(item.description, skuFieldKey(result.field));
        return resolution;
    case MatchResult::Kind::Unique:
        break;
    }

    const Product &product = candidates->at(result.candidates.constFirst());
    resolution.kind = Resolution::Kind::Matched;
    resolution.productId = product.id;
    qint64 linkedItemId = 0;
    for (const PendingLink &pending : std::as_const(m_pendingLinks)) {
        if (pending.productId == product.id)
            linkedItemId = pending.itemId;
    }
    const auto existing = ListingRepository(db).findByProduct(product.id);
    if (existing && existing->has_value() && (*existing)->isLinked())
        linkedItemId = (*existing)->itemId;
    if (linkedItemId != 0 && linkedItemId != item.itemId) {
        // The product already belongs to another item: book the sale on it but keep the existing link.
        resolution.note =
            Messages::tr("Item %1 matches product %2 on %3, which is linked to item %4; the link is unchanged.")
                .arg(item.itemId)
                .arg(product.sku, skuFieldKey(result.field))
                .arg(linkedItemId);
        return resolution;
    }
    resolution.note = Messages::tr("Item %1 matched product %2 on %3 and is now linked.")
                          .arg(item.itemId)
                          .arg(product.sku, skuFieldKey(result.field));
    m_pendingLinks.append({product.id, item.itemId, item.systemSku, item.customSku, item.upc});
    return resolution;
}

VoidResult ItemResolver::commitLinks(QSqlDatabase db)
{
    ListingRepository listings(db);
    for (const PendingLink &link : std::as_const(m_pendingLinks)) {
        if (auto linked =
                listings.linkItem(m_companyId, link.productId, link.itemId, link.systemSku, link.customSku, link.upc);
            !linked)
            return linked;
        m_resolved[link.itemId].kind = Resolution::Kind::Linked;
    }
    m_pendingLinks.clear();
    return {};
}

ItemResolver::Resolution ItemResolver::resolution(qint64 itemId) const
{
    return m_resolved.value(itemId);
}

} // namespace posbridge
