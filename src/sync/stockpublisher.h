#pragma once

#include "core/decimal.h"
#include "core/error.h"
#include "core/product.h"
#include "sync/orderdownloadcheckpoint.h"
#include "sync/stockcheckpoint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace posbridge {

struct ItemShop;
struct JobContext;

/**
 * @brief Publishes the Selling Warehouse's stock to the company's Lightspeed shop; shared by
 * inventory upload and reconciliation.
 *
 * The quantity to publish is the Selling Warehouse level minus the safety buffer, floored to
 * whole units and at 0. A listing's publishedQuantity and itemShopTimeStamp hold what
 * Lightspeed was last seen or made to hold, so only differing quantities are written.
 *
 * Reading Lightspeed's ItemShop rows is an observation: a row newer than the listing's
 * timeStamp was changed by someone else (a POS sale, a stock count), so its qoh becomes the
 * published quantity. When that change is later than what the last completed order download
 * covers, it may come from a sale that is not imported yet. Before writing such an item, the
 * publisher reads the shop's sales changed since the download's cursor, usually one request
 * with their lines. An item on a completed or voided sale among them is deferred to the next
 * cycle, by when the download will have imported the sale. Writes carry only the shop's
 * ItemShop qoh.
 * A 4xx answer puts the item on hold until the admin retries it; any other failure stops
 * the run, and the scheduler tries again later.
 */
class StockPublisher
{
public:
    /** @brief A listing whose Lightspeed quantity may need writing. */
    struct Candidate
    {
        qint64 listingId = 0;
        qint64 itemId = 0;
        Decimal target;
    };

    explicit StockPublisher(JobContext &context);

    /** @brief Reads the checkpoints, the holds and every linked listing of the company. */
    VoidResult load();

    /** @brief The quantity to publish for a Selling Warehouse level. */
    [[nodiscard]] Decimal targetFor(Decimal level) const;

    /**
     * @brief The enabled linked listings with their quantity to publish.
     *
     * With onlyChanged, only those whose published quantity is unknown or differs.
     */
    Result<QList<Candidate>> candidates(bool onlyChanged);

    /** @brief Reads the shop's ItemShop rows changed since the last read (all of them the first time). */
    VoidResult readChanges();
    /** @brief Reads every ItemShop row of the shop. */
    VoidResult readAll();
    /** @brief Reads the stock of the candidates whose published quantity is still unknown. */
    VoidResult readUnknown(const QList<Candidate> &candidates);
    /** @brief Stores the observations of the reads and the stock checkpoint, in one transaction. */
    VoidResult saveObservations();

    /**
     * @brief Writes the candidates whose target differs from what Lightspeed holds.
     *
     * Deferred and held items are skipped. Returns an error only for failures that stop the run.
     */
    VoidResult publish(const QList<Candidate> &candidates);

    /** @brief Linked listings without a row for the shop in the last full read. */
    [[nodiscard]] QList<qint64> itemsWithoutRow() const;

private:
    void observe(const ItemShop &row);
    [[nodiscard]] bool isChangeCovered(qint64 itemId) const;
    [[nodiscard]] bool isDeferred(qint64 itemId) const;
    VoidResult findUnimportedSales(const QList<Candidate> &candidates);
    VoidResult writeOne(const Candidate &candidate, Listing &listing);
    VoidResult readSince(const QDateTime &since);

    JobContext &m_context;
    OrderDownloadCheckpoint m_orders;
    StockCheckpoint m_stock;
    QSet<QString> m_held;
    bool m_deferForDownload = false;
    QHash<qint64, Listing> m_byItem; ///< every linked listing, enabled or not
    QSet<qint64> m_observed;         ///< items whose listing an observation changed
    QSet<qint64> m_rowsRead;         ///< items with a row in this run's reads
    QSet<qint64> m_unimported;       ///< items on completed or voided sales the download has not handled
};

} // namespace posbridge
