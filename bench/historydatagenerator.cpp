#include "historydatagenerator.h"

#include "core/order.h"
#include "core/syncrun.h"
#include "storage/companyrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace posbridge {

namespace {

constexpr int BIG_RUN_EVENTS = 1000;
constexpr int BIG_RUN_EVERY = 1000;
constexpr int SMALL_RUN_MAX_EVENTS = 18;

SyncJob pickJob(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 50)
        return SyncJob::OrderDownload;
    if (roll < 80)
        return SyncJob::InventoryUpload;
    if (roll < 95)
        return SyncJob::ProductPosting;
    return SyncJob::Reconciliation;
}

RunResult pickResult(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 85)
        return RunResult::Succeeded;
    if (roll < 94)
        return RunResult::Partial;
    if (roll < 98)
        return RunResult::Failed;
    return RunResult::Cancelled;
}

// Rows per INSERT of events. Qt's SQLite driver looks up each parameter by position on every
// execution, which grows with the square of the parameter count, so a handful of rows per
// statement beats both one row and hundreds.
constexpr int EVENTS_PER_STATEMENT = 16;

QString eventInsertSql(int rows)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return QStringLiteral("INSERT INTO sync_events (run_id, company_id, at, level, entity, lightspeed_id, local_id, "
                          "http_status, message, retryable) VALUES ") +
           values.join(u',');
}

/** Runs the prepared multi-row INSERT with the pending rows and empties them. */
VoidResult insertEvents(QSqlQuery &query, QList<QVariantList> &pending)
{
    int position = 0;
    for (const QVariantList &row : std::as_const(pending)) {
        for (const QVariant &value : row)
            query.bindValue(position++, value);
    }
    pending.clear();
    if (!query.exec())
        return sqlError(query, QStringLiteral("insert events"));
    return {};
}

} // namespace

HistoryDataGenerator::HistoryDataGenerator(HistoryDataSpec spec)
    : m_spec(spec)
{
}

Result<QList<qint64>> HistoryDataGenerator::addCompanies(QSqlDatabase db)
{
    QList<qint64> ids;
    CompanyRepository companies(db);
    for (int i = 1; i <= m_spec.companies; ++i) {
        auto company = companies.add(QStringLiteral("Bench Company %1").arg(i));
        if (!company)
            return company.error();
        ids << company->id;
    }
    return ids;
}

QList<int> HistoryDataGenerator::eventsPerRun()
{
    // Small runs get 0 to SMALL_RUN_MAX_EVENTS events; every BIG_RUN_EVERY-th run gets
    // BIG_RUN_EVENTS. The counts are then scaled so they add up to the requested total.
    QRandomGenerator random(m_spec.seed + 1);
    QList<int> counts(m_spec.runs);
    for (int i = 0; i < m_spec.runs; ++i)
        counts[i] = i % BIG_RUN_EVERY == BIG_RUN_EVERY / 2 ? BIG_RUN_EVENTS : random.bounded(SMALL_RUN_MAX_EVENTS + 1);
    const qint64 drawn = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    if (drawn == 0)
        return counts;
    qint64 assigned = 0;
    for (int i = 0; i < m_spec.runs; ++i) {
        counts[i] = int(qint64(counts[i]) * m_spec.events / drawn);
        assigned += counts[i];
    }
    // Rounding leaves a remainder smaller than the number of runs; spread it one by one.
    for (int i = 0; assigned < m_spec.events; i = (i + 1) % m_spec.runs, ++assigned)
        ++counts[i];
    return counts;
}

Result<GeneratedHistory> HistoryDataGenerator::generate(QSqlDatabase db)
{
    GeneratedHistory generated;
    auto companies = addCompanies(db);
    if (!companies)
        return companies.error();
    generated.companyIds = *companies;
    if (generated.companyIds.isEmpty())
        return generated;

    // A page cache big enough for the whole transaction keeps SQLite from spilling to the WAL.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -524288"));
    Transaction transaction(db);
    QSqlQuery run(db);
    run.prepare(QStringLiteral(
        "INSERT INTO sync_runs (company_id, job, run_trigger, result, started_at, finished_at, fetched, created, "
        "updated, skipped, failed, drips_used, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery eventBatch(db);
    eventBatch.prepare(eventInsertSql(EVENTS_PER_STATEMENT));
    QList<QVariantList> pending;
    pending.reserve(EVENTS_PER_STATEMENT);

    QRandomGenerator random(m_spec.seed);
    const QList<int> eventCounts = eventsPerRun();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(m_spec.days) * 24 * 3600 * 1000;
    const qint64 step = std::max<qint64>(1, span / std::max(1, m_spec.runs));
    const QString info = eventLevelKey(EventLevel::Info);
    const QString error = eventLevelKey(EventLevel::Error);
    const QString empty = QStringLiteral("");
    const QString item = QStringLiteral("item");
    const QString rejected = QStringLiteral("Rejected: qoh must not be negative");
    const QString updatedMessage = QStringLiteral("Quantity updated");

    for (int i = 0; i < m_spec.runs; ++i) {
        const qint64 companyId = generated.companyIds[i % generated.companyIds.size()];
        const int events = eventCounts[i];
        const RunResult result = pickResult(random);
        const int failedItems = result == RunResult::Succeeded ? 0 : std::min(events, 1 + random.bounded(3));
        const qint64 startedAt = now - span + i * step;
        const qint64 duration = 200 + events * 15 + random.bounded(2000);
        const int created = events / 3;
        const int updated = events / 2;
        const int skipped = std::max(0, events - created - updated - failedItems);
        const QVariantList values{companyId,
                                  syncJobKey(pickJob(random)),
                                  runTriggerKey(i % 50 == 0 ? RunTrigger::Manual : RunTrigger::Schedule),
                                  runResultKey(result),
                                  startedAt,
                                  startedAt + duration,
                                  events,
                                  created,
                                  updated,
                                  skipped,
                                  failedItems,
                                  qint64(events + 1) * 100'000'000,
                                  result == RunResult::Failed ? QStringLiteral("Lightspeed answered 503") : empty};
        for (int v = 0; v < values.size(); ++v)
            run.bindValue(v, values[v]);
        if (!run.exec())
            return sqlError(run, QStringLiteral("insert a run"));
        const qint64 runId = run.lastInsertId().toLongLong();
        if (events > generated.biggestRunEvents) {
            generated.biggestRunEvents = events;
            generated.biggestRunId = runId;
        }

        for (int e = 0; e < events; ++e) {
            const bool failedItem = e < failedItems;
            pending << QVariantList{runId,
                                    companyId,
                                    startedAt + e * 15,
                                    failedItem ? error : info,
                                    item,
                                    QString::number(100'000 + random.bounded(50'000)),
                                    qint64(1 + random.bounded(20'000)),
                                    failedItem ? 422 : 200,
                                    failedItem ? rejected : updatedMessage,
                                    0};
            if (pending.size() == EVENTS_PER_STATEMENT) {
                if (auto flushed = insertEvents(eventBatch, pending); !flushed)
                    return flushed.error();
            }
        }
        generated.events += events;
        ++generated.runs;
    }
    if (!pending.isEmpty()) {
        QSqlQuery rest(db);
        rest.prepare(eventInsertSql(int(pending.size())));
        if (auto flushed = insertEvents(rest, pending); !flushed)
            return flushed.error();
    }
    if (!transaction.commit())
        return makeError(ErrorCode::Database, QStringLiteral("Could not commit the generated history."));

    for (qint64 companyId : std::as_const(generated.companyIds)) {
        if (auto added = addOrders(db, companyId, generated); !added)
            return added.error();
    }
    return generated;
}

VoidResult HistoryDataGenerator::addOrders(QSqlDatabase db, qint64 companyId, GeneratedHistory &generated)
{
    if (m_spec.ordersPerCompany <= 0)
        return {};

    OrderBooking booking;
    auto store = WarehouseRepository(db).add(companyId, QStringLiteral("Store"));
    auto returns = WarehouseRepository(db).add(companyId, QStringLiteral("Returns"));
    if (!store || !returns)
        return makeError(ErrorCode::Database, QStringLiteral("Could not add the warehouses."));
    booking.sellingWarehouseId = store->id;
    booking.returnsWarehouseId = returns->id;
    QList<qint64> products;
    for (int p = 1; p <= 20; ++p) {
        Product product;
        product.companyId = companyId;
        product.sku = QStringLiteral("SKU-%1").arg(p, 3, 10, QLatin1Char('0'));
        product.name = QStringLiteral("Product %1").arg(p);
        product.price = Decimal::fromInt(p);
        auto inserted = ProductRepository(db).insert(product);
        if (!inserted)
            return inserted.error();
        products << inserted->id;
    }

    QRandomGenerator random(m_spec.seed + quint32(companyId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(db);
    OrderRepository orders(db);
    for (int i = 0; i < m_spec.ordersPerCompany; ++i) {
        Order order;
        order.companyId = companyId;
        order.saleId = 10'000 + i;
        order.ticketNumber = QStringLiteral("2200%1").arg(order.saleId);
        order.completedAt = now.addSecs(-qint64(m_spec.ordersPerCompany - i) * 600);
        order.saleUpdatedAt = order.completedAt;
        const int lineCount = 1 + random.bounded(4);
        for (int l = 1; l <= lineCount; ++l) {
            OrderLine line;
            line.saleLineId = l;
            const bool unknown = random.bounded(40) == 0;
            const int product = random.bounded(int(products.size()));
            line.itemId = unknown ? 90'000 + random.bounded(1000) : 5000 + product;
            line.productId = unknown ? 0 : products[product];
            line.description =
                unknown ? QStringLiteral("Item sold at the till only") : QStringLiteral("Product %1").arg(product + 1);
            line.quantity = Decimal::fromInt(random.bounded(30) == 0 ? -1 : 1 + random.bounded(3));
            line.unitPrice = Decimal::fromInt(product + 1);
            line.subtotal = line.unitPrice.multipliedBy(line.quantity);
            line.total = line.subtotal;
            order.subtotal += line.subtotal;
            order.total += line.total;
            order.lines << line;
        }
        if (auto imported = orders.importOrder(order, booking); !imported)
            return imported.error();
        if (random.bounded(50) == 0) {
            if (auto cancelled = orders.cancelOrder(companyId, order.saleId, order.completedAt.addSecs(300));
                !cancelled)
                return cancelled.error();
        }
        ++generated.orders;
    }
    if (!transaction.commit())
        return makeError(ErrorCode::Database, QStringLiteral("Could not commit the generated orders."));
    return {};
}

} // namespace posbridge
