#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    std::unique_ptr<QNetworkAccessManager> freshManager;
    QNetworkAccessManager *manager = m_manager.get();
    if (m_fresh) {
        freshManager = std::make_unique<QNetworkAccessManager>();
        manager = freshManager.get();
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult HttpClient::get(const QUrl &url, const QString &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    return send("GET", url, {}, headers);
}

HttpResult HttpClient::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return send("POST", url, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpResult HttpClient::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                const QString &bearer)
{
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + bearer.toLatin1()}});
}
