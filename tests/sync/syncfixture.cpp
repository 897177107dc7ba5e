#include "syncfixture.h"

#include "sandboxconnection.h"

#include "storage/companyrepository.h"
#include "storage/listingrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockledger.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"
#include "sync/inventoryuploadjob.h"
#include "sync/reconciliationjob.h"

#include <QJsonArray>

using namespace posbridge;

namespace synctest {

SyncFixture::SyncFixture(QStringList sandboxArguments)
    : m_sandbox(std::move(sandboxArguments))
{
}

SyncFixture::~SyncFixture()
{
    m_connections.reset();
    if (m_executor)
        m_executor->waitForDone();
}

bool SyncFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_sandbox.start()) {
        m_error = m_sandbox.errorString();
        return false;
    }
    DatabaseOptions options;
    options.path = m_dir.filePath(QStringLiteral("sync.sqlite"));
    // The crash test's child process opens the database too, so the test holds no instance lock.
    options.takeInstanceLock = false;
    auto database = Database::open(options);
    if (!database) {
        m_error = database.error().toLogString();
        return false;
    }
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, *m_secrets, *m_registry);
    return true;
}

QString SyncFixture::databasePath() const
{
    return m_dir.filePath(QStringLiteral("sync.sqlite"));
}

bool SyncFixture::createCompany(const CompanySetup &setup)
{
    auto fetched = DemoCatalogue::fetch(m_sandbox.baseUrl());
    if (!fetched) {
        m_error = fetched.error().toLogString();
        return false;
    }
    catalogue = *fetched;
    const auto hasProduct = setup.hasProduct ? setup.hasProduct : [](const DemoCatalogue::Item &item) {
        return !item.customSku.isEmpty() && !item.archived;
    };
    const auto isListed = setup.isListed ? setup.isListed : [](const DemoCatalogue::Item &) { return true; };
    const auto stock = setup.stock ? setup.stock : [](const DemoCatalogue::Item &item) {
        return qMax<qint64>(0, item.quantityByShop.value(SHOP_ID));
    };

    const QString error = query([&](Database &db) -> QString {
        QSqlDatabase connection = db.connection();
        Transaction transaction(connection);
        auto company = CompanyRepository(connection).add(QStringLiteral("Test Store"));
        if (!company)
            return company.error().toLogString();
        companyId = company->id;
        auto selling = WarehouseRepository(connection).add(companyId, QStringLiteral("Selling"));
        auto returns = WarehouseRepository(connection).add(companyId, QStringLiteral("Returns"));
        if (!selling || !returns)
            return QStringLiteral("could not add the warehouses");
        sellingWarehouseId = selling->id;
        returnsWarehouseId = returns->id;

        IntegrationSettings settings;
        settings.companyId = companyId;
        settings.posEnabled = true;
        settings.clientId = m_sandbox.clientId();
        settings.accountId = m_sandbox.accountId();
        settings.shopId = SHOP_ID;
        settings.shopName = catalogue.shops.isEmpty() ? QStringLiteral("Shop") : catalogue.shops.first().name;
        settings.redirectUri = m_sandbox.redirectUri().toString();
        settings.returnsWarehouseId = returnsWarehouseId;
        settings.sellingWarehouseId = sellingWarehouseId;
        settings.orderDownloadEnabled = setup.orderDownload;
        settings.inventoryUploadEnabled = setup.inventoryUpload;
        settings.safetyBuffer = setup.safetyBuffer;
        settings.orderDownloadIntervalSeconds = setup.orderDownloadIntervalSeconds;
        settings.inventoryUploadIntervalSeconds = setup.inventoryUploadIntervalSeconds;
        settings.authorizeUrl = m_sandbox.authorizeUrl().toString();
        settings.tokenUrl = m_sandbox.tokenUrl().toString();
        settings.revokeUrl = m_sandbox.revokeUrl().toString();
        settings.apiBaseUrl = m_sandbox.apiBaseUrl().toString();
        if (auto saved = SettingsRepository(connection).save(settings); !saved)
            return saved.error().toLogString();

        for (const DemoCatalogue::Item &item : std::as_const(catalogue.items)) {
            if (!hasProduct(item))
                continue;
            Product product;
            product.companyId = companyId;
            product.sku = item.customSku;
            product.name = item.description;
            product.upc = item.upc;
            product.ean = item.ean;
            product.manufacturerSku = item.manufacturerSku;
            product.price = item.price;
            product.cost = item.cost;
            auto stored = ProductRepository(connection).insert(product);
            if (!stored)
                return stored.error().toLogString();
            productByItem.insert(item.itemId, stored->id);
            const auto counted =
                StockLedger(connection)
                    .setQuantity(companyId, stored->id, sellingWarehouseId, Decimal::fromInt(stock(item)),
                                 StockMoveReason::Import, QStringLiteral("count"));
            if (!counted)
                return counted.error().toLogString();
            if (!isListed(item))
                continue;
            Listing listing;
            listing.companyId = companyId;
            listing.productId = stored->id;
            listing.enabled = true;
            listing.state = ListingState::Linked;
            listing.itemId = item.itemId;
            listing.systemSku = item.systemSku;
            listing.customSku = item.customSku;
            listing.upc = item.upc;
            auto listed = ListingRepository(connection).save(listing);
            if (!listed)
                return listed.error().toLogString();
            listingByItem.insert(item.itemId, *listed);
        }
        if (!transaction.commit())
            return QStringLiteral("could not commit the company");
        const SecretKey key{db.uuid(), companyId, SecretKind::ClientSecret};
        if (auto written = m_secrets->write(key, m_sandbox.clientSecret()).result(); !written)
            return written.error().toLogString();
        return {};
    });
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    return connectCompany();
}

bool SyncFixture::connectCompany()
{
    const auto tokens = lightspeedtest::fetchTokens(m_sandbox);
    if (!tokens) {
        m_error = tokens.error().toLogString();
        return false;
    }
    const auto installed = m_connections->installTokens(companyId, *tokens).result();
    if (!installed) {
        m_error = installed.error().toLogString();
        return false;
    }
    return true;
}

OrderDownloadOptions SyncFixture::allHistory()
{
    OrderDownloadOptions options;
    options.initialLookBackMs = 400LL * 24 * 3600 * 1000;
    return options;
}

JobReport SyncFixture::runJob(SyncJob job, const OrderDownloadOptions &options, RunTrigger trigger)
{
    std::unique_ptr<Job> instance;
    switch (job) {
    case SyncJob::OrderDownload:
        instance = std::make_unique<OrderDownloadJob>(options);
        break;
    case SyncJob::InventoryUpload:
        instance = std::make_unique<InventoryUploadJob>();
        break;
    case SyncJob::Reconciliation:
    case SyncJob::ProductPosting:
        instance = std::make_unique<ReconciliationJob>();
        break;
    }
    JobRunner runner(database(), *m_connections, m_shops);
    return runner.run({companyId, job, trigger}, *instance, CancellationToken());
}

QList<Sale> SyncFixture::sandboxSales(qint64 shopId)
{
    QList<Sale> all;
    auto api = m_connections->openApi(companyId);
    if (!api)
        return all;
    const auto walked = (*api)->retail->salesUpdatedSince(shopId, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                                          [&all](const QList<Sale> &sales) -> VoidResult {
                                                              all.append(sales);
                                                              return {};
                                                          },
                                                          {QStringLiteral("SaleLines")});
    if (!walked)
        qWarning("could not read the sandbox's sales: %s", qPrintable(walked.error().toLogString()));
    // A sale changed during the walk shows up twice; keep its last version.
    QHash<qint64, qsizetype> latest;
    QList<Sale> unique;
    for (const Sale &sale : std::as_const(all)) {
        if (latest.contains(sale.saleId)) {
            unique[latest.value(sale.saleId)] = sale;
            continue;
        }
        latest.insert(sale.saleId, unique.size());
        unique << sale;
    }
    return unique;
}

qint64 SyncFixture::sandboxQuantity(qint64 itemId, qint64 shopId)
{
    const QJsonObject stock = m_sandbox.control("GET", QStringLiteral("/sandbox/items/%1/stock").arg(itemId)).object();
    for (const QJsonValue &row : stock.value(QLatin1String("shops")).toArray()) {
        if (row.toObject().value(QLatin1String("shopID")).toInteger() == shopId)
            return row.toObject().value(QLatin1String("qoh")).toInteger();
    }
    return -1;
}

qint64 SyncFixture::ringUp(const QList<std::pair<qint64, qint64>> &itemQuantities, const QJsonObject &extra)
{
    QJsonArray lines;
    for (const auto &[itemId, quantity] : itemQuantities)
        lines.append(QJsonObject{{QStringLiteral("itemID"), itemId}, {QStringLiteral("quantity"), quantity}});
    QJsonObject body = extra;
    body.insert(QStringLiteral("shopID"), SHOP_ID);
    body.insert(QStringLiteral("lines"), lines);
    const QJsonObject reply = m_sandbox.control("POST", QStringLiteral("/sandbox/sales"), body).object();
    return reply.value(QLatin1String("saleID")).toInteger();
}

bool SyncFixture::saveSettings(const std::function<void(IntegrationSettings &)> &change)
{
    return query([this, change](Database &db) {
        SettingsRepository repository(db.connection());
        auto settings = repository.load(companyId);
        if (!settings)
            return false;
        change(*settings);
        return repository.save(*settings).ok();
    });
}

IntegrationSettings SyncFixture::settings()
{
    return query([this](Database &db) { return SettingsRepository(db.connection()).load(companyId).value(); });
}

QString describe(const JobReport &report)
{
    return QStringLiteral("%1 of %2: %3 (%4) created %5 updated %6 skipped %7 failed %8")
        .arg(syncJobKey(report.job))
        .arg(report.companyId)
        .arg(runResultKey(report.result), report.error ? report.error->toLogString() : report.message)
        .arg(report.counts.created)
        .arg(report.counts.updated)
        .arg(report.counts.skipped)
        .arg(report.counts.failed);
}

} // namespace synctest
