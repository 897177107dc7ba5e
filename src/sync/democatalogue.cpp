#include "sync/democatalogue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalogue)
};

Decimal decimalOf(const QJsonValue &value)
{
    return Decimal::parse(value.toString()).value_or(Decimal());
}

DemoCatalogue::Item itemFromJson(const QJsonObject &json)
{
    DemoCatalogue::Item item;
    item.itemId = json.value(QStringLiteral("itemID")).toInteger();
    item.systemSku = json.value(QStringLiteral("systemSku")).toString();
    item.customSku = json.value(QStringLiteral("customSku")).toString();
    item.manufacturerSku = json.value(QStringLiteral("manufacturerSku")).toString();
    item.upc = json.value(QStringLiteral("upc")).toString();
    item.ean = json.value(QStringLiteral("ean")).toString();
    item.description = json.value(QStringLiteral("description")).toString();
    item.price = decimalOf(json.value(QStringLiteral("prices")).toObject().value(QStringLiteral("Default")));
    item.cost = decimalOf(json.value(QStringLiteral("defaultCost")));
    item.archived = json.value(QStringLiteral("archived")).toBool();
    for (const QJsonValue &row : json.value(QStringLiteral("stock")).toArray()) {
        const QJsonObject stock = row.toObject();
        item.quantityByShop.insert(stock.value(QStringLiteral("shopID")).toInteger(),
                                   stock.value(QStringLiteral("qoh")).toInteger());
    }
    return item;
}

} // namespace

Result<DemoCatalogue> DemoCatalogue::fromJson(const QJsonObject &json)
{
    DemoCatalogue catalogue;
    for (const QJsonValue &value : json.value(QStringLiteral("shops")).toArray()) {
        const QJsonObject shop = value.toObject();
        catalogue.shops.append(
            {shop.value(QStringLiteral("shopID")).toInteger(), shop.value(QStringLiteral("name")).toString()});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("items")).toArray()) {
        Item item = itemFromJson(value.toObject());
        if (item.itemId <= 0)
            return makeError(ErrorCode::Internal,
                             Messages::tr("The sandbox's catalogue lists an item without an itemID."));
        catalogue.items.append(item);
    }
    if (catalogue.shops.isEmpty() || catalogue.shops.first().name.isEmpty())
        return makeError(ErrorCode::Internal, Messages::tr("The sandbox's catalogue lists no shop."));
    return catalogue;
}

Result<DemoCatalogue> DemoCatalogue::fetch(const QUrl &baseUrl, int timeoutMs)
{
    QNetworkAccessManager manager;
    // The sandbox listens on loopback; a proxy from the environment must not see the request.
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/sandbox/catalogue"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();

    const QString where = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return makeError(ErrorCode::Timeout,
                         Messages::tr("The sandbox did not send its catalogue (%1) within %2 seconds.")
                             .arg(where)
                             .arg(timeoutMs / 1000.0));
    }
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return makeError(
            ErrorCode::Network,
            Messages::tr("Could not read the sandbox's catalogue (%1): %2").arg(where, reply->errorString()));

    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (!document.isObject())
        return makeError(
            ErrorCode::Internal,
            Messages::tr("The sandbox's catalogue (%1) is not a JSON object. Check that the sandbox is the same "
                         "version as POS Bridge.")
                .arg(where));
    return fromJson(document.object());
}

} // namespace posbridge
