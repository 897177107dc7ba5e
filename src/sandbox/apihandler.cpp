#include "sandbox/apihandler.h"

#include "sandbox/datastore.h"
#include "sandbox/itemwriter.h"
#include "sandbox/listquery.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/serializer.h"
#include "sandbox/tokenstore.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

const QStringList &entityNames()
{
    static const QStringList names{u"Shop"_s, u"Employee"_s, u"Customer"_s, u"Item"_s, u"ItemShop"_s, u"Sale"_s};
    return names;
}

bool grantedAny(const QStringList &granted, const QStringList &names)
{
    for (const QString &name : names) {
        if (granted.contains(u"employee:"_s + name))
            return true;
    }
    return false;
}

HttpReply fromError(const Error &error)
{
    return HttpReply::apiError(error.httpStatus ? error.httpStatus : 400, error.message);
}

template<typename T, typename Serialize, typename UrlBuilder>
HttpReply listReply(const std::map<qint64, T> &records, const EntityMeta<T> &meta, const ListRequest &request,
                    Serialize serialize, UrlBuilder pageUrl)
{
    const Result<ListPage<T>> page = runList(records, meta, request);
    if (!page)
        return fromError(page.error());
    if (request.countOnly)
        return HttpReply::json(
            QJsonObject{{u"@attributes"_s, QJsonObject{{u"count"_s, QString::number(page->total)}}}});

    QJsonArray rows;
    for (const T *record : page->records)
        rows.append(serialize(*record));
    QJsonObject body{
        {u"@attributes"_s,
         QJsonObject{{u"next"_s, page->hasNext ? pageUrl(u"after"_s, page->last.encode()) : QString()},
                     {u"previous"_s, page->hasPrevious ? pageUrl(u"before"_s, page->first.encode()) : QString()}}}};
    if (rows.size() == 1)
        body.insert(meta.name, rows.first());
    else if (!rows.isEmpty())
        body.insert(meta.name, rows);
    return HttpReply::json(body);
}

} // namespace

ApiRoute ApiRoute::parse(const QByteArray &method, const QString &path)
{
    static const QRegularExpression accountList(u"^/API/V3/Account\\.json$"_s);
    static const QRegularExpression accountOne(u"^/API/V3/Account/(\\d+)\\.json$"_s);
    static const QRegularExpression entityPath(u"^/API/V3/Account/(\\d+)/([A-Za-z]+)(?:/(\\d+))?\\.json$"_s);
    ApiRoute route;
    if (accountList.match(path).hasMatch()) {
        route.name = u"account"_s;
        return route;
    }
    if (const auto match = accountOne.match(path); match.hasMatch()) {
        route.name = u"account"_s;
        route.accountId = match.captured(1);
        return route;
    }
    const auto match = entityPath.match(path);
    if (!match.hasMatch() || !entityNames().contains(match.captured(2)))
        return route;
    route.accountId = match.captured(1);
    route.entity = match.captured(2);
    route.single = !match.captured(3).isEmpty();
    route.recordId = match.captured(3).toLongLong();
    QString action;
    if (method == "GET")
        action = route.single ? u"get"_s : u"list"_s;
    else if (method == "POST" && !route.single)
        action = u"create"_s;
    else if (method == "PUT" && route.single)
        action = u"update"_s;
    else if (method == "DELETE" && route.single)
        action = u"delete"_s;
    else
        action = u"unsupported"_s;
    route.name = route.entity.toLower() + u'.' + action;
    return route;
}

bool ApiHandler::scopeAllows(const QStringList &granted, const ApiRoute &route)
{
    if (grantedAny(granted, {u"all"_s}) || route.name == u"account")
        return true;
    const bool read = route.name.endsWith(u".list") || route.name.endsWith(u".get");
    if (route.entity == u"Sale")
        return read && grantedAny(granted, {u"register"_s, u"register_read"_s});
    if (route.entity == u"Item" || route.entity == u"ItemShop") {
        return read ? grantedAny(granted, {u"inventory"_s, u"inventory_read"_s})
                    : grantedAny(granted, {u"inventory"_s});
    }
    if (route.entity == u"Customer")
        return read && grantedAny(granted, {u"customers"_s, u"customers_read"_s, u"register"_s, u"register_read"_s});
    // Shop and Employee lists fill the connection form, so any register, inventory or admin scope reads them.
    return read && grantedAny(granted, {u"admin"_s, u"admin_shops"_s, u"admin_employees"_s, u"register"_s,
                                        u"register_read"_s, u"inventory"_s, u"inventory_read"_s, u"reports"_s});
}

ApiHandler::ApiHandler(const SandboxConfig &config, DataStore &store, TokenStore &tokens, RateLimiter &limiter,
                       const SandboxClock &clock)
    : m_config(config)
    , m_store(store)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_clock(clock)
{
}

HttpReply ApiHandler::unauthorized() const
{
    HttpReply reply = HttpReply::apiError(401, u"Access token could not be verified"_s);
    reply.setHeader("WWW-Authenticate", "Bearer");
    reply.setHeader("X-LS-Acct-Id", m_config.accountId.toLatin1());
    return reply;
}

double ApiHandler::requestCost(const HttpRequest &request, const ApiRoute &route, const ListRequest *list) const
{
    const BucketModel &model = m_limiter.model();
    if (request.method == "GET") {
        if (list && list->countOnly)
            return model.countCost;
        double cost = model.readCost;
        const auto relations = list ? resolveRelations(route.entity, list->relations) : QList<RelationInfo>{};
        const double factor = !route.single && model.doubleRelationsOnLists ? 2.0 : 1.0;
        if (relations) {
            for (const RelationInfo &relation : relations.value())
                cost += factor * (relation.toMany ? model.toManyRelationCost : model.toOneRelationCost);
        }
        return cost;
    }
    if (route.entity == u"Sale")
        return model.saleWriteCost;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    return model.writeCost + model.nestedEntityCost * ItemWriter::nestedEntityCount(body);
}

HttpReply ApiHandler::handle(const HttpRequest &request, const ApiRoute &route)
{
    const QByteArray authorization = request.header("Authorization");
    const AccessGrant grant =
        authorization.startsWith("Bearer ") ? m_tokens.verifyAccess(authorization.mid(7).trimmed()) : AccessGrant{};
    if (!grant.ok)
        return unauthorized();

    HttpReply reply;
    const Result<ListRequest> list = parseListRequest(request.query);
    const RateDecision decision = m_limiter.admit(grant.accountId + u'/' + grant.clientId,
                                                  requestCost(request, route, list ? &list.value() : nullptr));
    if (!decision.allowed) {
        reply = HttpReply::apiError(
            429, u"Rate limit exceeded (%1); retry after %2 seconds."_s.arg(QString::fromLatin1(decision.limitType))
                     .arg(decision.retryAfterSec));
    } else if (!route.accountId.isEmpty() && route.accountId != grant.accountId) {
        reply =
            HttpReply::apiError(403, u"The access token does not grant access to account %1."_s.arg(route.accountId));
    } else if (route.name.isEmpty()) {
        reply = HttpReply::apiError(404, u"No API resource at %1."_s.arg(request.path));
    } else if (route.name.endsWith(u".unsupported")) {
        reply = HttpReply::apiError(
            405, u"%1 does not support %2 here."_s.arg(route.entity, QString::fromLatin1(request.method)));
    } else if (!scopeAllows(grant.scopes, route)) {
        reply = HttpReply::apiError(
            403, u"The access token's scopes (%1) do not allow %2."_s.arg(grant.scopes.join(u' '), route.name));
    } else if (!list) {
        reply = fromError(list.error());
    } else {
        reply = dispatch(request, route, list.value());
    }
    RateLimiter::applyHeaders(reply, decision);
    reply.setHeader("X-LS-Acct-Id", grant.accountId.toLatin1());
    return reply;
}

HttpReply ApiHandler::dispatch(const HttpRequest &request, const ApiRoute &route, const ListRequest &list)
{
    if (route.name == u"account")
        return account();
    if (request.method == "GET") {
        const auto relations = resolveRelations(route.entity, list.relations);
        if (!relations)
            return fromError(relations.error());
        if (route.single)
            return single(route, list.relations.contains(u"all"_s) ? QStringList{u"all"_s} : list.relations);
        return this->list(request, route, list);
    }
    if (route.entity == u"Item")
        return writeItem(request, route);
    return HttpReply::apiError(405, u"%1 is read-only in the sandbox."_s.arg(route.entity));
}

HttpReply ApiHandler::account() const
{
    return HttpReply::json(QJsonObject{
        {u"@attributes"_s, QJsonObject{{u"count"_s, u"1"_s}}},
        {u"Account"_s, QJsonObject{{u"accountID"_s, m_config.accountId}, {u"name"_s, m_config.accountName}}}});
}

QString ApiHandler::pageUrl(const HttpRequest &request, const QString &cursorName, const QString &token) const
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(u"after"_s);
    query.removeAllQueryItems(u"before"_s);
    query.addQueryItem(cursorName, token);
    return m_baseUrl + request.path + u'?' + query.toString(QUrl::FullyEncoded);
}

HttpReply ApiHandler::list(const HttpRequest &request, const ApiRoute &route, const ListRequest &list) const
{
    const Serializer serializer(m_store);
    QStringList relations = list.relations;
    if (relations.contains(u"all"_s)) {
        relations.clear();
        for (const RelationInfo &relation : relationsOf(route.entity))
            relations.append(relation.path);
    }
    auto url = [&](const QString &name, const QString &token) { return pageUrl(request, name, token); };
    if (route.entity == u"Shop")
        return listReply(
            m_store.shops(), shopMeta(), list, [&](const Shop &s) { return serializer.shop(s); }, url);
    if (route.entity == u"Employee") {
        return listReply(
            m_store.employees(), employeeMeta(), list, [&](const Employee &e) { return serializer.employee(e); }, url);
    }
    if (route.entity == u"Customer") {
        return listReply(
            m_store.customers(), customerMeta(), list, [&](const Customer &c) { return serializer.customer(c); }, url);
    }
    if (route.entity == u"Item") {
        return listReply(
            m_store.items(), itemMeta(), list, [&](const Item &i) { return serializer.item(i, relations); }, url);
    }
    if (route.entity == u"ItemShop") {
        return listReply(
            m_store.itemShops(), itemShopMeta(), list,
            [&](const ItemShop &s) { return serializer.itemShop(s, relations); }, url);
    }
    return listReply(
        m_store.sales(), saleMeta(), list, [&](const Sale &s) { return serializer.sale(s, relations); }, url);
}

HttpReply ApiHandler::single(const ApiRoute &route, const QStringList &requested) const
{
    const Serializer serializer(m_store);
    QStringList relations = requested;
    if (relations.contains(u"all"_s)) {
        relations.clear();
        for (const RelationInfo &relation : relationsOf(route.entity))
            relations.append(relation.path);
    }
    const qint64 id = route.recordId;
    auto found = [&](const QJsonObject &record) { return HttpReply::json(QJsonObject{{route.entity, record}}); };
    if (route.entity == u"Shop" && m_store.shops().count(id))
        return found(serializer.shop(m_store.shops().at(id)));
    if (route.entity == u"Employee" && m_store.employees().count(id))
        return found(serializer.employee(m_store.employees().at(id)));
    if (route.entity == u"Customer" && m_store.customers().count(id))
        return found(serializer.customer(m_store.customers().at(id)));
    if (route.entity == u"Item" && m_store.items().count(id))
        return found(serializer.item(m_store.items().at(id), relations));
    if (route.entity == u"ItemShop" && m_store.itemShops().count(id))
        return found(serializer.itemShop(m_store.itemShops().at(id), relations));
    if (route.entity == u"Sale" && m_store.sales().count(id))
        return found(serializer.sale(m_store.sales().at(id), relations));
    return HttpReply::apiError(404, u"%1 %2 not found."_s.arg(route.entity).arg(id));
}

HttpReply ApiHandler::writeItem(const HttpRequest &request, const ApiRoute &route)
{
    ItemWriter writer(m_store, m_clock);
    qint64 itemID = route.recordId;
    if (request.method == "DELETE") {
        if (VoidResult done = writer.archive(itemID); !done)
            return fromError(done.error());
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return HttpReply::apiError(400,
                                       u"The request body must be a JSON object: %1."_s.arg(parseError.errorString()));
        if (request.method == "POST") {
            const Result<qint64> created = writer.create(document.object());
            if (!created)
                return fromError(created.error());
            itemID = created.value();
        } else if (VoidResult done = writer.update(itemID, document.object()); !done) {
            return fromError(done.error());
        }
    }
    const Serializer serializer(m_store);
    return HttpReply::json(QJsonObject{{u"Item"_s, serializer.item(m_store.items().at(itemID), {u"ItemShops"_s})}});
}

} // namespace posbridge::sandbox
