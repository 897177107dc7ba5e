#include "sync/orderdownloadjob.h"

#include "lightspeed/apierrors.h"
#include "lightspeed/retailapi.h"
#include "storage/customerrepository.h"
#include "storage/orderrepository.h"
#include "storage/transaction.h"
#include "sync/connectionmanager.h"
#include "sync/faultpoint.h"
#include "sync/itemresolver.h"
#include "sync/logging.h"
#include "sync/orderdownloadcheckpoint.h"
#include "sync/runrecorder.h"
#include "sync/salemapper.h"
#include "sync/stockcheckpoint.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>

#include <memory>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrderDownloadJob)
};

enum class SaleAction
{
    Import, ///< completed, not voided, not imported yet
    Cancel, ///< voided: cancel its order when there is one
    Skip,   ///< open: imported once completed
    Known,  ///< already imported
};

SyncEvent saleEvent(EventLevel level, qint64 saleId, qint64 orderId, const QString &message)
{
    SyncEvent event;
    event.level = level;
    event.entity = QStringLiteral("sale");
    event.lightspeedId = QString::number(saleId);
    event.localId = orderId;
    event.message = message;
    return event;
}

QDateTime laterOf(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

} // namespace

struct OrderDownloadJob::RunState
{
    OrderDownloadCheckpoint checkpoint;
    OrderDownloadCheckpoint previous; ///< as the run found it
    QDateTime seenAtStart;
    OrderBooking booking;
    std::unique_ptr<ItemResolver> items;
    QHash<qint64, OrderCustomer> customers;
    QList<SaleAction> actions; ///< of the page being handled, in sale order
    QSet<qint64> notedItems;   ///< items whose matching was reported in this run
    int salesSeen = 0;
};

OrderDownloadJob::OrderDownloadJob(OrderDownloadOptions options)
    : m_options(options)
{
}

QStringList OrderDownloadJob::saleRelations(const OrderDownloadOptions &options)
{
    QStringList relations{QStringLiteral("SaleLines")};
    if (options.loadPayments)
        relations << QStringLiteral("SalePayments");
    return relations;
}

VoidResult OrderDownloadJob::run(JobContext &context)
{
    const IntegrationSettings &settings = context.settings();
    if (context.shopId <= 0)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Choose the Lightspeed shop in the General Settings first."));

    RunState state;
    auto checkpoint = OrderDownloadCheckpoint::load(context.db(), context.companyId);
    if (!checkpoint)
        return checkpoint.error();
    state.checkpoint = *checkpoint;
    state.previous = *checkpoint;
    auto stock = StockCheckpoint::load(context.db(), context.companyId);
    if (!stock)
        return stock.error();
    state.seenAtStart = stock->seen;
    state.booking = {settings.sellingWarehouseId, settings.returnsWarehouseId};
    state.items = std::make_unique<ItemResolver>(context.companyId, settings.skuMatchingOrder);

    const QDateTime since = state.previous.cursor.isValid()
                                ? state.previous.cursor.addMSecs(-m_options.overlapMs)
                                : context.clock->nowUtc().addMSecs(-m_options.initialLookBackMs);
    context.reportProgress(0, 0, Messages::tr("Reading sales changed since %1").arg(since.toString(Qt::ISODate)));
    qCInfo(lcSync).noquote() << "Order download of company" << context.companyId << "reads shop" << context.shopId
                             << "from" << since.toString(Qt::ISODate);

    const VoidResult walked = context.api->retail->salesUpdatedSince(
        context.shopId, since,
        [this, &context, &state](const QList<Sale> &sales) { return handlePage(context, state, sales); },
        saleRelations(m_options), context.cancel);
    if (!walked)
        return walked;

    // Every stock change Lightspeed showed before this run started, and every sale up to the
    // cursor, is now in the back office.
    state.checkpoint.covered = laterOf(state.checkpoint.covered, laterOf(state.seenAtStart, state.checkpoint.cursor));
    if (!state.checkpoint.firstReadFrom.isValid())
        state.checkpoint.firstReadFrom = since;
    if (auto saved = state.checkpoint.save(context.db(), context.companyId); !saved)
        return saved;
    context.reportProgress(state.salesSeen, state.salesSeen, Messages::tr("%n sales read", nullptr, state.salesSeen));
    return {};
}

VoidResult OrderDownloadJob::handlePage(JobContext &context, RunState &state, const QList<Sale> &sales)
{
    if (context.cancel.isCancelled())
        return ApiErrors::cancelled(QStringLiteral("order download cancelled between pages"));
    FaultPoint::reached("order-download.page-fetched");
    if (sales.isEmpty())
        return {};

    OrderRepository orders(context.db());
    state.actions.clear();
    QList<qint64> itemIds;
    QList<const Sale *> imports;
    for (const Sale &sale : sales) {
        SaleAction action = SaleAction::Skip;
        if (sale.voided) {
            action = SaleAction::Cancel;
        } else if (sale.completed) {
            const auto existing = orders.findOrderId(context.companyId, sale.saleId);
            if (!existing)
                return existing.error();
            action = existing->has_value() ? SaleAction::Known : SaleAction::Import;
        }
        state.actions << action;
        if (action != SaleAction::Import)
            continue;
        imports << &sale;
        for (const SaleLine &line : sale.lines)
            itemIds << line.itemId;
    }

    if (auto resolved = state.items->resolve(context.db(), *context.api->retail, itemIds, context.cancel); !resolved)
        return resolved;
    if (auto loaded = loadCustomers(context, state, imports); !loaded)
        return loaded;
    if (context.cancel.isCancelled())
        return ApiErrors::cancelled(QStringLiteral("order download cancelled before a page was stored"));
    if (auto written = writePage(context, state, sales); !written)
        return written;
    FaultPoint::reached("order-download.page-committed");

    state.salesSeen += int(sales.size());
    context.reportProgress(state.salesSeen, 0, Messages::tr("%n sales read", nullptr, state.salesSeen));
    return {};
}

VoidResult OrderDownloadJob::loadCustomers(JobContext &context, RunState &state, const QList<const Sale *> &sales)
{
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const Sale *sale : sales) {
        const qint64 id = sale->customerId;
        if (id == 0 || state.customers.contains(id) || seen.contains(id))
            continue;
        if (sale->customer) {
            state.customers.insert(id, SaleMapper::customerFrom(*sale->customer));
            continue;
        }
        seen.insert(id);
        wanted << id;
    }
    if (wanted.isEmpty())
        return {};

    const auto stored = CustomerRepository(context.db()).findByLightspeedIds(context.companyId, wanted);
    if (!stored)
        return stored.error();
    QList<qint64> missing;
    for (qint64 id : std::as_const(wanted)) {
        if (stored->contains(id))
            state.customers.insert(id, stored->value(id));
        else
            missing << id;
    }
    if (missing.isEmpty())
        return {};

    const auto fetched = context.api->retail->customersByIds(missing, context.cancel);
    if (!fetched)
        return fetched.error();
    for (const Customer &customer : *fetched)
        state.customers.insert(customer.customerId, SaleMapper::customerFrom(customer));
    for (qint64 id : std::as_const(missing)) {
        // A customer Lightspeed no longer returns still gets a row of its own, without a name.
        if (!state.customers.contains(id)) {
            OrderCustomer unnamed;
            unnamed.lightspeedCustomerId = id;
            state.customers.insert(id, unnamed);
        }
    }
    return {};
}

VoidResult OrderDownloadJob::writePage(JobContext &context, RunState &state, const QList<Sale> &sales)
{
    QSqlDatabase db = context.db();
    RunRecorder &recorder = *context.recorder;
    auto forgetEvents = qScopeGuard([&recorder] { recorder.discardEvents(); });
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(ErrorCode::Database,
                         Messages::tr("Could not start a database transaction for the downloaded sales."));
    if (auto linked = state.items->commitLinks(db); !linked)
        return linked;

    OrderRepository orders(db);
    const QDateTime importedAt = context.clock->nowUtc();
    RunCounts &counts = recorder.counts();
    for (qsizetype i = 0; i < sales.size(); ++i) {
        const Sale &sale = sales[i];
        const bool firstSeen = state.previous.isUnread(sale.updateTime, sale.saleId);
        ++counts.fetched;
        switch (state.actions[i]) {
        case SaleAction::Known:
            break;
        case SaleAction::Skip:
            if (firstSeen) {
                ++counts.skipped;
                recorder.addEvent(
                    saleEvent(EventLevel::Info, sale.saleId, 0,
                              Messages::tr("Skipped: the sale is not completed yet. It is imported once it is.")));
            }
            break;
        case SaleAction::Cancel: {
            const auto cancelled = orders.cancelOrder(context.companyId, sale.saleId, sale.updateTime);
            if (!cancelled)
                return cancelled.error();
            if (*cancelled) {
                ++counts.updated;
                const auto orderId = orders.findOrderId(context.companyId, sale.saleId);
                recorder.addEvent(
                    saleEvent(EventLevel::Info, sale.saleId, orderId ? orderId->value_or(0) : 0,
                              Messages::tr("Voided in Lightspeed: the order is cancelled and its stock moves are "
                                           "reversed.")));
            } else if (firstSeen) {
                ++counts.skipped;
                recorder.addEvent(saleEvent(EventLevel::Info, sale.saleId, 0,
                                            Messages::tr("Skipped: the sale was voided before it was downloaded.")));
            }
            break;
        }
        case SaleAction::Import: {
            const OrderCustomer customer =
                sale.customerId == 0 ? SaleMapper::placeholderCustomer() : state.customers.value(sale.customerId);
            const Order order = SaleMapper::toOrder(sale, context.companyId, *state.items, customer, importedAt);
            const bool stockCounted =
                state.checkpoint.stockFrom.isValid() && sale.updateTime < state.checkpoint.stockFrom;
            const auto outcome = orders.importOrder(order, stockCounted ? OrderBooking{} : state.booking);
            if (!outcome)
                return outcome.error();
            if (outcome->kind == ImportOutcome::Kind::AlreadyImported)
                break;
            ++counts.created;
            recorder.addEvent(saleEvent(EventLevel::Info, sale.saleId, outcome->orderId,
                                        stockCounted
                                            ? Messages::tr("Imported as an order, without stock moves: the stock was "
                                                           "counted after this sale.")
                                            : Messages::tr("Imported as an order.")));
            for (const SaleLine &line : sale.lines) {
                const ItemResolver::Resolution resolution = state.items->resolution(line.itemId);
                // An unmatched line is flagged every time; a link made by matching is reported once per run.
                if (resolution.productId != 0 && (resolution.note.isEmpty() || state.notedItems.contains(line.itemId)))
                    continue;
                state.notedItems.insert(line.itemId);
                SyncEvent event = saleEvent(resolution.productId == 0 ? EventLevel::Warning : EventLevel::Info,
                                            sale.saleId, outcome->orderId, resolution.note);
                event.entity = QStringLiteral("item");
                event.lightspeedId = QString::number(line.itemId);
                if (resolution.productId == 0)
                    event.message =
                        Messages::tr("Sale %1: imported as an unknown item. %2").arg(sale.saleId).arg(resolution.note);
                recorder.addEvent(event);
            }
            break;
        }
        }
    }

    if (auto flushed = recorder.flushEvents(); !flushed)
        return flushed;
    for (const Sale &sale : sales)
        state.checkpoint.advance(sale.updateTime, sale.saleId);
    if (auto saved = state.checkpoint.save(db, context.companyId); !saved)
        return saved;
    FaultPoint::reached("order-download.page-written");
    if (!transaction.commit())
        return makeError(ErrorCode::Database, Messages::tr("Could not store the downloaded sales."),
                         db.lastError().text());
    forgetEvents.dismiss();
    return {};
}

} // namespace posbridge
