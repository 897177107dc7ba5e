#include "lightspeed/apiclient.h"

#include "lightspeed/apierrors.h"
#include "lightspeed/bucketfeedback.h"
#include "lightspeed/httptransport.h"
#include "lightspeed/logging.h"
#include "lightspeed/tokenmanager.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>

namespace posbridge {

namespace {

RequestClass classify(const QByteArray &verb, const QString &path, const ApiQuery &query)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString last = segments.isEmpty() ? QString() : segments.takeLast();
    if (last.endsWith(QLatin1String(".json")))
        last.chop(5);
    bool numeric = false;
    last.toLongLong(&numeric);
    const QString resource = numeric && !segments.isEmpty() ? segments.constLast() : last;

    RequestClass requestClass;
    if (verb == "GET")
        requestClass.kind = numeric ? QStringLiteral("GET one") : QStringLiteral("GET list");
    else
        requestClass.kind = QString::fromLatin1(verb);
    requestClass.variant = resource;
    if (!query.relations().isEmpty())
        requestClass.variant += QLatin1Char('+') + query.relations().join(QLatin1Char(','));
    for (const auto &field : query.fields()) {
        if (field.first == QLatin1String("count"))
            requestClass.variant += QStringLiteral("#count");
    }
    return requestClass;
}

QByteArray jsonBody(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QString ApiResponse::nextPageUrl() const
{
    return json.value(QLatin1String("@attributes")).toObject().value(QLatin1String("next")).toString();
}

ApiClient::ApiClient(ApiClientConfig config, TokenManager &tokens, std::shared_ptr<RateLimiter> limiter,
                     const Clock &clock)
    : m_config(std::move(config))
    , m_tokens(tokens)
    , m_limiter(std::move(limiter))
    , m_clock(clock)
{
}

ApiClient::~ApiClient() = default;

Result<ApiResponse> ApiClient::get(const QString &path, const ApiQuery &query, const CancellationToken &cancel)
{
    if (const auto problem = query.problem())
        return ApiErrors::internal(*problem);
    return execute(makeRequest("GET", path, query, {}), cancel);
}

Result<ApiResponse> ApiClient::put(const QString &path, const QJsonObject &body, const CancellationToken &cancel)
{
    return execute(makeRequest("PUT", path, {}, jsonBody(body)), cancel);
}

Result<ApiResponse> ApiClient::post(const QString &path, const QJsonObject &body, const CancellationToken &cancel)
{
    Request request = makeRequest("POST", path, {}, jsonBody(body));
    request.repeatable = false;
    return execute(request, cancel);
}

Result<ApiResponse> ApiClient::remove(const QString &path, const CancellationToken &cancel)
{
    return execute(makeRequest("DELETE", path, {}, {}), cancel);
}

VoidResult ApiClient::forEachPage(const QString &path, const ApiQuery &query, const PageHandler &handler,
                                  const CancellationToken &cancel)
{
    if (const auto problem = query.problem())
        return ApiErrors::internal(*problem);

    Request request = makeRequest("GET", path, query, {});
    for (int page = 1;; ++page) {
        const Result<ApiResponse> response = execute(request, cancel);
        if (!response)
            return response.error();
        if (const VoidResult handled = handler(*response); !handled)
            return handled;

        const QString next = response->nextPageUrl();
        if (next.isEmpty())
            return {};
        const QUrl nextUrl = QUrl::fromEncoded(next.toUtf8());
        if (!isOnApiHost(nextUrl) || nextUrl == request.url) {
            return ApiErrors::unexpectedResponse(
                QStringLiteral(
                    "did not follow next link %1 after page %2 of %3: it leaves the API host or repeats the page")
                    .arg(HttpTransport::redacted(nextUrl))
                    .arg(page)
                    .arg(HttpTransport::redacted(request.url)));
        }
        request.url = nextUrl;
    }
}

QUrl ApiClient::urlFor(const QString &path, const ApiQuery &query) const
{
    QUrl url = m_config.apiBaseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    url.setPath(basePath + relative);
    const QByteArray encodedQuery = query.toEncoded();
    url.setQuery(encodedQuery.isEmpty() ? QString() : QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

ApiClient::Request ApiClient::makeRequest(const QByteArray &verb, const QString &path, const ApiQuery &query,
                                          const QByteArray &body) const
{
    Request request;
    request.verb = verb;
    request.url = urlFor(path, query);
    request.body = body;
    request.requestClass = classify(verb, path, query);
    return request;
}

Result<QNetworkAccessManager *> ApiClient::manager()
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_thread = QThread::currentThread();
    }
    if (m_thread != QThread::currentThread()) {
        return ApiErrors::internal(QStringLiteral("an ApiClient was used from a second thread"));
    }
    return m_manager.get();
}

Result<ApiResponse> ApiClient::execute(const Request &request, const CancellationToken &cancel)
{
    const Result<QNetworkAccessManager *> network = manager();
    if (!network)
        return network.error();
    ++m_stats.calls;

    AttemptState state;
    for (;;) {
        Result<ApiResponse> outcome = ApiErrors::cancelled({});
        const Next next = attempt(**network, request, state, outcome, cancel);
        if (next == Next::Return)
            return outcome;
        ++m_stats.retries;
        if (next == Next::RetryNow)
            continue;

        ++state.transientFailures;
        if (state.transientFailures >= m_config.maxAttempts) {
            qCWarning(lcLightspeed).noquote()
                << request.verb << HttpTransport::redacted(request.url) << "failed" << state.transientFailures
                << "times; giving up:" << outcome.error().detail;
            return outcome;
        }
        const qint64 delayMs = retryDelayMs(state.transientFailures);
        qCWarning(lcLightspeed).noquote() << request.verb << HttpTransport::redacted(request.url)
                                          << "failed:" << outcome.error().detail << "- retrying in" << delayMs << "ms";
        if (cancel.waitFor(delayMs))
            return ApiErrors::cancelled(QStringLiteral("cancelled during backoff"));
    }
}

ApiClient::Next ApiClient::attempt(QNetworkAccessManager &network, const Request &request, AttemptState &state,
                                   Result<ApiResponse> &outcome, const CancellationToken &cancel)
{
    const Result<QString> token = m_tokens.accessToken(cancel);
    if (!token) {
        outcome = token.error();
        return Next::Return;
    }
    const Result<RateLimiter::Ticket> ticket = m_limiter->acquire(request.requestClass, cancel);
    if (!ticket) {
        outcome = ticket.error();
        return Next::Return;
    }

    QNetworkRequest httpRequest(request.url);
    httpRequest.setRawHeader("Authorization", "Bearer " + token->toUtf8());
    httpRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // NOTE: when Qt resends a repeatable request after a dropped connection, the limiter does not
    // see the extra request, so the bucket estimate can run one drip low until the next response.
    const HttpTransport::Resend resend =
        request.repeatable ? HttpTransport::Resend::AllowedByQt : HttpTransport::Resend::Never;

    ++state.attempts;
    ++m_stats.requests;
    const HttpResult reply =
        HttpTransport::send(network, httpRequest, request.verb, request.body, resend, m_config.timeoutMs, cancel);
    if (reply.outcome == HttpResult::Outcome::Replied) {
        m_limiter->finish(*ticket, BucketFeedback::fromHeaders(reply.status, reply.headers, m_clock.nowUtc()));
        return handleReply(request, reply, *token, state, outcome, cancel);
    }
    m_limiter->abandon(*ticket, !reply.notSent);
    return handleNoReply(request, reply, outcome);
}

ApiClient::Next ApiClient::handleReply(const Request &request, const HttpResult &reply, const QString &token,
                                       AttemptState &state, Result<ApiResponse> &outcome,
                                       const CancellationToken &cancel)
{
    const QString where =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(request.verb), HttpTransport::redacted(request.url));
    const QString detail = QStringLiteral("%1: HTTP %2").arg(where).arg(reply.status);
    const double cost = reply.header("X-LS-Api-Request-Cost").toDouble();
    state.drips += cost;
    m_stats.drips += cost;

    if (reply.status >= 200 && reply.status < 300) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        const bool empty = reply.body.trimmed().isEmpty();
        if (!empty && (parseError.error != QJsonParseError::NoError || !document.isObject())) {
            outcome = ApiErrors::malformedBody(
                QStringLiteral("%1: body is not a JSON object (%2)").arg(detail, parseError.errorString()));
            return request.repeatable ? Next::RetryAfterBackoff : Next::Return;
        }
        ApiResponse response;
        response.httpStatus = reply.status;
        response.json = document.object();
        response.drips = state.drips;
        response.attempts = state.attempts;
        outcome = response;
        return Next::Return;
    }

    outcome = ApiErrors::forStatus(reply.status, ApiErrors::serverMessage(reply.body), detail);
    if (reply.status == 401) {
        if (state.refreshed)
            return Next::Return;
        state.refreshed = true;
        const Result<QString> replacement = m_tokens.tokenRejected(token, cancel);
        if (!replacement) {
            outcome = replacement.error();
            return Next::Return;
        }
        return Next::RetryNow;
    }
    if (reply.status == 429) {
        ++m_stats.rateLimited;
        return ++state.rateLimits > m_config.maxRateLimitRetries ? Next::Return : Next::RetryNow;
    }
    if (ApiErrors::isTransientStatus(reply.status) && request.repeatable)
        return Next::RetryAfterBackoff;
    return Next::Return;
}

ApiClient::Next ApiClient::handleNoReply(const Request &request, const HttpResult &reply, Result<ApiResponse> &outcome)
{
    const QString where =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(request.verb), HttpTransport::redacted(request.url));
    switch (reply.outcome) {
    case HttpResult::Outcome::Cancelled:
        outcome = ApiErrors::cancelled(where + QStringLiteral(": cancelled"));
        return Next::Return;
    case HttpResult::Outcome::Timeout:
        outcome = ApiErrors::timeout(m_config.timeoutMs / 1000, where + QStringLiteral(": timed out"));
        break;
    case HttpResult::Outcome::Network:
    case HttpResult::Outcome::Replied:
        outcome = ApiErrors::network(request.url.host(), reply.errorString,
                                     QStringLiteral("%1: %2").arg(where, reply.errorString));
        break;
    }
    return request.repeatable || reply.notSent ? Next::RetryAfterBackoff : Next::Return;
}

bool ApiClient::isOnApiHost(const QUrl &url) const
{
    const QUrl &base = m_config.apiBaseUrl;
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    return url.isValid() && url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 && url.port(defaultPort) == base.port(defaultPort);
}

qint64 ApiClient::retryDelayMs(int failures) const
{
    const qint64 base = qMin(m_config.maxRetryDelayMs, m_config.firstRetryDelayMs << qMin(failures - 1, 20));
    const qint64 half = qMax<qint64>(base / 2, 1);
    return half + qint64(QRandomGenerator::global()->bounded(quint32(half) + 1));
}

} // namespace posbridge
