#pragma once

#include "core/cancellation.h"
#include "core/error.h"
#include "core/postingdecision.h"
#include "lightspeed/item.h"

#include <QList>

#include <optional>

namespace posbridge {

class RetailApi;

/** @brief What to do with a product, and the items the decision names. */
struct ItemMatch
{
    PostingDecision decision;
    QList<Item> items; ///< the matching items, in the order of decision.candidates
};

/**
 * @brief Finds the Lightspeed items that share an identifier with a product, at the lowest API cost.
 *
 * With few products to match it queries Lightspeed per product and identifier field, with '='
 * filters for SKUs and suffix patterns for barcodes (so "012345678905" finds "12345678905").
 * When that would take more requests than reading the whole catalogue, it reads every active
 * item once (a hundred per request) and matches locally. Either way SkuMatcher decides, so
 * case, surrounding spaces and leading zeros of barcodes do not matter.
 *
 * NOTE: asked per product, Lightspeed compares SKUs exactly apart from case, so an item whose
 * custom SKU has surrounding spaces is found only when the whole catalogue is read.
 */
class ItemLookup
{
public:
    ItemLookup(RetailApi &api, QList<SkuField> order, const CancellationToken &cancel);

    /** @brief Prepares for matching these products: reads the catalogue once when that is cheaper. */
    VoidResult prepare(const QList<ProductIdentifiers> &products, int walkThreshold);
    /** @brief The items that match product; items whose id is in excluded are left out. */
    Result<ItemMatch> match(const ProductIdentifiers &product, const QSet<qint64> &excluded);
    /** @brief Active items whose custom SKU equals sku (compared as SkuMatcher compares SKUs). */
    Result<QList<Item>> findByCustomSku(const QString &sku);
    /** @brief Adds an item created during this run to the catalogue read, if one was read. */
    void remember(const Item &item);

    [[nodiscard]] bool catalogueLoaded() const { return m_catalogue.has_value(); }

private:
    Result<QList<Item>> lookUp(SkuField field, const QString &value);

    RetailApi &m_api;
    QList<SkuField> m_order;
    SkuMatcher m_matcher;
    const CancellationToken &m_cancel;
    std::optional<QList<Item>> m_catalogue;
    std::optional<qint64> m_activeCount;
};

} // namespace posbridge
