#include "sync/csvexportkinds.h"

#include "storage/companyrepository.h"
#include "storage/orderqueries.h"
#include "storage/synchistoryrepository.h"
#include "sync/synctext.h"

#include <QCoreApplication>
#include <QHash>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

QString yesNo(bool value)
{
    return value ? Messages::tr("yes") : Messages::tr("no");
}

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

/** Returns the company with this id, or every company ordered by name when the id is 0. */
Result<QList<Company>> companiesFor(QSqlDatabase db, qint64 companyId)
{
    CompanyRepository repository(db);
    if (companyId == 0)
        return repository.list();
    auto company = repository.find(companyId);
    if (!company)
        return company.error();
    return QList<Company>{*company};
}

Result<QHash<qint64, QString>> companyNames(QSqlDatabase db)
{
    auto companies = CompanyRepository(db).list();
    if (!companies)
        return companies.error();
    QHash<qint64, QString> names;
    for (const Company &company : *companies)
        names.insert(company.id, company.name);
    return names;
}

OrderFilter orderFilter(const CsvExportRequest &request, qint64 companyId)
{
    OrderFilter filter;
    filter.companyId = companyId;
    filter.completedFrom = request.from;
    filter.completedBefore = request.before;
    return filter;
}

ReturnFilter returnFilter(const CsvExportRequest &request, qint64 companyId)
{
    ReturnFilter filter;
    filter.companyId = companyId;
    filter.createdFrom = request.from;
    filter.createdBefore = request.before;
    return filter;
}

RunFilter runFilter(const CsvExportRequest &request)
{
    RunFilter filter;
    filter.companyId = request.companyId;
    filter.startedFrom = request.from;
    filter.startedBefore = request.before;
    filter.job = syncJobFromKey(request.options.value(QString::fromLatin1(CsvExportRequest::JOB_OPTION)).toString());
    filter.result =
        runResultFromKey(request.options.value(QString::fromLatin1(CsvExportRequest::RESULT_OPTION)).toString());
    return filter;
}

EventFilter eventFilter(const CsvExportRequest &request)
{
    EventFilter filter;
    filter.runId = request.options.value(QString::fromLatin1(CsvExportRequest::RUN_OPTION)).toLongLong();
    filter.companyId = request.companyId;
    filter.from = request.from;
    filter.before = request.before;
    return filter;
}

/** Sums count(company) over the companies of the request. */
Result<qint64> countPerCompany(QSqlDatabase db, qint64 companyId, const std::function<Result<qint64>(qint64)> &count)
{
    const auto companies = companiesFor(db, companyId);
    if (!companies)
        return companies.error();
    qint64 total = 0;
    for (const Company &company : *companies) {
        const auto rows = count(company.id);
        if (!rows)
            return rows.error();
        total += *rows;
    }
    return total;
}

/** Runs write(company, stop flag) for each company of the request until one stops. */
VoidResult writePerCompany(QSqlDatabase db, qint64 companyId,
                           const std::function<VoidResult(const Company &, bool &stopped)> &write)
{
    const auto companies = companiesFor(db, companyId);
    if (!companies)
        return companies.error();
    for (const Company &company : *companies) {
        bool stopped = false;
        if (auto written = write(company, stopped); !written)
            return written;
        if (stopped)
            break;
    }
    return {};
}

QString customerName(const OrderCustomer &customer)
{
    if (customer.placeholder)
        return {};
    return QStringLiteral("%1 %2").arg(customer.firstName, customer.lastName).trimmed();
}

CsvExportKind ordersKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(csvexportids::ORDERS);
    kind.title = Messages::tr("Orders");
    kind.fileName = QStringLiteral("orders.csv");
    kind.header = {Messages::tr("Company"),        Messages::tr("Sale ID"),
                   Messages::tr("Ticket number"),  Messages::tr("Reference number"),
                   Messages::tr("Status"),         Messages::tr("Completed"),
                   Messages::tr("Cancelled"),      Messages::tr("Customer"),
                   Messages::tr("Customer email"), Messages::tr("Subtotal"),
                   Messages::tr("Discount"),       Messages::tr("Tax"),
                   Messages::tr("Total"),          Messages::tr("Unknown items"),
                   Messages::tr("Has returns"),    Messages::tr("Shop ID"),
                   Messages::tr("Register ID"),    Messages::tr("Employee ID"),
                   Messages::tr("Imported")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) {
        return countPerCompany(db, request.companyId, [&](qint64 companyId) {
            return OrderQueries(db).countOrders(orderFilter(request, companyId));
        });
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) {
        return writePerCompany(db, request.companyId, [&](const Company &company, bool &stopped) {
            return OrderQueries(db).forEachOrder(orderFilter(request, company.id), [&](const OrderSummary &summary) {
                const Order &o = summary.order;
                writer.writeRow({writer.text(company.name), QString::number(o.saleId), writer.text(o.ticketNumber),
                                 writer.text(o.referenceNumber), orderStatusName(o.status),
                                 CsvWriter::dateTime(o.completedAt), CsvWriter::dateTime(o.cancelledAt),
                                 writer.text(customerName(o.customer)), writer.text(o.customer.email),
                                 writer.decimal(o.subtotal), writer.decimal(o.discount), writer.decimal(o.tax),
                                 writer.decimal(o.total), yesNo(summary.hasUnmatchedLines), yesNo(summary.hasReturns),
                                 idText(o.shopId), idText(o.registerId), idText(o.employeeId),
                                 CsvWriter::dateTime(o.importedAt)});
                stopped = !rowWritten();
                return !stopped;
            });
        });
    };
    return kind;
}

CsvExportKind orderLinesKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(csvexportids::ORDER_LINES);
    kind.title = Messages::tr("Order lines");
    kind.fileName = QStringLiteral("order-lines.csv");
    kind.header = {Messages::tr("Company"),      Messages::tr("Sale ID"),      Messages::tr("Ticket number"),
                   Messages::tr("Completed"),    Messages::tr("Status"),       Messages::tr("Sale line ID"),
                   Messages::tr("Item ID"),      Messages::tr("Unknown item"), Messages::tr("Product SKU"),
                   Messages::tr("Product name"), Messages::tr("Description"),  Messages::tr("Quantity"),
                   Messages::tr("Unit price"),   Messages::tr("Subtotal"),     Messages::tr("Discount"),
                   Messages::tr("Tax"),          Messages::tr("Total")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) {
        return countPerCompany(db, request.companyId, [&](qint64 companyId) {
            return OrderQueries(db).countOrderLines(orderFilter(request, companyId));
        });
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) {
        return writePerCompany(db, request.companyId, [&](const Company &company, bool &stopped) {
            return OrderQueries(db).forEachOrderLine(
                orderFilter(request, company.id), [&](const OrderSummary &summary, const OrderLineDetail &detail) {
                    const Order &o = summary.order;
                    const OrderLine &l = detail.line;
                    writer.writeRow({writer.text(company.name), QString::number(o.saleId), writer.text(o.ticketNumber),
                                     CsvWriter::dateTime(o.completedAt), orderStatusName(o.status),
                                     QString::number(l.saleLineId), idText(l.itemId), yesNo(detail.unmatched),
                                     writer.text(detail.productSku), writer.text(detail.productName),
                                     writer.text(l.description), writer.decimal(l.quantity),
                                     writer.decimal(l.unitPrice), writer.decimal(l.subtotal),
                                     writer.decimal(l.discount), writer.decimal(l.tax), writer.decimal(l.total)});
                    stopped = !rowWritten();
                    return !stopped;
                });
        });
    };
    return kind;
}

CsvExportKind returnsKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(csvexportids::RETURNS);
    kind.title = Messages::tr("Returns");
    kind.fileName = QStringLiteral("returns.csv");
    kind.header = {Messages::tr("Company"),       Messages::tr("Booked"),           Messages::tr("Sale ID"),
                   Messages::tr("Ticket number"), Messages::tr("Reference number"), Messages::tr("Item ID"),
                   Messages::tr("Product SKU"),   Messages::tr("Product name"),     Messages::tr("Description"),
                   Messages::tr("Quantity"),      Messages::tr("Amount"),           Messages::tr("Warehouse"),
                   Messages::tr("Cancelled")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) {
        return countPerCompany(db, request.companyId, [&](qint64 companyId) {
            return OrderQueries(db).countReturns(returnFilter(request, companyId));
        });
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) {
        return writePerCompany(db, request.companyId, [&](const Company &company, bool &stopped) {
            return OrderQueries(db).forEachReturn(returnFilter(request, company.id), [&](const ReturnDetail &r) {
                writer.writeRow({writer.text(company.name), CsvWriter::dateTime(r.record.createdAt),
                                 QString::number(r.saleId), writer.text(r.ticketNumber), writer.text(r.referenceNumber),
                                 idText(r.itemId), writer.text(r.productSku), writer.text(r.productName),
                                 writer.text(r.description), writer.decimal(r.record.quantity),
                                 writer.decimal(r.record.amount), writer.text(r.warehouseName),
                                 yesNo(r.record.cancelled)});
                stopped = !rowWritten();
                return !stopped;
            });
        });
    };
    return kind;
}

QString durationSeconds(const CsvWriter &writer, qint64 ms)
{
    return ms < 0 ? QString() : writer.decimal(Decimal::fromUnits(ms * (Decimal::ONE / 1000)), 3);
}

CsvExportKind syncRunsKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(csvexportids::SYNC_RUNS);
    kind.title = Messages::tr("Sync history (runs)");
    kind.fileName = QStringLiteral("sync-runs.csv");
    kind.header = {Messages::tr("Company"),      Messages::tr("Job"),     Messages::tr("Trigger"),
                   Messages::tr("Result"),       Messages::tr("Started"), Messages::tr("Finished"),
                   Messages::tr("Duration (s)"), Messages::tr("Fetched"), Messages::tr("Created"),
                   Messages::tr("Updated"),      Messages::tr("Skipped"), Messages::tr("Failed"),
                   Messages::tr("Drips used"),   Messages::tr("Message"), Messages::tr("Run ID")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) {
        return SyncHistoryRepository(db).countRuns(runFilter(request));
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) -> VoidResult {
        const auto names = companyNames(db);
        if (!names)
            return names.error();
        return SyncHistoryRepository(db).forEachRun(runFilter(request), [&](const SyncRun &run) {
            writer.writeRow({writer.text(names->value(run.companyId)), syncJobName(run.job),
                             runTriggerName(run.trigger), runResultName(run.result), CsvWriter::dateTime(run.startedAt),
                             CsvWriter::dateTime(run.finishedAt), durationSeconds(writer, run.durationMs()),
                             QString::number(run.fetched), QString::number(run.created), QString::number(run.updated),
                             QString::number(run.skipped), QString::number(run.failed), writer.decimal(run.dripsUsed),
                             writer.text(run.message), QString::number(run.id)});
            return rowWritten();
        });
    };
    return kind;
}

CsvExportKind syncEventsKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(csvexportids::SYNC_EVENTS);
    kind.title = Messages::tr("Sync history (item events)");
    kind.fileName = QStringLiteral("sync-events.csv");
    kind.header = {Messages::tr("Company"),  Messages::tr("Run ID"),      Messages::tr("Time"),
                   Messages::tr("Level"),    Messages::tr("Entity"),      Messages::tr("Lightspeed ID"),
                   Messages::tr("Local ID"), Messages::tr("HTTP status"), Messages::tr("Message"),
                   Messages::tr("Retryable")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) {
        return SyncHistoryRepository(db).countEvents(eventFilter(request));
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) -> VoidResult {
        const auto names = companyNames(db);
        if (!names)
            return names.error();
        return SyncHistoryRepository(db).forEachEvent(eventFilter(request), [&](const SyncEvent &event) {
            writer.writeRow({writer.text(names->value(event.companyId)), QString::number(event.runId),
                             CsvWriter::dateTime(event.at), eventLevelName(event.level), writer.text(event.entity),
                             writer.text(event.lightspeedId), idText(event.localId),
                             event.httpStatus == 0 ? QString() : QString::number(event.httpStatus),
                             writer.text(event.message), yesNo(event.retryable)});
            return rowWritten();
        });
    };
    return kind;
}

} // namespace

QList<CsvExportKind> builtinCsvExportKinds()
{
    return {ordersKind(), orderLinesKind(), returnsKind(), syncRunsKind(), syncEventsKind()};
}

} // namespace posbridge
