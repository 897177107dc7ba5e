#include "lightspeed/httptransport.h"

#include "lightspeed/logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace posbridge {

namespace {

// How often a blocked send() looks at the cancellation token.
constexpr int CANCEL_POLL_MS = 50;

bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

QNetworkReply *startRequest(QNetworkAccessManager &manager, const QNetworkRequest &request, const QByteArray &verb,
                            const QByteArray &body)
{
    if (verb == "GET")
        return manager.get(request);
    if (verb == "DELETE")
        return manager.deleteResource(request);
    return manager.sendCustomRequest(request, verb, body);
}

// Qt's error strings can quote the whole URL; the query is cut out of them before they are kept.
QString scrubbedErrorString(const QNetworkReply &reply, const QUrl &url)
{
    QString text = reply.errorString();
    const QString shortUrl = HttpTransport::redacted(url);
    text.replace(url.toString(QUrl::FullyEncoded), shortUrl);
    text.replace(url.toString(), shortUrl);
    text.replace(url.toDisplayString(), shortUrl);
    return text;
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpTransport::redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

HttpResult HttpTransport::send(QNetworkAccessManager &manager, QNetworkRequest request, const QByteArray &verb,
                               const QByteArray &body, int timeoutMs, const CancellationToken &cancel)
{
    HttpResult result;
    if (cancel.isCancelled()) {
        result.outcome = HttpResult::Outcome::Cancelled;
        result.notSent = true;
        return result;
    }

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> reply(startRequest(manager, request, verb, body));

    bool timedOut = false;
    bool cancelled = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        deadline.start(timeoutMs);
        poll.start(CANCEL_POLL_MS);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    result.elapsedMs = elapsed.elapsed();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.networkError = reply->error();
    if (cancelled) {
        result.outcome = HttpResult::Outcome::Cancelled;
    } else if (timedOut) {
        result.outcome = HttpResult::Outcome::Timeout;
    } else if (status.isValid()) {
        result.outcome = HttpResult::Outcome::Replied;
        result.status = status.toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    } else {
        result.outcome = HttpResult::Outcome::Network;
        result.errorString = scrubbedErrorString(*reply, request.url());
        result.notSent = failedBeforeSending(result.networkError);
    }

    // A reply whose body broke off after the status line is a network failure, not an answer.
    if (result.outcome == HttpResult::Outcome::Replied && result.networkError != QNetworkReply::NoError &&
        result.networkError < QNetworkReply::ContentAccessDenied) {
        result.outcome = HttpResult::Outcome::Network;
        result.errorString = scrubbedErrorString(*reply, request.url());
    }

    qCDebug(lcLightspeed).noquote() << verb << redacted(request.url()) << "->" << result.status << "in"
                                    << result.elapsedMs << "ms";
    return result;
}

} // namespace posbridge
