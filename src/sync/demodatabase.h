#pragma once

#include "core/error.h"

#include <QString>

#include <memory>

namespace posbridge {

class Database;
class SecretStore;
struct DemoCatalogue;
struct SandboxEndpoints;

/** @brief A fresh demo database and what it contains. */
struct CreatedDemoDatabase
{
    std::shared_ptr<Database> database;
    qint64 companyId = 0;
    qint64 mainStoreId = 0;
    qint64 returnsWarehouseId = 0;
    int products = 0;            ///< products made from sandbox items
    int listings = 0;            ///< products linked to their sandbox item
    int itemsWithoutProduct = 0; ///< archived, without custom SKU, or left out to show unknown items
};

/**
 * @brief Builds the demo database from the sandbox's catalogue, and deletes the previous one.
 *
 * The demo company "Demo Store" has the warehouses "Main Store" (Selling Warehouse) and
 * "Returns" (Returns Warehouse). Its settings point at the sandbox, with order download and
 * inventory upload off. Each sandbox item becomes a product with the item's custom SKU, stock in
 * Main Store, and a listing linked to the item. A few items get no product and a few products
 * no listing, so that unknown items and unlisted products show up too. The order download's
 * checkpoint is set so that its first run imports the sandbox's sales history as orders
 * without moving stock again, since the stock was copied after those sales.
 */
class DemoDatabase
{
public:
    static inline const QString COMPANY_NAME = QStringLiteral("Demo Store");
    static inline const QString MAIN_STORE_NAME = QStringLiteral("Main Store");
    static inline const QString RETURNS_WAREHOUSE_NAME = QStringLiteral("Returns");
    static constexpr int ORDER_DOWNLOAD_INTERVAL_SECONDS = 30;
    static constexpr int INVENTORY_UPLOAD_INTERVAL_SECONDS = 60;
    static constexpr int POSTING_INTERVAL_SECONDS = 120;
    /** @brief Days of the sandbox's sales history that the first order download imports, without stock moves. */
    static constexpr int HISTORY_DAYS_IMPORTED = 30;

    /**
     * @brief Deletes the demo database at path after removing its companies' keychain entries.
     *
     * Does nothing when there is no file. A file that is not marked as a demo database, or whose
     * keychain entries cannot be removed, is left unchanged and reported as an error.
     */
    static VoidResult discard(const QString &path, SecretStore &secrets);

    /**
     * @brief Creates the demo database at path (which must not exist) and writes the Client Secret
     * to the keychain under the new database's UUID.
     */
    static Result<CreatedDemoDatabase> create(const QString &path, SecretStore &secrets,
                                              const SandboxEndpoints &sandbox, const DemoCatalogue &catalogue);

    /** @brief True when the demo leaves the item without a back-office product (besides archived items). */
    static bool leavesWithoutProduct(qint64 itemId);
    /** @brief True when the demo gives the item's product no listing. */
    static bool leavesUnlisted(qint64 itemId);
    /** @brief Units of Main Store stock above the sandbox's quantity, so that inventory upload has work. */
    static qint64 extraStock(qint64 itemId);
};

} // namespace posbridge
