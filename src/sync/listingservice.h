#pragma once

#include "core/error.h"
#include "storage/itemrematcher.h"
#include "storage/listingqueries.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace posbridge {

class DatabaseExecutor;

/**
 * @brief Listings for the GUI: pages, counts and the admin's actions, without blocking its thread.
 *
 * Every call runs on the database executor's thread and returns a QFuture. Actions emit
 * listingsChanged() once they are saved. Posting itself runs in the sync engine: "post now"
 * is a request, postingRequested(), that the application passes on to it.
 */
class ListingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingService)

public:
    explicit ListingService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent = nullptr);
    ~ListingService() override;

    QFuture<Result<ListingPage>> page(const ListingFilter &filter, const std::optional<ListingCursor> &after,
                                      int limit);
    QFuture<Result<qint64>> count(const ListingFilter &filter);
    QFuture<Result<QList<ListingCandidate>>> candidates(qint64 listingId);

    /** @brief Enables or disables listing; with archive, the posting job archives the items of the disabled ones. */
    QFuture<VoidResult> setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled, bool archive);
    QFuture<VoidResult> unlink(qint64 companyId, const QList<qint64> &productIds);
    QFuture<VoidResult> chooseCandidate(qint64 companyId, qint64 listingId, qint64 itemId);
    /** @brief Puts listings in error back in line and releases their holds; returns how many were in error. */
    QFuture<Result<int>> retry(qint64 companyId, const QList<qint64> &productIds);
    /**
     * @brief Resolves an unknown item of imported sales to a product and books the stock of its lines.
     *
     * The stock goes to the Selling and Returns Warehouses of the company's settings.
     */
    QFuture<Result<RematchOutcome>> rematchItem(qint64 companyId, qint64 itemId, qint64 productId);

    /** @brief Asks for a posting run of the company, limited to productIds when not empty. */
    void requestPosting(qint64 companyId, const QList<qint64> &productIds = {});

Q_SIGNALS:
    void listingsChanged(qint64 companyId);
    /** @brief An unknown item was resolved: the company's orders changed too. */
    void itemRematched(qint64 companyId, qint64 itemId, qint64 productId);
    /** @brief The admin asked to post now; the sync engine runs product posting for the company. */
    void postingRequested(qint64 companyId, const QList<qint64> &productIds);

private:
    void emitChanged(qint64 companyId);

    std::shared_ptr<DatabaseExecutor> m_executor;
};

} // namespace posbridge
