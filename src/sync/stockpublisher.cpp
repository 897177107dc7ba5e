#include "sync/stockpublisher.h"

#include "lightspeed/apierrors.h"
#include "lightspeed/retailapi.h"
#include "storage/listingrepository.h"
#include "storage/stockledger.h"
#include "storage/synchistoryrepository.h"
#include "storage/transaction.h"
#include "sync/connectionmanager.h"
#include "sync/faultpoint.h"
#include "sync/job.h"
#include "sync/logging.h"
#include "sync/runrecorder.h"

#include <QCoreApplication>
#include <QSqlError>

namespace posbridge {

namespace {

constexpr int EVENTS_PER_FLUSH = 25;

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(StockPublisher)
};

QString holdKey(qint64 itemId)
{
    return QStringLiteral("item:%1").arg(itemId);
}

/** A failure that concerns this item only and will fail again until something changes: 400, 403, 404, 422… */
bool isPermanentForItem(const Error &error)
{
    const int status = error.httpStatus;
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 409 && status != 429;
}

SyncEvent itemEvent(EventLevel level, const Listing &listing, const QString &message)
{
    SyncEvent event;
    event.level = level;
    event.entity = QStringLiteral("item");
    event.lightspeedId = QString::number(listing.itemId);
    event.localId = listing.productId;
    event.message = message;
    return event;
}

QString quantityText(const std::optional<Decimal> &quantity)
{
    return quantity ? quantity->toString() : Messages::tr("unknown");
}

} // namespace

StockPublisher::StockPublisher(JobContext &context)
    : m_context(context)
{
}

VoidResult StockPublisher::load()
{
    QSqlDatabase db = m_context.db();
    auto orders = OrderDownloadCheckpoint::load(db, m_context.companyId);
    if (!orders)
        return orders.error();
    m_orders = *orders;
    auto stock = StockCheckpoint::load(db, m_context.companyId);
    if (!stock)
        return stock.error();
    m_stock = *stock;
    auto held = SyncHistoryRepository(db).heldKeys(m_context.companyId, SyncJob::InventoryUpload);
    if (!held)
        return held.error();
    m_held = *held;
    m_deferForDownload = m_context.settings().orderDownloadEnabled;

    // Changes that a completed order download now covers no longer hold their item back.
    for (auto it = m_stock.pending.begin(); it != m_stock.pending.end();) {
        if (m_orders.covered.isValid() && it.value() <= m_orders.covered)
            it = m_stock.pending.erase(it);
        else
            ++it;
    }

    auto linked = ListingRepository(db).listLinked(m_context.companyId);
    if (!linked)
        return linked.error();
    m_byItem.clear();
    for (const Listing &listing : *linked)
        m_byItem.insert(listing.itemId, listing);
    return {};
}

Decimal StockPublisher::targetFor(Decimal level) const
{
    const Decimal available = level - m_context.settings().safetyBuffer;
    return Decimal::fromInt(qMax<qint64>(0, available.floor()));
}

Result<QList<StockPublisher::Candidate>> StockPublisher::candidates(bool onlyChanged)
{
    const qint64 warehouseId = m_context.settings().sellingWarehouseId;
    if (warehouseId == 0)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Choose the Selling Warehouse in the Sync options first."));

    QList<qint64> productIds;
    for (const Listing &listing : std::as_const(m_byItem)) {
        if (listing.enabled)
            productIds << listing.productId;
    }
    const auto levels = StockLedger(m_context.db()).quantities(warehouseId, productIds);
    if (!levels)
        return levels.error();

    QList<Candidate> found;
    for (const Listing &listing : std::as_const(m_byItem)) {
        if (!listing.enabled)
            continue;
        const Decimal target = targetFor(levels->value(listing.productId));
        if (onlyChanged && listing.publishedQuantity && *listing.publishedQuantity == target)
            continue;
        found.append({listing.id, listing.itemId, target});
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.itemId < b.itemId; });
    return found;
}

VoidResult StockPublisher::readChanges()
{
    // The first read has nothing to start from, so it reads every row: what Lightspeed holds
    // is learned before anything is overwritten.
    return readSince(m_stock.seen.isValid() ? m_stock.seen : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

VoidResult StockPublisher::readAll()
{
    return readSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

VoidResult StockPublisher::readSince(const QDateTime &since)
{
    const qint64 shopId = m_context.shopId;
    m_context.reportProgress(0, 0, Messages::tr("Reading Lightspeed's stock"));
    return m_context.api->retail->itemShopsChangedSince(
        since, shopId,
        [this, shopId](const QList<ItemShop> &rows) -> VoidResult {
            for (const ItemShop &row : rows) {
                if (row.shopId != shopId)
                    continue;
                observe(row);
                if (!m_stock.seen.isValid() || m_stock.seen < row.timeStamp)
                    m_stock.seen = row.timeStamp;
            }
            return {};
        },
        m_context.cancel);
}

VoidResult StockPublisher::readUnknown(const QList<Candidate> &candidates)
{
    QList<qint64> unknown;
    for (const Candidate &candidate : candidates) {
        if (!m_byItem.value(candidate.itemId).publishedQuantity)
            unknown << candidate.itemId;
    }
    if (unknown.isEmpty())
        return {};
    const auto items = m_context.api->retail->itemsByIds(unknown, true, m_context.cancel);
    if (!items)
        return items.error();
    for (const Item &item : *items) {
        if (const ItemShop *row = item.itemShop(m_context.shopId))
            observe(*row);
    }
    return {};
}

void StockPublisher::observe(const ItemShop &row)
{
    auto it = m_byItem.find(row.itemId);
    if (it == m_byItem.end())
        return;
    m_rowsRead.insert(row.itemId);
    Listing &listing = *it;
    const bool changedElsewhere = !listing.itemShopTimeStamp.isValid() || listing.itemShopTimeStamp < row.timeStamp;
    if (!changedElsewhere && listing.publishedQuantity)
        return;
    listing.publishedQuantity = row.qoh;
    listing.itemShopTimeStamp = row.timeStamp;
    m_observed.insert(row.itemId);
    if (changedElsewhere && m_deferForDownload && (!m_orders.covered.isValid() || m_orders.covered < row.timeStamp))
        m_stock.pending.insert(row.itemId, row.timeStamp);
}

VoidResult StockPublisher::saveObservations()
{
    QSqlDatabase db = m_context.db();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorCode::Database,
                         Messages::tr("Could not start a database transaction for Lightspeed's stock."));
    ListingRepository listings(db);
    for (qint64 itemId : std::as_const(m_observed)) {
        const Listing &listing = m_byItem[itemId];
        if (auto recorded = listings.recordPublishedQuantity(listing.id, listing.publishedQuantity.value_or(Decimal()),
                                                             listing.itemShopTimeStamp);
            !recorded)
            return recorded;
    }
    if (auto saved = m_stock.save(db, m_context.companyId); !saved)
        return saved;
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("Could not store Lightspeed's stock."),
                         db.lastError().text());
    m_observed.clear();
    return {};
}

bool StockPublisher::isChangeCovered(qint64 itemId) const
{
    if (!m_deferForDownload)
        return true;
    const auto pending = m_stock.pending.constFind(itemId);
    if (pending == m_stock.pending.cend())
        return true;
    // NOTE: Lightspeed's times have whole seconds, so a sale in the same second as the last read
    // counts as covered. The next cycle corrects the quantity once the sale is imported.
    return m_orders.covered.isValid() && *pending <= m_orders.covered;
}

bool StockPublisher::isDeferred(qint64 itemId) const
{
    if (isChangeCovered(itemId))
        return false;
    return !m_orders.hasCompleted() || m_unimported.contains(itemId);
}

VoidResult StockPublisher::findUnimportedSales(const QList<Candidate> &candidates)
{
    m_unimported.clear();
    const bool needed = std::any_of(candidates.cbegin(), candidates.cend(),
                                    [this](const Candidate &candidate) { return !isChangeCovered(candidate.itemId); });
    if (!needed || !m_orders.hasCompleted())
        return {};
    return m_context.api->retail->salesUpdatedSince(
        m_context.shopId, m_orders.unreadFrom(),
        [this](const QList<Sale> &sales) -> VoidResult {
            for (const Sale &sale : sales) {
                if ((!sale.completed && !sale.voided) || !m_orders.isUnread(sale.updateTime, sale.saleId))
                    continue;
                for (const SaleLine &line : sale.lines)
                    m_unimported.insert(line.itemId);
            }
            return {};
        },
        {QStringLiteral("SaleLines")}, m_context.cancel);
}

VoidResult StockPublisher::publish(const QList<Candidate> &candidates)
{
    if (auto found = findUnimportedSales(candidates); !found)
        return found;
    RunRecorder &recorder = *m_context.recorder;
    RunCounts &counts = recorder.counts();
    const int total = int(candidates.size());
    int done = 0;
    for (const Candidate &candidate : candidates) {
        if (m_context.cancel.isCancelled())
            return ApiErrors::cancelled(QStringLiteral("stock upload cancelled between items"));
        Listing &listing = m_byItem[candidate.itemId];
        ++done;
        if (listing.publishedQuantity && *listing.publishedQuantity == candidate.target)
            continue;
        if (m_held.contains(holdKey(candidate.itemId))) {
            ++counts.skipped;
            continue;
        }
        if (isDeferred(candidate.itemId)) {
            ++counts.skipped;
            recorder.addEvent(
                itemEvent(EventLevel::Info, listing,
                          Messages::tr("Deferred to the next cycle: Lightspeed's stock (%1) changed through a sale "
                                       "that is not downloaded yet.")
                              .arg(quantityText(listing.publishedQuantity))));
            continue;
        }
        if (auto written = writeOne(candidate, listing); !written)
            return written;
        if (recorder.pendingEvents() >= EVENTS_PER_FLUSH) {
            if (auto flushed = recorder.flushEvents(); !flushed)
                return flushed;
        }
        m_context.reportProgress(done, total, Messages::tr("Uploading stock: %1 of %2 items").arg(done).arg(total));
    }
    return {};
}

VoidResult StockPublisher::writeOne(const Candidate &candidate, Listing &listing)
{
    RunRecorder &recorder = *m_context.recorder;
    ItemChanges changes;
    changes.stock.append({m_context.shopId, 0, candidate.target});

    FaultPoint::reached("inventory-upload.before-write");
    const Result<Item> written = m_context.api->retail->updateItem(candidate.itemId, changes, m_context.cancel);
    if (!written) {
        const Error &error = written.error();
        if (!isPermanentForItem(error))
            return error;
        SyncEvent event = itemEvent(
            EventLevel::Error, listing,
            Messages::tr("Lightspeed rejected the stock of item %1: %2").arg(candidate.itemId).arg(error.message));
        event.httpStatus = error.httpStatus;
        event.retryable = true;
        const auto eventId = recorder.recordNow(event);
        if (!eventId)
            return eventId.error();
        if (auto held = recorder.hold(SyncJob::InventoryUpload, holdKey(candidate.itemId), *eventId, error.message);
            !held)
            return held;
        m_held.insert(holdKey(candidate.itemId));
        ++recorder.counts().failed;
        qCWarning(lcSync).noquote() << "Item" << candidate.itemId << "of company" << m_context.companyId
                                    << "is held after HTTP" << error.httpStatus << ":" << error.toLogString();
        return {};
    }
    FaultPoint::reached("inventory-upload.after-write");

    const ItemShop *row = written->itemShop(m_context.shopId);
    const Decimal quantity = row ? row->qoh : candidate.target;
    const QDateTime stamp = row ? row->timeStamp : QDateTime();
    if (auto recorded = ListingRepository(m_context.db()).recordPublishedQuantity(listing.id, quantity, stamp);
        !recorded)
        return recorded;
    FaultPoint::reached("inventory-upload.recorded");

    recorder.addEvent(itemEvent(EventLevel::Info, listing,
                                Messages::tr("Lightspeed stock set from %1 to %2.")
                                    .arg(quantityText(listing.publishedQuantity), quantity.toString())));
    listing.publishedQuantity = quantity;
    listing.itemShopTimeStamp = stamp;
    m_stock.pending.remove(candidate.itemId);
    ++recorder.counts().updated;
    return {};
}

QList<qint64> StockPublisher::itemsWithoutRow() const
{
    QList<qint64> missing;
    for (auto it = m_byItem.cbegin(); it != m_byItem.cend(); ++it) {
        if (!m_rowsRead.contains(it.key()))
            missing << it.key();
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

} // namespace posbridge
