#include "lightspeed/retailapi.h"

#include "lightspeed/apierrors.h"
#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"
#include "lightspeed/tokenmanager.h"

#include <QCoreApplication>
#include <QSet>

namespace posbridge {

namespace {

QString identifierField(SkuField field)
{
    switch (field) {
    case SkuField::CustomSku:
        return QStringLiteral("customSku");
    case SkuField::Upc:
        return QStringLiteral("upc");
    case SkuField::Ean:
        return QStringLiteral("ean");
    case SkuField::ManufacturerSku:
        return QStringLiteral("manufacturerSku");
    case SkuField::SystemSku:
        break;
    }
    return QStringLiteral("systemSku");
}

QStringList itemRelations(bool withStock)
{
    return withStock ? QStringList{QStringLiteral("ItemShops")} : QStringList{};
}

// Collects the records of every page into one list.
template<typename T>
Result<QList<T>> readAllPages(ApiClient &client, const QString &path, const ApiQuery &query, const QString &element,
                              const CancellationToken &cancel)
{
    QList<T> all;
    const VoidResult walked = client.forEachPage(
        path, query,
        [&all, &element](const ApiResponse &page) -> VoidResult {
            auto parsed = parseRecords<T>(LightspeedJson::records(page.json, element));
            if (!parsed)
                return parsed.error();
            all.append(std::move(parsed).value());
            return {};
        },
        cancel);
    if (!walked)
        return walked.error();
    return all;
}

// The positive IDs of ids, each once, in their first order.
QList<qint64> uniquePositiveIds(const QList<qint64> &ids)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

} // namespace

RetailApi::RetailApi(ApiClient &client, QString accountId)
    : m_client(client)
    , m_accountId(std::move(accountId))
{
}

Result<QString> RetailApi::resolveAccountId(ApiClient &client, const CancellationToken &cancel)
{
    const QString fromToken = client.tokenManager().accountId();
    if (!fromToken.isEmpty())
        return fromToken;

    const Result<QList<Account>> all = accounts(client, cancel);
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("RetailApi", "The Lightspeed token gives access to no account."),
                         QStringLiteral("Account.json returned no account"));
    }
    return QString::number(all->constFirst().accountId);
}

Result<QList<Account>> RetailApi::accounts(ApiClient &client, const CancellationToken &cancel)
{
    const Result<ApiResponse> response = client.get(QStringLiteral("Account.json"), {}, cancel);
    if (!response)
        return response.error();
    return parseRecords<Account>(LightspeedJson::records(response->json, QStringLiteral("Account")));
}

Result<Account> RetailApi::account(const CancellationToken &cancel)
{
    const Result<ApiResponse> response = m_client.get(path(QString()), {}, cancel);
    if (!response)
        return response.error();
    const QList<QJsonObject> records = LightspeedJson::records(response->json, QStringLiteral("Account"));
    if (records.isEmpty())
        return ApiErrors::unexpectedResponse(QStringLiteral("Account/%1.json carried no Account").arg(m_accountId));
    return Account::fromJson(records.constFirst());
}

Result<QList<Shop>> RetailApi::shops(const CancellationToken &cancel)
{
    ApiQuery query;
    query.archived(ApiQuery::Archived::Include).sort(QStringLiteral("shopID")).limit();
    return readAllPages<Shop>(m_client, path(QStringLiteral("Shop")), query, QStringLiteral("Shop"), cancel);
}

Result<QList<Employee>> RetailApi::employees(const CancellationToken &cancel)
{
    ApiQuery query;
    query.archived(ApiQuery::Archived::Include).sort(QStringLiteral("employeeID")).limit();
    return readAllPages<Employee>(m_client, path(QStringLiteral("Employee")), query, QStringLiteral("Employee"),
                                  cancel);
}

Result<ConnectionCheck> RetailApi::testConnection(const CancellationToken &cancel)
{
    const Result<Account> details = account(cancel);
    if (!details)
        return details.error();
    const Result<QList<Shop>> allShops = shops(cancel);
    if (!allShops)
        return allShops.error();

    const RateLimiter::Snapshot bucket = m_client.rateLimiter().snapshot();
    ConnectionCheck check;
    check.accountId = details->accountId;
    check.accountName = details->name;
    check.shopCount = int(allShops->size());
    check.bucketLevel = bucket.level;
    check.bucketSize = bucket.size;
    return check;
}

Result<QList<Item>> RetailApi::itemsByIds(const QList<qint64> &ids, bool withStock, const CancellationToken &cancel)
{
    QList<Item> items;
    for (const QList<qint64> &batch : ApiQuery::batches(uniquePositiveIds(ids))) {
        ApiQuery query;
        query.in(QStringLiteral("itemID"), batch).archived(ApiQuery::Archived::Include).limit();
        if (withStock)
            query.loadRelations(itemRelations(true));
        auto page = readAllPages<Item>(m_client, path(QStringLiteral("Item")), query, QStringLiteral("Item"), cancel);
        if (!page)
            return page.error();
        items.append(std::move(page).value());
    }
    return items;
}

Result<QList<Customer>> RetailApi::customersByIds(const QList<qint64> &ids, const CancellationToken &cancel)
{
    QList<Customer> customers;
    for (const QList<qint64> &batch : ApiQuery::batches(uniquePositiveIds(ids))) {
        ApiQuery query;
        query.in(QStringLiteral("customerID"), batch).archived(ApiQuery::Archived::Include).limit();
        auto page = readAllPages<Customer>(m_client, path(QStringLiteral("Customer")), query,
                                           QStringLiteral("Customer"), cancel);
        if (!page)
            return page.error();
        customers.append(std::move(page).value());
    }
    return customers;
}

Result<QList<Item>> RetailApi::itemsByIdentifier(SkuField field, const QString &value, const CancellationToken &cancel)
{
    ApiQuery query;
    query.filter(identifierField(field), ApiQuery::Op::Equal, value).archived(ApiQuery::Archived::Exclude).limit();
    return readAllPages<Item>(m_client, path(QStringLiteral("Item")), query, QStringLiteral("Item"), cancel);
}

Result<QList<Item>> RetailApi::itemsByIdentifierPattern(SkuField field, const QString &pattern,
                                                        const CancellationToken &cancel)
{
    ApiQuery query;
    query.filter(identifierField(field), ApiQuery::Op::Like, pattern).archived(ApiQuery::Archived::Exclude).limit();
    return readAllPages<Item>(m_client, path(QStringLiteral("Item")), query, QStringLiteral("Item"), cancel);
}

Result<qint64> RetailApi::activeItemCount(const CancellationToken &cancel)
{
    ApiQuery query;
    query.archived(ApiQuery::Archived::Exclude).add(QStringLiteral("count"), QStringLiteral("1"));
    const Result<ApiResponse> response = m_client.get(path(QStringLiteral("Item")), query, cancel);
    if (!response)
        return response.error();
    const QJsonValue count =
        response->json.value(QLatin1String("@attributes")).toObject().value(QLatin1String("count"));
    bool ok = false;
    const qint64 value = count.isString() ? count.toString().toLongLong(&ok) : count.toInteger(-1);
    if ((count.isString() && !ok) || value < 0)
        return ApiErrors::unexpectedResponse(QStringLiteral("Item.json?count=1 carried no count"));
    return value;
}

VoidResult RetailApi::forEachActiveItem(const ItemPageHandler &handler, const CancellationToken &cancel)
{
    ApiQuery query;
    query.archived(ApiQuery::Archived::Exclude).sort(QStringLiteral("itemID")).limit();
    return m_client.forEachPage(
        path(QStringLiteral("Item")), query,
        [&handler](const ApiResponse &page) -> VoidResult {
            auto items = parseRecords<Item>(LightspeedJson::records(page.json, QStringLiteral("Item")));
            if (!items)
                return items.error();
            return handler(*items);
        },
        cancel);
}

Result<Item> RetailApi::item(qint64 itemId, bool withStock, const CancellationToken &cancel)
{
    ApiQuery query;
    if (withStock)
        query.loadRelations(itemRelations(true));
    return itemFromResponse(m_client.get(path(QStringLiteral("Item/%1").arg(itemId)), query, cancel));
}

Result<Item> RetailApi::createItem(const ItemChanges &item, const CancellationToken &cancel)
{
    return itemFromResponse(m_client.post(path(QStringLiteral("Item")), item.toJson(), cancel));
}

Result<Item> RetailApi::updateItem(qint64 itemId, const ItemChanges &changes, const CancellationToken &cancel)
{
    for (const ItemChanges::Stock &stock : changes.stock) {
        if (stock.qoh.isNegative()) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("RetailApi", "Lightspeed cannot hold a negative quantity (%1) for item %2.")
                    .arg(stock.qoh.toString())
                    .arg(itemId),
                QStringLiteral("negative qoh for item %1").arg(itemId));
        }
    }
    return itemFromResponse(m_client.put(path(QStringLiteral("Item/%1").arg(itemId)), changes.toJson(), cancel));
}

VoidResult RetailApi::archiveItem(qint64 itemId, const CancellationToken &cancel)
{
    const Result<ApiResponse> response = m_client.remove(path(QStringLiteral("Item/%1").arg(itemId)), cancel);
    if (!response)
        return response.error();
    return {};
}

VoidResult RetailApi::itemShopsChangedSince(const QDateTime &since, qint64 shopId, const ItemShopPageHandler &handler,
                                            const CancellationToken &cancel)
{
    ApiQuery query;
    query.filter(QStringLiteral("timeStamp"), ApiQuery::Op::GreaterOrEqual, since);
    if (shopId > 0)
        query.filter(QStringLiteral("shopID"), ApiQuery::Op::Equal, shopId);
    query.sort(QStringLiteral("timeStamp")).limit();
    return m_client.forEachPage(
        path(QStringLiteral("ItemShop")), query,
        [&handler](const ApiResponse &page) -> VoidResult {
            auto rows = parseRecords<ItemShop>(LightspeedJson::records(page.json, QStringLiteral("ItemShop")));
            if (!rows)
                return rows.error();
            return handler(*rows);
        },
        cancel);
}

QStringList RetailApi::defaultSaleRelations()
{
    // NOTE: under the 2026 rate-limit rules a page of 100 sales with these relations costs 2 drips
    // (1 + 0.4 + 0.4 + 0.2). A caller that must stay under 1.5 drips loads only SaleLines (1.4).
    return {QStringLiteral("SaleLines"), QStringLiteral("SalePayments"), QStringLiteral("Customer")};
}

VoidResult RetailApi::salesUpdatedSince(qint64 shopId, const QDateTime &since, const SalePageHandler &handler,
                                        const QStringList &relations, const CancellationToken &cancel)
{
    ApiQuery query;
    query.filter(QStringLiteral("shopID"), ApiQuery::Op::Equal, shopId)
        .filter(QStringLiteral("updatetime"), ApiQuery::Op::GreaterOrEqual, since)
        .sort(QStringLiteral("updatetime"))
        .limit();
    if (!relations.isEmpty())
        query.loadRelations(relations);
    return m_client.forEachPage(
        path(QStringLiteral("Sale")), query,
        [&handler](const ApiResponse &page) -> VoidResult {
            auto sales = parseRecords<Sale>(LightspeedJson::records(page.json, QStringLiteral("Sale")));
            if (!sales)
                return sales.error();
            return handler(*sales);
        },
        cancel);
}

Result<Sale> RetailApi::sale(qint64 saleId, const QStringList &relations, const CancellationToken &cancel)
{
    ApiQuery query;
    if (!relations.isEmpty())
        query.loadRelations(relations);
    const Result<ApiResponse> response = m_client.get(path(QStringLiteral("Sale/%1").arg(saleId)), query, cancel);
    if (!response)
        return response.error();
    const QList<QJsonObject> records = LightspeedJson::records(response->json, QStringLiteral("Sale"));
    if (records.isEmpty())
        return ApiErrors::unexpectedResponse(QStringLiteral("Sale/%1.json carried no Sale").arg(saleId));
    return Sale::fromJson(records.constFirst());
}

QString RetailApi::path(const QString &resource) const
{
    if (resource.isEmpty())
        return QStringLiteral("Account/%1.json").arg(m_accountId);
    return QStringLiteral("Account/%1/%2.json").arg(m_accountId, resource);
}

Result<Item> RetailApi::itemFromResponse(const Result<ApiResponse> &response) const
{
    if (!response)
        return response.error();
    const QList<QJsonObject> records = LightspeedJson::records(response->json, QStringLiteral("Item"));
    if (records.isEmpty())
        return ApiErrors::unexpectedResponse(QStringLiteral("item response carried no Item"));
    return Item::fromJson(records.constFirst());
}

} // namespace posbridge
