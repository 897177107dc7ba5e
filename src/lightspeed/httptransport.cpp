#include "lightspeed/httptransport.h"

#include "lightspeed/logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <cstring>
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

/**
 * A request body that can be read only once.
 *
 * When a connection closes before the reply arrives, Qt's HTTP layer rewinds the body and
 * sends the request again on a new connection, unseen by the caller. For a request that
 * must not run twice, this body refuses the rewind, so Qt fails the reply with
 * ContentReSendError instead.
 */
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QNetworkReply *startRequest(QNetworkAccessManager &manager, QNetworkRequest request, const QByteArray &verb,
                            const QByteArray &body, OneShotBody *oneShotBody)
{
    if (verb == "GET")
        return manager.get(request);
    if (verb == "DELETE")
        return manager.deleteResource(request);
    if (!oneShotBody)
        return manager.sendCustomRequest(request, verb, body);

    // Unbuffered, so that Qt cannot keep its own rewindable copy of the body.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    return manager.sendCustomRequest(request, verb, oneShotBody);
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
                               const QByteArray &body, Resend resend, int timeoutMs, const CancellationToken &cancel)
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
    std::unique_ptr<OneShotBody> oneShotBody;
    if (resend == Resend::Never && !body.isEmpty())
        oneShotBody = std::make_unique<OneShotBody>(body);
    std::unique_ptr<QNetworkReply> reply(startRequest(manager, request, verb, body, oneShotBody.get()));

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

    // A reply whose body broke off after the status line is a network failure, not a reply.
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
