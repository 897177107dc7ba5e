// posbridge-bench-ingest: how many downloaded orders per second SQLite takes in, written the way
// the order download writes a page: one transaction per 100 orders with their lines, stock moves,
// returns, payments, one history event each and the checkpoint. See bench/README.md.

#include "core/order.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/stockledger.h"
#include "storage/synchistoryrepository.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"
#include "sync/orderdownloadcheckpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace posbridge;

namespace {

constexpr double TARGET_ORDERS_PER_SECOND = 20'000;
constexpr int PAGE_SIZE = 100;
constexpr int PRODUCTS = 2'000;

struct Catalogue
{
    qint64 companyId = 0;
    qint64 sellingId = 0;
    qint64 returnsId = 0;
};

/** CPU time of this process in seconds; the wall time also holds waits for the disk and for other processes. */
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool fail(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.toLogString()));
    return false;
}

bool createCatalogue(QSqlDatabase db, Catalogue &catalogue)
{
    Transaction transaction(db);
    const auto company = CompanyRepository(db).add(QStringLiteral("Ingest"));
    if (!company)
        return fail("company", company.error());
    catalogue.companyId = company->id;
    const auto selling = WarehouseRepository(db).add(company->id, QStringLiteral("Selling"));
    const auto returns = WarehouseRepository(db).add(company->id, QStringLiteral("Returns"));
    if (!selling || !returns)
        return false;
    catalogue.sellingId = selling->id;
    catalogue.returnsId = returns->id;
    for (int i = 1; i <= PRODUCTS; ++i) {
        Product product;
        product.companyId = company->id;
        product.sku = QStringLiteral("SKU-%1").arg(i);
        product.name = QStringLiteral("Product %1").arg(i);
        auto stored = ProductRepository(db).insert(product);
        if (!stored)
            return fail("product", stored.error());
        if (auto counted = StockLedger(db).setQuantity(company->id, stored->id, selling->id, Decimal::fromInt(100000),
                                                       StockMoveReason::Import, {});
            !counted)
            return fail("stock", counted.error());
    }
    return transaction.commit();
}

Order makeOrder(QRandomGenerator &random, qint64 companyId, qint64 saleId, qint64 &nextLineId, const QDateTime &when)
{
    Order order;
    order.companyId = companyId;
    order.saleId = saleId;
    order.shopId = 1;
    order.registerId = 1;
    order.employeeId = 1 + random.bounded(8);
    order.completedAt = when;
    order.saleUpdatedAt = when;
    order.importedAt = when;
    if (random.bounded(10) < 7) {
        order.customer.lightspeedCustomerId = 1 + random.bounded(500);
        order.customer.firstName = QStringLiteral("Ada");
        order.customer.lastName = QStringLiteral("Customer %1").arg(order.customer.lightspeedCustomerId);
    }
    const int lines = random.bounded(10) < 6 ? 1 : 2 + int(random.bounded(3));
    const bool isReturn = random.bounded(20) == 0;
    for (int i = 0; i < lines; ++i) {
        OrderLine line;
        line.saleLineId = nextLineId++;
        line.itemId = 1 + random.bounded(PRODUCTS);
        line.productId = random.bounded(50) == 0 ? 0 : line.itemId; // 2 % unknown items
        line.quantity = Decimal::fromInt(isReturn ? -1 : 1 + random.bounded(3));
        line.unitPrice = Decimal::fromUnits(qint64(100 + random.bounded(9900)) * 1'000'000);
        line.subtotal = line.unitPrice.multipliedBy(line.quantity);
        line.total = line.subtotal;
        order.subtotal += line.subtotal;
        order.lines << line;
    }
    order.total = order.subtotal;
    order.payments.append({saleId, QStringLiteral("Payment type 2"), order.total});
    return order;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures how many orders per second SQLite takes in."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("orders to import (default 100000)"),
                                          QStringLiteral("count"), QStringLiteral("100000"));
    parser.addOption(ordersOption);
    parser.process(app);
    const int total = parser.value(ordersOption).toInt();

    QTemporaryDir dir;
    auto database = Database::open({dir.filePath(QStringLiteral("ingest.sqlite"))});
    if (!database)
        return fail("database", database.error()) ? 0 : 1;
    QSqlDatabase db = (*database)->connection();
    Catalogue catalogue;
    if (!createCatalogue(db, catalogue))
        return 1;
    SyncHistoryRepository history(db);
    const auto runId = history.startRun(catalogue.companyId, SyncJob::OrderDownload, RunTrigger::Manual);
    if (!runId)
        return fail("run", runId.error()) ? 0 : 1;

    QRandomGenerator random(20261204);
    const OrderBooking booking{catalogue.sellingId, catalogue.returnsId};
    QDateTime when = QDateTime::currentDateTimeUtc().addDays(-30);
    qint64 nextLineId = 1;
    OrderDownloadCheckpoint checkpoint;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    for (int done = 0; done < total; done += PAGE_SIZE) {
        Transaction transaction(db);
        OrderRepository orders(db);
        QList<SyncEvent> events;
        for (int i = 0; i < PAGE_SIZE && done + i < total; ++i) {
            when = when.addSecs(7);
            const qint64 saleId = done + i + 1;
            const auto imported =
                orders.importOrder(makeOrder(random, catalogue.companyId, saleId, nextLineId, when), booking);
            if (!imported)
                return fail("order", imported.error()) ? 0 : 1;
            SyncEvent event;
            event.level = EventLevel::Info;
            event.entity = QStringLiteral("sale");
            event.lightspeedId = QString::number(saleId);
            event.localId = imported->orderId;
            event.message = QStringLiteral("Imported as an order.");
            events << event;
            checkpoint.advance(when, saleId);
        }
        if (auto added = history.addEvents(*runId, events); !added)
            return fail("events", added.error()) ? 0 : 1;
        if (auto saved = checkpoint.save(db, catalogue.companyId); !saved)
            return fail("checkpoint", saved.error()) ? 0 : 1;
        if (!transaction.commit())
            return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double rate = total / seconds;
    const auto mismatches = StockLedger(db).verify(catalogue.companyId);
    std::printf("imported %d orders in pages of %d in %.2f s, %.2f s of it on the CPU (%.0f orders per CPU second)\n",
                total, PAGE_SIZE, seconds, cpu, total / cpu);
    std::printf("ingest speed %12.0f orders/s = %.2f × target (target at least %.0f orders/s; below 1 meets it)\n",
                rate, TARGET_ORDERS_PER_SECOND / rate, TARGET_ORDERS_PER_SECOND);
    std::printf("ledger consistent: %s\n", mismatches && mismatches->isEmpty() ? "yes" : "no");
    db = QSqlDatabase();
    (*database)->releaseThreadConnection();
    return 0;
}
