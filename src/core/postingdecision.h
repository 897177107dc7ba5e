#pragma once

#include "core/skumatcher.h"

#include <QList>
#include <QSet>

namespace posbridge {

/** @brief What product posting does with a product that is not on Lightspeed yet. */
struct PostingDecision
{
    enum class Action
    {
        Link,   ///< exactly one item matches: link the product to it
        Choose, ///< several items match: the admin chooses one
        Create, ///< no item matches: create one
    };

    Action action = Action::Create;
    SkuField field = SkuField::CustomSku; ///< the field that matched, for Link and Choose
    QList<int> candidates;                ///< indexes into the items, in their order

    /**
     * @brief Decides from the items that share an identifier with product.
     *
     * Items whose index is in taken are linked to another product already and are never
     * offered again, so two products are not linked to one item.
     */
    static PostingDecision decide(const SkuMatcher &matcher, const ProductIdentifiers &product,
                                  const QList<ProductIdentifiers> &items, const QSet<int> &taken = {});
};

} // namespace posbridge
