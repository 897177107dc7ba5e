#include "sync/itemlookup.h"

#include "lightspeed/apiquery.h"
#include "lightspeed/retailapi.h"
#include "sync/logging.h"

#include <QSet>

namespace posbridge {

namespace {

// Product identifiers never hold a system SKU: Lightspeed assigns it.
QList<SkuField> fieldsWithValue(const QList<SkuField> &order, const ProductIdentifiers &product)
{
    QList<SkuField> fields;
    for (SkuField field : order) {
        if (field != SkuField::SystemSku && !SkuMatcher::normalized(field, product.value(field)).isEmpty())
            fields << field;
    }
    return fields;
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

ItemLookup::ItemLookup(RetailApi &api, QList<SkuField> order, const CancellationToken &cancel)
    : m_api(api)
    , m_order(order)
    , m_matcher(std::move(order))
    , m_cancel(cancel)
{
}

VoidResult ItemLookup::prepare(const QList<ProductIdentifiers> &products, int walkThreshold)
{
    if (m_catalogue)
        return {};
    qint64 lookups = 0;
    for (const ProductIdentifiers &product : products)
        lookups += fieldsWithValue(m_order, product).size();
    if (lookups < walkThreshold)
        return {};

    if (!m_activeCount) {
        const auto count = m_api.activeItemCount(m_cancel);
        if (!count)
            return count.error();
        m_activeCount = *count;
    }
    const qint64 pages = (*m_activeCount + ApiQuery::MAX_LIMIT - 1) / ApiQuery::MAX_LIMIT;
    if (pages >= lookups)
        return {};

    QList<Item> catalogue;
    catalogue.reserve(*m_activeCount);
    const VoidResult walked = m_api.forEachActiveItem(
        [&catalogue](const QList<Item> &items) -> VoidResult {
            catalogue.append(items);
            return {};
        },
        m_cancel);
    if (!walked)
        return walked;
    qCInfo(lcSync) << "Read" << catalogue.size() << "Lightspeed items to match" << products.size() << "products";
    m_catalogue = std::move(catalogue);
    return {};
}

Result<ItemMatch> ItemLookup::match(const ProductIdentifiers &product, const QSet<qint64> &excluded)
{
    const auto matchAmong = [&](const QList<Item> &items) {
        QList<ProductIdentifiers> identifiers;
        QSet<int> taken;
        for (int i = 0; i < items.size(); ++i) {
            identifiers << items[i].identifiers();
            if (excluded.contains(items[i].itemId))
                taken.insert(i);
        }
        ItemMatch found;
        found.decision = PostingDecision::decide(m_matcher, product, identifiers, taken);
        for (int index : std::as_const(found.decision.candidates))
            found.items << items[index];
        return found;
    };

    if (m_catalogue)
        return matchAmong(*m_catalogue);

    for (SkuField field : fieldsWithValue(m_order, product)) {
        const auto items = lookUp(field, product.value(field));
        if (!items)
            return items.error();
        ItemMatch found = matchAmong(*items);
        if (found.decision.action != PostingDecision::Action::Create)
            return found;
    }
    return ItemMatch{};
}

Result<QList<Item>> ItemLookup::findByCustomSku(const QString &sku)
{
    const QString wanted = SkuMatcher::normalized(SkuField::CustomSku, sku);
    QList<Item> items;
    if (m_catalogue) {
        items = *m_catalogue;
    } else {
        auto found = lookUp(SkuField::CustomSku, sku);
        if (!found)
            return found.error();
        items = std::move(found).value();
    }
    QList<Item> matching;
    for (const Item &item : std::as_const(items)) {
        if (SkuMatcher::normalized(SkuField::CustomSku, item.customSku) == wanted)
            matching << item;
    }
    return matching;
}

void ItemLookup::remember(const Item &item)
{
    if (m_catalogue)
        m_catalogue->append(item);
}

Result<QList<Item>> ItemLookup::lookUp(SkuField field, const QString &value)
{
    if (field == SkuField::Upc || field == SkuField::Ean) {
        const QString digits = SkuMatcher::normalized(field, value);
        if (isDigits(digits))
            return m_api.itemsByIdentifierPattern(field, u'%' + digits, m_cancel);
    }
    return m_api.itemsByIdentifier(field, value.trimmed(), m_cancel);
}

} // namespace posbridge
