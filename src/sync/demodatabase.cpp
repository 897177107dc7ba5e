#include "sync/demodatabase.h"

#include "core/settingsvalidator.h"
#include "secrets/secretstore.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseproperties.h"
#include "storage/listingrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockledger.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"
#include "sync/democatalogue.h"
#include "sync/logging.h"
#include "sync/orderdownloadcheckpoint.h"
#include "sync/sandboxlauncher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
};

const QString DEMO_MARK = QStringLiteral("1");

VoidResult removeFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return makeError(
                ErrorCode::Database,
                Messages::tr("Could not delete the previous demo database file %1. Check the folder's permissions, "
                             "or delete the file yourself.")
                    .arg(file));
    }
    return {};
}

/** Removes the keychain entries of every company of the open demo database. */
VoidResult removeSecrets(Database &database, SecretStore &secrets)
{
    QSqlDatabase db = database.connection();
    const auto mark = DatabaseProperties(db).value(DatabaseProperties::DEMO_DATABASE);
    if (!mark)
        return mark.error();
    if (mark->value_or(QString()) != DEMO_MARK)
        return makeError(
            ErrorCode::Conflict,
            Messages::tr("%1 is not a demo database, so the demo leaves it unchanged. Choose another file with "
                         "--database, or run without --demo to open it.")
                .arg(database.path()));

    const auto companies = CompanyRepository(db).list();
    if (!companies)
        return companies.error();
    for (const Company &company : *companies) {
        const VoidResult removed = secrets.removeCompany(database.uuid(), company.id).result();
        if (!removed)
            return makeError(
                removed.error().code,
                Messages::tr("The previous demo database was kept because its secrets could not be deleted from "
                             "the keychain. %1")
                    .arg(removed.error().message),
                removed.error().detail);
    }
    qCInfo(lcSync) << "Removed the keychain entries of" << companies->size() << "companies of the previous demo";
    return {};
}

IntegrationSettings demoSettings(qint64 companyId, const CreatedDemoDatabase &created, const SandboxEndpoints &sandbox,
                                 const DemoCatalogue &catalogue)
{
    IntegrationSettings settings;
    settings.companyId = companyId;
    settings.posEnabled = true;
    settings.clientId = sandbox.clientId;
    settings.shopName = catalogue.shops.first().name;
    settings.redirectUri = sandbox.redirectUri;
    settings.returnsWarehouseId = created.returnsWarehouseId;
    settings.sellingWarehouseId = created.mainStoreId;
    settings.orderDownloadIntervalSeconds = DemoDatabase::ORDER_DOWNLOAD_INTERVAL_SECONDS;
    settings.inventoryUploadIntervalSeconds = DemoDatabase::INVENTORY_UPLOAD_INTERVAL_SECONDS;
    settings.postingIntervalSeconds = DemoDatabase::POSTING_INTERVAL_SECONDS;
    settings.authorizeUrl = sandbox.authorizeUrl;
    settings.tokenUrl = sandbox.tokenUrl;
    settings.revokeUrl = sandbox.revokeUrl;
    settings.apiBaseUrl = sandbox.apiBaseUrl;
    return settings;
}

/** Adds the company, its warehouses and settings; fills the ids in created. */
VoidResult addCompany(QSqlDatabase db, CreatedDemoDatabase &created, const SandboxEndpoints &sandbox,
                      const DemoCatalogue &catalogue)
{
    const auto company = CompanyRepository(db).add(DemoDatabase::COMPANY_NAME);
    if (!company)
        return company.error();
    created.companyId = company->id;
    WarehouseRepository warehouses(db);
    const auto mainStore = warehouses.add(company->id, DemoDatabase::MAIN_STORE_NAME);
    if (!mainStore)
        return mainStore.error();
    const auto returns = warehouses.add(company->id, DemoDatabase::RETURNS_WAREHOUSE_NAME);
    if (!returns)
        return returns.error();
    created.mainStoreId = mainStore->id;
    created.returnsWarehouseId = returns->id;

    const IntegrationSettings settings = demoSettings(company->id, created, sandbox, catalogue);
    ValidationContext context;
    context.clientSecret = sandbox.clientSecret;
    context.warehouseIds = {created.mainStoreId, created.returnsWarehouseId};
    const ValidationIssues issues = SettingsValidator::validate(settings, context);
    if (!issues.isEmpty())
        return makeError(ErrorCode::Internal, Messages::tr("The demo settings are not valid: %1").arg(issues.first()),
                         QStringLiteral("field %1").arg(int(issues.firstKey())));
    return SettingsRepository(db).save(settings);
}

/** Adds one item's product, its Main Store stock and, unless left unlisted, its linked listing. */
VoidResult addProduct(QSqlDatabase db, CreatedDemoDatabase &created, const DemoCatalogue::Item &item, qint64 shopId)
{
    Product product;
    product.companyId = created.companyId;
    product.sku = item.customSku;
    product.name = item.description;
    product.upc = item.upc;
    product.ean = item.ean;
    product.manufacturerSku = item.manufacturerSku;
    product.price = item.price;
    product.cost = item.cost;
    const auto stored = ProductRepository(db).insert(product);
    if (!stored)
        return stored.error();
    ++created.products;

    const qint64 quantity =
        std::max<qint64>(0, item.quantityByShop.value(shopId)) + DemoDatabase::extraStock(item.itemId);
    const auto moved =
        StockLedger(db).setQuantity(created.companyId, stored->id, created.mainStoreId, Decimal::fromInt(quantity),
                                    StockMoveReason::Import, QStringLiteral("Demo catalogue"));
    if (!moved)
        return moved.error();
    if (DemoDatabase::leavesUnlisted(item.itemId))
        return {};

    Listing listing;
    listing.companyId = created.companyId;
    listing.productId = stored->id;
    listing.enabled = true;
    listing.state = ListingState::Linked;
    listing.itemId = item.itemId;
    listing.systemSku = item.systemSku;
    listing.customSku = item.customSku;
    listing.upc = item.upc;
    listing.postedName = item.description;
    listing.postedPrice = item.price;
    listing.postedCost = item.cost;
    const auto saved = ListingRepository(db).save(listing);
    if (!saved)
        return saved.error();
    ++created.listings;
    return {};
}

/**
 * Lets the first order download bring in the sandbox's whole sales history as orders, without
 * deducting it again: the Main Store stock copies the sandbox's current quantities, which those
 * sales already lowered. Sales from now on move stock as usual. The sandbox's clock runs at
 * real time in the demo, so this computer's time marks the moment the stock was copied.
 */
VoidResult startOrderDownload(QSqlDatabase db, qint64 companyId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OrderDownloadCheckpoint checkpoint;
    checkpoint.cursor = now.addDays(-DemoDatabase::HISTORY_DAYS_IMPORTED);
    checkpoint.stockFrom = now;
    return checkpoint.save(std::move(db), companyId);
}

VoidResult fill(Database &database, CreatedDemoDatabase &created, const SandboxEndpoints &sandbox,
                const DemoCatalogue &catalogue)
{
    QSqlDatabase db = database.connection();
    // Marked before the demo data is written, so that the next demo run may delete a half-built file.
    if (auto marked = DatabaseProperties(db).setValue(DatabaseProperties::DEMO_DATABASE, DEMO_MARK); !marked)
        return marked;

    Transaction transaction(db);
    if (auto added = addCompany(db, created, sandbox, catalogue); !added)
        return added;
    const qint64 shopId = catalogue.shops.first().shopId;
    for (const DemoCatalogue::Item &item : catalogue.items) {
        if (item.archived || item.customSku.isEmpty() || DemoDatabase::leavesWithoutProduct(item.itemId)) {
            ++created.itemsWithoutProduct;
            continue;
        }
        if (auto added = addProduct(db, created, item, shopId); !added)
            return added;
    }
    if (auto started = startOrderDownload(db, created.companyId); !started)
        return started;
    if (!transaction.commit())
        return makeError(ErrorCode::Database,
                         Messages::tr("Could not save the demo database %1.").arg(database.path()));
    return {};
}

} // namespace

bool DemoDatabase::leavesWithoutProduct(qint64 itemId)
{
    return itemId % 20 == 0;
}

bool DemoDatabase::leavesUnlisted(qint64 itemId)
{
    return itemId % 12 == 5;
}

qint64 DemoDatabase::extraStock(qint64 itemId)
{
    return itemId % 9 == 4 ? 3 : 0;
}

VoidResult DemoDatabase::discard(const QString &path, SecretStore &secrets)
{
    // NOTE: the keychain entries of a demo database deleted by hand stay behind, because QtKeychain
    // cannot list entries, and their keys are stored only in that database.
    const QFileInfo info(path);
    if (!info.exists())
        return removeFiles(path);
    if (info.size() > 0) {
        DatabaseOptions options{path};
        options.targetVersion = 0; // read it as it is: an old demo database is deleted, not upgraded
        auto opened = Database::open(options);
        if (!opened)
            return opened.error();
        const VoidResult removed = removeSecrets(**opened, secrets);
        (*opened)->releaseThreadConnection();
        if (!removed)
            return removed;
    }
    qCInfo(lcSync).noquote() << "Deleting the previous demo database" << path;
    return removeFiles(path);
}

Result<CreatedDemoDatabase> DemoDatabase::create(const QString &path, SecretStore &secrets,
                                                 const SandboxEndpoints &sandbox, const DemoCatalogue &catalogue)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, Messages::tr("The demo database %1 already exists.").arg(path));
    if (catalogue.shops.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("The sandbox's catalogue lists no shop."));

    auto opened = Database::open({path});
    if (!opened)
        return opened.error();
    CreatedDemoDatabase created;
    created.database = *opened;
    const VoidResult filled = fill(*created.database, created, sandbox, catalogue);
    created.database->releaseThreadConnection();
    if (!filled)
        return filled.error();

    const SecretKey key{created.database->uuid(), created.companyId, SecretKind::ClientSecret};
    if (auto written = secrets.write(key, sandbox.clientSecret).result(); !written)
        return written.error();
    qCInfo(lcSync).noquote() << "Created the demo database" << path << "with" << created.products << "products,"
                             << created.listings << "listings and" << created.itemsWithoutProduct
                             << "sandbox items without a product";
    return created;
}

} // namespace posbridge
