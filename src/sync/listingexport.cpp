#include "sync/listingexport.h"

#include "core/importschema.h"
#include "storage/companyrepository.h"
#include "storage/listingqueries.h"
#include "storage/stocklevelqueries.h"

#include <QCoreApplication>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ListingExport)
};

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

QString stateName(ListingState state)
{
    switch (state) {
    case ListingState::NotListed:
        return Messages::tr("not listed");
    case ListingState::Pending:
        return Messages::tr("pending");
    case ListingState::Linked:
        return Messages::tr("linked");
    case ListingState::Created:
        return Messages::tr("created");
    case ListingState::PendingUpdate:
        return Messages::tr("pending update");
    case ListingState::NeedsChoice:
        return Messages::tr("needs a choice");
    case ListingState::Error:
        return Messages::tr("error");
    }
    return {};
}

QStringList rowOf(const CsvWriter &writer, const Company &company, const ListingRow &row)
{
    const Product &p = row.product;
    const Listing &l = row.listing;
    return {writer.text(company.name),
            writer.text(p.sku),
            writer.text(p.name),
            writer.decimal(p.price),
            writer.decimal(p.cost),
            writer.text(p.upc),
            writer.text(p.ean),
            writer.text(p.manufacturerSku),
            l.enabled ? Messages::tr("yes") : Messages::tr("no"),
            stateName(row.displayState()),
            l.itemId != 0 ? QString::number(l.itemId) : QString(),
            writer.text(l.systemSku),
            writer.text(l.customSku),
            writer.text(l.upc),
            writer.text(l.error)};
}

} // namespace

CsvExportKind listingsExportKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(LISTINGS_EXPORT_ID);
    kind.title = Messages::tr("Listings");
    kind.fileName = QStringLiteral("listings.csv");
    kind.usesDateRange = false;
    // The product columns use the import's field titles, so the file maps itself on import.
    kind.header = {Messages::tr("Company"),
                   ImportSchema::title(ImportField::Sku),
                   ImportSchema::title(ImportField::Name),
                   ImportSchema::title(ImportField::Price),
                   ImportSchema::title(ImportField::Cost),
                   ImportSchema::title(ImportField::Upc),
                   ImportSchema::title(ImportField::Ean),
                   ImportSchema::title(ImportField::ManufacturerSku),
                   Messages::tr("Enabled"),
                   Messages::tr("Listing"),
                   Messages::tr("Item ID"),
                   Messages::tr("System SKU"),
                   Messages::tr("Item custom SKU"),
                   Messages::tr("Item UPC"),
                   Messages::tr("Reason")};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) -> Result<qint64> {
        const auto companies = companiesFor(db, request.companyId);
        if (!companies)
            return companies.error();
        qint64 total = 0;
        for (const Company &company : *companies) {
            const auto rows = ListingQueries(db).count(ListingFilter{company.id, {}, {}});
            if (!rows)
                return rows.error();
            total += *rows;
        }
        return total;
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) -> VoidResult {
        const auto companies = companiesFor(db, request.companyId);
        if (!companies)
            return companies.error();
        bool stopped = false;
        for (const Company &company : *companies) {
            const VoidResult written =
                ListingQueries(db).forEach(ListingFilter{company.id, {}, {}}, [&](const ListingRow &row) {
                    writer.writeRow(rowOf(writer, company, row));
                    stopped = !rowWritten();
                    return !stopped;
                });
            if (!written)
                return written;
            if (stopped)
                break;
        }
        return {};
    };
    return kind;
}

CsvExportKind stockLevelsExportKind()
{
    CsvExportKind kind;
    kind.id = QString::fromUtf16(STOCK_LEVELS_EXPORT_ID);
    kind.title = Messages::tr("Stock levels");
    kind.fileName = QStringLiteral("stock.csv");
    kind.usesDateRange = false;
    kind.header = {Messages::tr("Company"), ImportSchema::title(ImportField::Sku),
                   ImportSchema::title(ImportField::Name), ImportSchema::title(ImportField::Warehouse),
                   ImportSchema::title(ImportField::Quantity)};
    kind.count = [](QSqlDatabase db, const CsvExportRequest &request) -> Result<qint64> {
        const auto companies = companiesFor(db, request.companyId);
        if (!companies)
            return companies.error();
        qint64 total = 0;
        for (const Company &company : *companies) {
            const auto rows = StockLevelQueries(db).count(company.id);
            if (!rows)
                return rows.error();
            total += *rows;
        }
        return total;
    };
    kind.write = [](QSqlDatabase db, const CsvExportRequest &request, CsvWriter &writer,
                    const std::function<bool()> &rowWritten) -> VoidResult {
        const auto companies = companiesFor(db, request.companyId);
        if (!companies)
            return companies.error();
        bool stopped = false;
        for (const Company &company : *companies) {
            const VoidResult written = StockLevelQueries(db).forEach(company.id, [&](const StockLevelRow &row) {
                writer.writeRow({writer.text(company.name), writer.text(row.sku), writer.text(row.productName),
                                 writer.text(row.warehouseName), writer.decimal(row.quantity)});
                stopped = !rowWritten();
                return !stopped;
            });
            if (!written)
                return written;
            if (stopped)
                break;
        }
        return {};
    };
    return kind;
}

} // namespace posbridge
