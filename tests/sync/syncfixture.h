#pragma once

// A company in a temporary SQLite database, connected to a sandbox over loopback, for the sync tests.

#include "sandboxprocess.h"

#include "core/integrationsettings.h"
#include "lightspeed/connectionregistry.h"
#include "lightspeed/sale.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/connectionmanager.h"
#include "sync/democatalogue.h"
#include "sync/jobrunner.h"
#include "sync/orderdownloadjob.h"
#include "sync/shopdirectory.h"

#include <QHash>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace synctest {

/** @brief What the company's back office holds when it is created. */
struct CompanySetup
{
    /** Items that get a product with the item's identifiers; by default every item with a custom SKU. */
    std::function<bool(const posbridge::DemoCatalogue::Item &)> hasProduct;
    /** Products whose listing is linked to their item and enabled; by default all of them. */
    std::function<bool(const posbridge::DemoCatalogue::Item &)> isListed;
    /** Units in the Selling Warehouse; by default the item's quantity in shop 1, at least 0. */
    std::function<qint64(const posbridge::DemoCatalogue::Item &)> stock;
    bool orderDownload = true;
    bool inventoryUpload = true;
    posbridge::Decimal safetyBuffer;
    int orderDownloadIntervalSeconds = 60;
    int inventoryUploadIntervalSeconds = 300;
};

/** @brief Sandbox, database, keychain stand-in and connection manager of one sync test. */
class SyncFixture
{
public:
    static constexpr qint64 SHOP_ID = 1;

    explicit SyncFixture(QStringList sandboxArguments);
    ~SyncFixture();

    /** @brief Starts the sandbox and opens a fresh database; false with errorString() on failure. */
    bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    /** @brief Adds the company, its warehouses, settings, products, stock and listings; connects it. */
    bool createCompany(const CompanySetup &setup = {});
    /** @brief Fetches tokens from the sandbox and installs them for the company. */
    bool connectCompany();

    /** @brief Runs one job on the calling thread, as a worker thread would. */
    posbridge::JobReport runJob(posbridge::SyncJob job, const posbridge::OrderDownloadOptions &options = allHistory(),
                                posbridge::RunTrigger trigger = posbridge::RunTrigger::Manual);

    /** @brief Order download options whose first run reads the whole seeded history. */
    static posbridge::OrderDownloadOptions allHistory();

    /** @brief Every sale of the shop, with its lines, read through the API. */
    QList<posbridge::Sale> sandboxSales(qint64 shopId = SHOP_ID);
    /** @brief Lightspeed's quantity of an item in the shop, from the control endpoint. */
    qint64 sandboxQuantity(qint64 itemId, qint64 shopId = SHOP_ID);
    /** @brief Rings up a sale through the control endpoint and returns its saleID (0 on failure). */
    qint64 ringUp(const QList<std::pair<qint64, qint64>> &itemQuantities, const QJsonObject &extra = {});

    /** @brief Runs work on the database executor and waits for its result. */
    template<typename Function>
    auto query(Function work)
    {
        return m_executor->run(std::move(work)).result();
    }

    /** @brief Saves changed settings of the company. */
    bool saveSettings(const std::function<void(posbridge::IntegrationSettings &)> &change);
    posbridge::IntegrationSettings settings();

    SandboxProcess &sandbox() { return m_sandbox; }
    [[nodiscard]] std::shared_ptr<posbridge::Database> database() const { return m_executor->database(); }
    [[nodiscard]] const std::shared_ptr<posbridge::DatabaseExecutor> &executor() const { return m_executor; }
    posbridge::ConnectionManager &connections() { return *m_connections; }
    posbridge::MemorySecretStore &secrets() { return *m_secrets; }
    posbridge::ShopDirectory &shops() { return m_shops; }
    [[nodiscard]] QString databasePath() const;

    qint64 companyId = 0;
    qint64 sellingWarehouseId = 0;
    qint64 returnsWarehouseId = 0;
    posbridge::DemoCatalogue catalogue;
    QHash<qint64, qint64> productByItem; ///< items that got a product
    QHash<qint64, qint64> listingByItem; ///< items with a linked listing

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<posbridge::DatabaseExecutor> m_executor;
    std::unique_ptr<posbridge::MemorySecretStore> m_secrets;
    std::unique_ptr<posbridge::ConnectionRegistry> m_registry;
    std::unique_ptr<posbridge::ConnectionManager> m_connections;
    posbridge::ShopDirectory m_shops;
    QString m_error;
};

/** @brief The error text of a result, for QVERIFY2 messages. */
template<typename T>
QString errorText(const posbridge::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toLogString();
}

/** @brief One line per failure of a report, for QVERIFY2 messages. */
QString describe(const posbridge::JobReport &report);

} // namespace synctest
