#include "sandbox/controlhandler.h"

#include "sandbox/datastore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/liveshop.h"
#include "sandbox/logging.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestcounters.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/serializer.h"
#include "sandbox/tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

HttpReply controlError(int status, const QString &message)
{
    return HttpReply::json(QJsonObject{{u"error"_s, message}}, status);
}

HttpReply fromError(const Error &error)
{
    return controlError(error.httpStatus ? error.httpStatus : 400, error.message);
}

qint64 idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
}

} // namespace

ControlHandler::ControlHandler(const ControlContext &context)
    : m_context(context)
{
}

HttpReply ControlHandler::handle(const HttpRequest &request)
{
    static const QRegularExpression stockPath(u"^/sandbox/items/(\\d+)/stock$"_s);
    static const QRegularExpression salePath(u"^/sandbox/sales/(\\d+)/(void|complete)$"_s);
    QJsonObject body;
    if (!request.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return controlError(400, u"The request body must be a JSON object."_s);
        body = document.object();
    }
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path == u"/sandbox/state" && get)
        return state();
    if (const auto match = stockPath.match(path); match.hasMatch() && get)
        return stock(match.captured(1).toLongLong());
    if ((path == u"/sandbox/sales" || path == u"/sandbox/returns") && post)
        return ringUp(body, path.endsWith(u"returns"));
    if (const auto match = salePath.match(path); match.hasMatch() && post)
        return changeSale(match.captured(1).toLongLong(), match.captured(2));
    if (path == u"/sandbox/faults" || path == u"/sandbox/faults/clear")
        return faults(request, body);
    if (path == u"/sandbox/counters" && get) {
        QJsonObject counters = m_context.counters.toJson();
        counters.insert(u"bucket"_s, m_context.limiter.snapshot());
        return HttpReply::json(counters);
    }
    if (path == u"/sandbox/counters/reset" && post) {
        m_context.counters.reset();
        m_context.limiter.resetStatistics();
        return HttpReply::json(QJsonObject{{u"reset"_s, true}});
    }
    if (path == u"/sandbox/buckets/reset" && post) {
        m_context.limiter.reset();
        return HttpReply::json(QJsonObject{{u"reset"_s, true}});
    }
    if ((path == u"/sandbox/tokens/expire" || path == u"/sandbox/tokens/revoke") && post)
        return tokens(path.section(u'/', -1), body);
    if (path == u"/sandbox/oauth/code" && post)
        return authorizationCode(body);
    if (path == u"/sandbox/clients")
        return clients(request, body);
    if (path == u"/sandbox/live")
        return live(request, body);
    return controlError(
        404, u"No control endpoint %1 %2; see docs/sandbox.md."_s.arg(QString::fromLatin1(request.method), path));
}

HttpReply ControlHandler::state() const
{
    const DataStore &store = m_context.store;
    qint64 open = 0;
    qint64 voided = 0;
    for (const auto &[id, sale] : store.sales()) {
        open += sale.completed ? 0 : 1;
        voided += sale.voided ? 1 : 0;
    }
    QJsonArray clients;
    for (const ClientRegistration &client : m_context.tokens.clients())
        clients.append(QJsonObject{{u"clientId"_s, client.clientId}, {u"redirectUri"_s, client.redirectUri}});
    const QJsonObject counts{{u"shops"_s, static_cast<qint64>(store.shops().size())},
                             {u"employees"_s, static_cast<qint64>(store.employees().size())},
                             {u"customers"_s, static_cast<qint64>(store.customers().size())},
                             {u"items"_s, static_cast<qint64>(store.items().size())},
                             {u"itemShops"_s, static_cast<qint64>(store.itemShops().size())},
                             {u"sales"_s, static_cast<qint64>(store.sales().size())},
                             {u"saleLines"_s, static_cast<qint64>(store.saleLines().size())},
                             {u"openSales"_s, open},
                             {u"voidedSales"_s, voided}};
    return HttpReply::json(QJsonObject{{u"accountId"_s, m_context.config.accountId},
                                       {u"sandboxTime"_s, SandboxClock::formatApiTime(m_context.clock.nowMs())},
                                       {u"timeScale"_s, m_context.clock.timeScale()},
                                       {u"counts"_s, counts},
                                       {u"clients"_s, clients},
                                       {u"tokens"_s, m_context.tokens.summary()},
                                       {u"bucket"_s, m_context.limiter.snapshot()},
                                       {u"liveShop"_s, m_context.liveShop.stats()},
                                       {u"faults"_s, m_context.faults.rulesJson()}});
}

HttpReply ControlHandler::stock(qint64 itemID) const
{
    const Item *item = m_context.store.item(itemID);
    if (!item)
        return controlError(404, u"Item %1 does not exist."_s.arg(itemID));
    QJsonArray shops;
    for (qint64 id : m_context.store.itemShopIDsOf(itemID)) {
        const ItemShop &row = m_context.store.itemShops().at(id);
        shops.append(QJsonObject{{u"itemShopID"_s, row.itemShopID},
                                 {u"shopID"_s, row.shopID},
                                 {u"qoh"_s, row.qoh},
                                 {u"timeStamp"_s, SandboxClock::formatApiTime(row.timeStamp)}});
    }
    return HttpReply::json(QJsonObject{{u"itemID"_s, itemID},
                                       {u"itemTimeStamp"_s, SandboxClock::formatApiTime(item->timeStamp)},
                                       {u"archived"_s, item->archived},
                                       {u"shops"_s, shops}});
}

HttpReply ControlHandler::ringUp(const QJsonObject &body, bool isReturn)
{
    SaleDraft draft;
    draft.shopID = body.contains(u"shopID"_s) ? idOf(body.value(u"shopID"_s)) : 1;
    draft.registerID = body.contains(u"registerID"_s) ? idOf(body.value(u"registerID"_s)) : draft.shopID;
    draft.employeeID = body.contains(u"employeeID"_s) ? idOf(body.value(u"employeeID"_s)) : 1;
    draft.customerID = idOf(body.value(u"customerID"_s));
    draft.completed = body.value(u"completed"_s).toBool(true);
    const double lateMinutes = body.value(u"lateCommitMinutes"_s).toDouble();
    if (lateMinutes > 0) {
        draft.completeTime = m_context.clock.nowMs() - static_cast<qint64>(lateMinutes * 60'000);
        draft.createTime = draft.completeTime;
    }
    for (const QJsonValue &value : body.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        qint64 quantity = line.contains(u"quantity"_s) ? idOf(line.value(u"quantity"_s)) : 1;
        if (isReturn)
            quantity = -std::abs(quantity);
        SaleLineDraft lineDraft{idOf(line.value(u"itemID"_s)), quantity, idOf(line.value(u"parentSaleLineID"_s)), {}};
        if (line.contains(u"unitPrice"_s))
            lineDraft.unitPrice = Decimal::parse(line.value(u"unitPrice"_s).toVariant().toString());
        draft.lines.append(lineDraft);
    }
    const Result<qint64> saleID = m_context.store.ringUp(draft);
    if (!saleID)
        return fromError(saleID.error());
    qCInfo(lcSandbox) << (isReturn ? "Rang up return" : "Rang up sale") << saleID.value() << "through the control API";
    return saleReply(saleID.value());
}

HttpReply ControlHandler::saleReply(qint64 saleID) const
{
    const Serializer serializer(m_context.store);
    const QJsonObject sale = serializer.sale(m_context.store.sales().at(saleID), {u"SaleLines"_s, u"SalePayments"_s});
    return HttpReply::json(QJsonObject{{u"saleID"_s, saleID}, {u"Sale"_s, sale}});
}

HttpReply ControlHandler::changeSale(qint64 saleID, const QString &action)
{
    const VoidResult done = action == u"void" ? m_context.store.voidSale(saleID) : m_context.store.completeSale(saleID);
    if (!done)
        return fromError(done.error());
    return saleReply(saleID);
}

HttpReply ControlHandler::faults(const HttpRequest &request, const QJsonObject &body)
{
    if (request.method == "DELETE" || request.path.endsWith(u"/clear")) {
        m_context.faults.clear();
        return HttpReply::json(QJsonObject{{u"faults"_s, QJsonArray{}}});
    }
    if (request.method == "POST") {
        QString error;
        const auto rule = FaultInjector::ruleFromJson(body, &error);
        if (!rule)
            return controlError(400, error);
        m_context.faults.addRule(*rule);
        qCInfo(lcSandbox) << "Fault rule added for" << rule->target;
    }
    return HttpReply::json(QJsonObject{{u"faults"_s, m_context.faults.rulesJson()}});
}

HttpReply ControlHandler::tokens(const QString &action, const QJsonObject &body)
{
    const QString clientId = body.value(u"clientId"_s).toString(m_context.config.client.clientId);
    if (!m_context.tokens.client(clientId))
        return controlError(404, u"No client %1 is registered."_s.arg(clientId));
    const int count =
        action == u"expire" ? m_context.tokens.expireAccessTokens(clientId) : m_context.tokens.revokeAll(clientId);
    qCInfo(lcSandbox) << "Control request to" << action << "tokens of client" << clientId << "affected" << count;
    return HttpReply::json(QJsonObject{{u"clientId"_s, clientId}, {u"affected"_s, count}});
}

HttpReply ControlHandler::authorizationCode(const QJsonObject &body)
{
    const QString clientId = body.value(u"clientId"_s).toString(m_context.config.client.clientId);
    const ClientRegistration *client = m_context.tokens.client(clientId);
    if (!client)
        return controlError(404, u"No client %1 is registered."_s.arg(clientId));
    QStringList scopes;
    for (const QJsonValue &scope : body.value(u"scopes"_s).toArray())
        scopes.append(scope.toString());
    if (scopes.isEmpty())
        return controlError(400, u"scopes must list at least one scope, such as employee:all."_s);
    for (const QString &scope : scopes) {
        if (!isKnownScope(scope))
            return controlError(400, u"Unknown scope %1."_s.arg(scope));
    }
    const QString state = body.value(u"state"_s).toString();
    const QString code = m_context.tokens.issueCode(clientId, scopes, body.value(u"codeChallenge"_s).toString());
    QString redirect = client->redirectUri + (client->redirectUri.contains(u'?') ? u'&' : u'?') + u"code="_s +
                       QString::fromLatin1(QUrl::toPercentEncoding(code));
    if (!state.isEmpty())
        redirect += u"&state="_s + QString::fromLatin1(QUrl::toPercentEncoding(state));
    return HttpReply::json(QJsonObject{{u"code"_s, code}, {u"state"_s, state}, {u"redirectUrl"_s, redirect}});
}

HttpReply ControlHandler::clients(const HttpRequest &request, const QJsonObject &body)
{
    if (request.method == "POST") {
        const ClientRegistration client{body.value(u"clientId"_s).toString(), body.value(u"clientSecret"_s).toString(),
                                        body.value(u"redirectUri"_s).toString()};
        if (client.clientId.isEmpty() || client.clientSecret.isEmpty() || client.redirectUri.isEmpty())
            return controlError(400, u"A client needs clientId, clientSecret and redirectUri."_s);
        m_context.tokens.registerClient(client);
        qCInfo(lcSandbox) << "Registered client" << client.clientId;
    }
    QJsonArray list;
    for (const ClientRegistration &client : m_context.tokens.clients())
        list.append(QJsonObject{{u"clientId"_s, client.clientId}, {u"redirectUri"_s, client.redirectUri}});
    return HttpReply::json(QJsonObject{{u"clients"_s, list}});
}

HttpReply ControlHandler::live(const HttpRequest &request, const QJsonObject &body)
{
    if (request.method == "POST") {
        if (body.contains(u"salesPerMinute"_s))
            m_context.liveShop.setRate(body.value(u"salesPerMinute"_s).toDouble());
        const int steps = body.value(u"steps"_s).toInt();
        for (int i = 0; i < steps; ++i)
            m_context.liveShop.step();
        if (body.contains(u"enabled"_s)) {
            const bool enabled = body.value(u"enabled"_s).toBool();
            if (enabled && !m_context.liveShop.isRunning())
                m_context.liveShop.start();
            else if (!enabled && m_context.liveShop.isRunning())
                m_context.liveShop.stop();
        }
    }
    return HttpReply::json(m_context.liveShop.stats());
}

} // namespace posbridge::sandbox
