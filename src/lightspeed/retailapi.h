#pragma once

#include "core/cancellation.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "lightspeed/account.h"
#include "lightspeed/apiclient.h"
#include "lightspeed/customer.h"
#include "lightspeed/employee.h"
#include "lightspeed/item.h"
#include "lightspeed/itemchanges.h"
#include "lightspeed/itemshop.h"
#include "lightspeed/sale.h"
#include "lightspeed/shop.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace posbridge {

/** @brief What Test Connection shows. */
struct ConnectionCheck
{
    qint64 accountId = 0;
    QString accountName;
    int shopCount = 0;
    double bucketLevel = 0;
    double bucketSize = 0;
};

/**
 * @brief The R-Series calls POS Bridge makes, over one ApiClient and one account.
 *
 * Same threading rules as ApiClient: use it on the thread that owns the client. Every call
 * blocks and may be cancelled through its token.
 */
class RetailApi
{
public:
    /** @brief Handles one page of sales; an error stops the walk. */
    using SalePageHandler = std::function<VoidResult(const QList<Sale> &sales)>;
    /** @brief Handles one page of items; an error stops the walk. */
    using ItemPageHandler = std::function<VoidResult(const QList<Item> &items)>;
    /** @brief Handles one page of stock rows; an error stops the walk. */
    using ItemShopPageHandler = std::function<VoidResult(const QList<ItemShop> &itemShops)>;

    RetailApi(ApiClient &client, QString accountId);

    /**
     * @brief The account ID of the connection: the access token's acct claim, or else the
     * first account of GET Account.json.
     */
    static Result<QString> resolveAccountId(ApiClient &client, const CancellationToken &cancel = {});
    /** @brief Every account the token can see (GET Account.json). */
    static Result<QList<Account>> accounts(ApiClient &client, const CancellationToken &cancel = {});

    Result<Account> account(const CancellationToken &cancel = {});
    /** @brief The account's shops, archived ones included so a configured shop stays visible. */
    Result<QList<Shop>> shops(const CancellationToken &cancel = {});
    /** @brief The account's employees, archived ones included; Employee::archived marks the archived ones. */
    Result<QList<Employee>> employees(const CancellationToken &cancel = {});
    /** @brief Reads the account and its shops, and adds the rate limiter's current bucket estimate. */
    Result<ConnectionCheck> testConnection(const CancellationToken &cancel = {});

    /**
     * @brief Items by ID, in IN batches of at most 100 IDs; duplicate IDs are asked for once.
     *
     * Archived items are included, since old sales still refer to them. IDs Lightspeed does
     * not know are simply absent from the result. withStock also loads ItemShops.
     */
    Result<QList<Item>> itemsByIds(const QList<qint64> &ids, bool withStock = false,
                                   const CancellationToken &cancel = {});
    /**
     * @brief Customers by ID, in IN batches of at most 100 IDs; duplicate IDs are asked for once.
     *
     * Archived customers are included, since old sales still refer to them. IDs Lightspeed does
     * not know are absent from the result.
     */
    Result<QList<Customer>> customersByIds(const QList<qint64> &ids, const CancellationToken &cancel = {});
    /** @brief Items whose identifier equals value exactly, archived ones excluded. */
    Result<QList<Item>> itemsByIdentifier(SkuField field, const QString &value, const CancellationToken &cancel = {});
    /**
     * @brief Items whose identifier matches a LIKE pattern ('%' any text, '_' one character), archived ones excluded.
     *
     * Lightspeed compares without case. Used to find barcodes written with or without leading zeros.
     */
    Result<QList<Item>> itemsByIdentifierPattern(SkuField field, const QString &pattern,
                                                 const CancellationToken &cancel = {});
    /** @brief The number of items that are not archived (count=1, which costs 10 drips). */
    Result<qint64> activeItemCount(const CancellationToken &cancel = {});
    /** @brief Every item that is not archived, in itemID order, page by page. */
    VoidResult forEachActiveItem(const ItemPageHandler &handler, const CancellationToken &cancel = {});
    Result<Item> item(qint64 itemId, bool withStock = false, const CancellationToken &cancel = {});
    /** @brief Creates an item. The POST is never repeated after it may have reached Lightspeed. */
    Result<Item> createItem(const ItemChanges &item, const CancellationToken &cancel = {});
    /** @brief Changes only the given fields of an item; stock quantities must not be negative. */
    Result<Item> updateItem(qint64 itemId, const ItemChanges &changes, const CancellationToken &cancel = {});
    /** @brief Archives an item (DELETE); Lightspeed also zeroes its stock. */
    VoidResult archiveItem(qint64 itemId, const CancellationToken &cancel = {});

    /**
     * @brief Stock rows whose timeStamp is at or after since, oldest first, page by page.
     *
     * shopId 0 reads every shop, including the summary rows.
     */
    VoidResult itemShopsChangedSince(const QDateTime &since, qint64 shopId, const ItemShopPageHandler &handler,
                                     const CancellationToken &cancel = {});

    /** @brief The relations loaded with sales by default: lines, payments and customer. */
    static QStringList defaultSaleRelations();

    /**
     * @brief Sales of a shop whose updatetime is at or after since, oldest first, page by page.
     *
     * Completed, open and voided sales all come back, since a void also moves updatetime.
     * The handler runs once per page before the next page is requested, so the caller can
     * commit a page and its checkpoint together.
     */
    VoidResult salesUpdatedSince(qint64 shopId, const QDateTime &since, const SalePageHandler &handler,
                                 const QStringList &relations = defaultSaleRelations(),
                                 const CancellationToken &cancel = {});
    Result<Sale> sale(qint64 saleId, const QStringList &relations = defaultSaleRelations(),
                      const CancellationToken &cancel = {});

    [[nodiscard]] const QString &accountId() const { return m_accountId; }

private:
    QString path(const QString &resource) const;
    Result<Item> itemFromResponse(const Result<ApiResponse> &response) const;

    ApiClient &m_client;
    QString m_accountId;
};

} // namespace posbridge
