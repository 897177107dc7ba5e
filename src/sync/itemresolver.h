#pragma once

#include "core/cancellation.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "core/skumatcher.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace posbridge {

class RetailApi;
struct Item;

/**
 * @brief Finds the back-office product of each Lightspeed itemID that a sale line carries.
 *
 * An item linked through a listing resolves at once. The others are fetched from Lightspeed
 * in one itemsByIds() call per resolve() (IN batches of at most 100) and matched by the
 * company's SKU matching order against ProductRepository::findMatchCandidates(). A unique
 * match resolves the item and is linked by commitLinks(), inside the caller's transaction;
 * no match or several leave it unmatched. Results are kept for the whole run, so each item
 * is looked up at most once per run.
 */
class ItemResolver
{
public:
    /** @brief How an itemID was resolved. */
    struct Resolution
    {
        enum class Kind
        {
            Linked,    ///< a listing links the item to the product
            Matched,   ///< matched by SKU in this run; linked by commitLinks()
            Unmatched, ///< no product shares an identifier with the item
            Ambiguous, ///< several products match on the deciding field
            Unknown,   ///< Lightspeed does not know the item (or the sale line has none)
        };

        Kind kind = Kind::Unknown;
        qint64 productId = 0;
        QString description; ///< the item's description, when the item was fetched
        QString note;        ///< why the item stayed unmatched, or what matching did; for history events
    };

    ItemResolver(qint64 companyId, QList<SkuField> matchingOrder);

    /** @brief Resolves itemIds not seen yet in this run; fetches the unlinked ones from Lightspeed. */
    VoidResult resolve(QSqlDatabase db, RetailApi &api, const QList<qint64> &itemIds, const CancellationToken &cancel);

    /** @brief Links the items matched since the last call; call inside the transaction that uses them. */
    VoidResult commitLinks(QSqlDatabase db);

    /** @brief The resolution of an itemID; Unknown when resolve() has not seen it. */
    [[nodiscard]] Resolution resolution(qint64 itemId) const;

    /** @brief Items fetched from Lightspeed in this run. */
    [[nodiscard]] int fetchedItems() const { return m_fetched; }

private:
    struct PendingLink
    {
        qint64 productId = 0;
        qint64 itemId = 0;
        QString systemSku;
        QString customSku;
        QString upc;
    };

    Resolution match(QSqlDatabase db, const Item &item);

    qint64 m_companyId = 0;
    QList<SkuField> m_order;
    SkuMatcher m_matcher;
    QHash<qint64, Resolution> m_resolved;
    QList<PendingLink> m_pendingLinks;
    int m_fetched = 0;
};

} // namespace posbridge
