#pragma once

#include "core/cancellation.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace posbridge {

/** @brief What came back from one HTTP exchange, or why nothing did. */
struct HttpResult
{
    enum class Outcome
    {
        Replied,   ///< a status line arrived; status and body are set
        Network,   ///< connection refused or dropped, DNS or TLS failure
        Timeout,   ///< no complete reply within the time allowed
        Cancelled, ///< the caller's CancellationToken was cancelled
    };

    Outcome outcome = Outcome::Network;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; ///< Qt's description of a network failure; it never contains the query
    qint64 elapsedMs = 0;
    /** @brief True when the failure happened before any byte of the request could reach the server. */
    bool notSent = false;

    /** @brief The value of a header by case-insensitive name; empty when absent. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/**
 * @brief Blocking HTTP for worker threads, built on a QNetworkAccessManager of the calling thread.
 *
 * send() runs a local event loop until the reply finishes, the deadline passes or the
 * token is cancelled. Redirects are never followed, so a bearer token or a client secret
 * cannot travel to another host. Only the scheme, host and path of a URL are logged.
 */
class HttpTransport
{
public:
    /** @brief Whether Qt may send the request again by itself after a dropped connection. */
    enum class Resend
    {
        /** Qt resends once or twice when a connection closes before the reply; fine for idempotent requests. */
        AllowedByQt,
        /** The request is sent once; a dropped connection fails it, since the server may have run it. */
        Never,
    };

    /**
     * @brief Sends one request and waits for its reply.
     *
     * The manager must belong to the calling thread. timeoutMs bounds the whole exchange.
     */
    static HttpResult send(QNetworkAccessManager &manager, QNetworkRequest request, const QByteArray &verb,
                           const QByteArray &body, Resend resend, int timeoutMs, const CancellationToken &cancel);

    /** @brief Returns the URL as scheme://host[:port]/path, dropping user info, query and fragment. */
    static QString redacted(const QUrl &url);
};

} // namespace posbridge
