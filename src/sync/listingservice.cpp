#include "sync/listingservice.h"

#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/orderrepository.h"
#include "storage/postingrepository.h"
#include "storage/settingsrepository.h"
#include "sync/logging.h"

namespace posbridge {

ListingService::ListingService(std::shared_ptr<DatabaseExecutor> executor, QObject *parent)
    : QObject(parent)
    , m_executor(std::move(executor))
{
}

ListingService::~ListingService()
{
    // Queued work refers to this object; let it finish before the object goes away.
    m_executor->waitForDone();
}

void ListingService::emitChanged(qint64 companyId)
{
    QMetaObject::invokeMethod(
        this, [this, companyId] { Q_EMIT listingsChanged(companyId); }, Qt::QueuedConnection);
}

QFuture<Result<ListingPage>> ListingService::page(const ListingFilter &filter,
                                                  const std::optional<ListingCursor> &after, int limit)
{
    return m_executor->run(
        [filter, after, limit](Database &db) { return ListingQueries(db.connection()).page(filter, after, limit); });
}

QFuture<Result<qint64>> ListingService::count(const ListingFilter &filter)
{
    return m_executor->run([filter](Database &db) { return ListingQueries(db.connection()).count(filter); });
}

QFuture<Result<QList<ListingCandidate>>> ListingService::candidates(qint64 listingId)
{
    return m_executor->run([listingId](Database &db) { return ListingQueries(db.connection()).candidates(listingId); });
}

QFuture<VoidResult> ListingService::setEnabled(qint64 companyId, const QList<qint64> &productIds, bool enabled,
                                               bool archive)
{
    return m_executor->run([this, companyId, productIds, enabled, archive](Database &db) {
        auto result = PostingRepository(db.connection()).setEnabled(companyId, productIds, enabled, archive);
        if (result.ok()) {
            qCInfo(lcSync) << (enabled ? "Enabled" : "Disabled") << productIds.size() << "listings of company"
                           << companyId << (archive ? "and asked to archive their items" : "");
            emitChanged(companyId);
        }
        return result;
    });
}

QFuture<VoidResult> ListingService::unlink(qint64 companyId, const QList<qint64> &productIds)
{
    return m_executor->run([this, companyId, productIds](Database &db) {
        auto result = PostingRepository(db.connection()).unlink(companyId, productIds);
        if (result.ok())
            emitChanged(companyId);
        return result;
    });
}

QFuture<VoidResult> ListingService::chooseCandidate(qint64 companyId, qint64 listingId, qint64 itemId)
{
    return m_executor->run([this, companyId, listingId, itemId](Database &db) {
        auto result = PostingRepository(db.connection()).chooseCandidate(companyId, listingId, itemId);
        if (result.ok())
            emitChanged(companyId);
        return result;
    });
}

QFuture<Result<int>> ListingService::retry(qint64 companyId, const QList<qint64> &productIds)
{
    return m_executor->run([this, companyId, productIds](Database &db) {
        auto result = PostingRepository(db.connection()).retry(companyId, productIds);
        if (result.ok())
            emitChanged(companyId);
        return result;
    });
}

QFuture<Result<RematchOutcome>> ListingService::rematchItem(qint64 companyId, qint64 itemId, qint64 productId)
{
    return m_executor->run([this, companyId, itemId, productId](Database &db) -> Result<RematchOutcome> {
        const auto settings = SettingsRepository(db.connection()).load(companyId);
        if (!settings)
            return settings.error();
        OrderBooking booking;
        booking.sellingWarehouseId = settings->sellingWarehouseId;
        booking.returnsWarehouseId = settings->returnsWarehouseId;
        auto result = ItemRematcher(db.connection()).rematch(companyId, itemId, productId, booking);
        if (result.ok()) {
            qCInfo(lcSync) << "Resolved Lightspeed item" << itemId << "of company" << companyId << "to product"
                           << productId << "on" << result->linesMatched << "order lines";
            QMetaObject::invokeMethod(
                this,
                [this, companyId, itemId, productId] {
                    Q_EMIT listingsChanged(companyId);
                    Q_EMIT itemRematched(companyId, itemId, productId);
                },
                Qt::QueuedConnection);
        }
        return result;
    });
}

void ListingService::requestPosting(qint64 companyId, const QList<qint64> &productIds)
{
    Q_EMIT postingRequested(companyId, productIds);
}

} // namespace posbridge
