#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

/** @brief A finished HTTP exchange as a test looks at it. */
struct HttpResult
{
    int status = 0; ///< 0 when no response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    qint64 elapsedMs = 0;

    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /** @brief The body parsed as a JSON object; empty when it is not one. */
    [[nodiscard]] QJsonObject json() const;
};

/**
 * @brief A blocking HTTP client over QNetworkAccessManager for tests: it never follows
 * redirects, so a test sees the 302 and its Location.
 */
class HttpClient
{
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /** @brief Sends a request and waits up to timeoutMs for the whole answer. */
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10'000);
    /** @brief GET with an optional bearer token. */
    HttpResult get(const QUrl &url, const QString &bearer = {});
    /** @brief POST of an application/x-www-form-urlencoded body. */
    HttpResult postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    /** @brief PUT or POST of a JSON body with a bearer token. */
    HttpResult sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QString &bearer);

    /** @brief With true, every request opens a new connection (so a dropped one is never retried). */
    void setFreshConnections(bool fresh) { m_fresh = fresh; }

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    bool m_fresh = false;
};
