#pragma once

#include "core/error.h"
#include "core/product.h"
#include "storage/listingqueries.h"

#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief Where the Lightspeed item of a listing came from. */
enum class ItemOrigin
{
    None,    ///< the listing has no item
    Linked,  ///< the item existed on Lightspeed and was matched or chosen
    Created, ///< POS Bridge created the item
};

/** @brief A listing the posting job works on, with its product and its posting flags. */
struct PostingEntry
{
    Product product;
    Listing listing;
    ItemOrigin origin = ItemOrigin::None;
    bool createUnconfirmed = false; ///< a create request may have reached Lightspeed: look before creating
};

/** @brief What a listing's item looks like on Lightspeed, as the posting job read or wrote it. */
struct PostedItem
{
    qint64 itemId = 0;
    QString systemSku;
    QString customSku;
    QString upc;
    QString description;
    Decimal defaultPrice;
    Decimal defaultCost;
};

/**
 * @brief The write side of listings: the admin's choices and what the posting job records.
 *
 * Product ids passed in must belong to companyId; rows of other companies are not touched.
 * setEnabled(), unlink(), chooseCandidate() and retry() each run in one transaction; the other methods
 * open none, so that the posting job can wrap several of them in its own.
 */
class PostingRepository
{
public:
    explicit PostingRepository(QSqlDatabase db);

    // The admin's actions.

    /**
     * @brief Enables or disables listing for products, in one transaction.
     *
     * Enabling creates missing listings as "pending" and cancels a pending archive request.
     * Disabling keeps the item link (so sales still resolve) unless archive is set: then the
     * posting job archives the item on Lightspeed and drops the link.
     */
    VoidResult setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled, bool archive = false);
    /** @brief Drops the item link of products and disables their listings, so nothing matches them again. */
    VoidResult unlink(qint64 companyId, const QList<qint64> &productIds);
    /** @brief Links a "needs a choice" listing to one of its candidate items, in one transaction. */
    VoidResult chooseCandidate(qint64 companyId, qint64 listingId, qint64 itemId);
    /**
     * @brief Puts listings in error back in line for the next posting run and releases their holds.
     *
     * Returns the number of listings that were in error.
     */
    Result<int> retry(qint64 companyId, const QList<qint64> &productIds);

    // What the posting job reads and records.

    /** @brief Turns linked or created listings whose product's name, price or cost changed into "pending update". */
    Result<int> markChangedAsPendingUpdate(qint64 companyId);
    /** @brief Puts listings in error whose hold was released (Retry in the Sync History) back in line. */
    Result<int> requeueReleasedErrors(qint64 companyId);
    /** @brief Enabled listings in state, after afterListingId, limited to productIds when not empty. */
    Result<QList<PostingEntry>> entries(qint64 companyId, ListingState state, qint64 afterListingId, int limit,
                                        const QList<qint64> &productIds = {}) const;
    /** @brief Disabled listings whose item the admin asked to archive. */
    Result<QList<PostingEntry>> archiveRequests(qint64 companyId, int limit) const;

    /** @brief Records the item a listing is now linked to; posted values are the item's, so differences show. */
    VoidResult recordLinked(qint64 listingId, const PostedItem &item, ItemOrigin origin);
    /** @brief Records that several items matched; the listing waits for the admin's choice. */
    VoidResult recordNeedsChoice(qint64 listingId, const QList<ListingCandidate> &candidates);
    /** @brief Records a rejection; the listing waits for Retry. */
    VoidResult recordError(qint64 listingId, const QString &message);
    /** @brief Records a pushed update: the values now on Lightspeed, and the state before "pending update". */
    VoidResult recordPushed(qint64 listingId, const QString &name, Decimal price, Decimal cost, ItemOrigin origin);
    /** @brief Records a transient failure on a listing without changing its state. */
    VoidResult recordTransientError(qint64 listingId, const QString &message);
    VoidResult setCreateUnconfirmed(qint64 listingId, bool unconfirmed);
    /** @brief Records that the item was archived on Lightspeed: the link is dropped. */
    VoidResult recordArchived(qint64 listingId);

    /** @brief The entity key of a product in the sync holds of product posting. */
    static QString holdKey(qint64 productId);

private:
    Result<QList<PostingEntry>> readEntries(QSqlQuery &query) const;

    QSqlDatabase m_db;
};

QString itemOriginKey(ItemOrigin origin);
ItemOrigin itemOriginFromKey(QStringView key);

} // namespace posbridge
