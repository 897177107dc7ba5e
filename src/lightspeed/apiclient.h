#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "lightspeed/apiquery.h"
#include "lightspeed/ratelimiter.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace posbridge {

class TokenManager;
struct HttpResult;

/** @brief Where the API is and how hard ApiClient tries. */
struct ApiClientConfig
{
    /** @brief Base of every path, such as https://api.lightspeedapp.com/API/V3. */
    QUrl apiBaseUrl;
    /** @brief Tries per call when the network, the server (5xx) or the body fails. */
    int maxAttempts = 4;
    /** @brief 429 responses tolerated per call; each waits for Retry-After. */
    int maxRateLimitRetries = 5;
    /** @brief First pause after a transient failure; it doubles up to maxRetryDelayMs, with jitter. */
    qint64 firstRetryDelayMs = 500;
    qint64 maxRetryDelayMs = 15'000;
    /** @brief Longest one HTTP exchange may take. */
    int timeoutMs = 30'000;
};

/** @brief One successful API call. */
struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json;
    /** @brief Drips charged for the call, summed over its attempts (X-LS-Api-Request-Cost). */
    double drips = 0;
    /** @brief HTTP exchanges the call took, counting retries. */
    int attempts = 0;

    /** @brief The @attributes.next URL of a list page; empty on the last page. */
    [[nodiscard]] QString nextPageUrl() const;
};

/**
 * @brief Blocking client of the R-Series V3 API for one worker thread.
 *
 * An ApiClient belongs to the thread that first uses it, because it owns a
 * QNetworkAccessManager. Create one per worker thread or job. The TokenManager and the
 * RateLimiter it is given are shared and thread-safe.
 *
 * Each attempt takes a token from the TokenManager and waits for room in the RateLimiter,
 * then passes the response's bucket headers back to the limiter. Failures are handled so:
 * - 401: one refresh through TokenManager::tokenRejected(), then one retry;
 * - 429: wait for Retry-After (the limiter holds back the whole connection), then retry,
 *   up to maxRateLimitRetries times;
 * - network failures, timeouts, 5xx and unreadable JSON: retry with exponential backoff
 *   and jitter up to maxAttempts, then fail with a transient error (ApiErrors::isTransient());
 * - any other status: fail at once with ApiErrors::forStatus().
 *
 * A POST is repeated only when Lightspeed cannot have run it (connection refused, 401, 429),
 * so no record is created twice. After a POST fails with a transient error, the caller must
 * check whether the record exists before it creates it again.
 */
class ApiClient
{
public:
    /** @brief Counters over the life of the client, for a run's history. */
    struct Stats
    {
        quint64 calls = 0;
        quint64 requests = 0;
        quint64 retries = 0;
        quint64 rateLimited = 0;
        double drips = 0;
    };

    /** @brief Handles one page; returning an error stops the walk with that error. */
    using PageHandler = std::function<VoidResult(const ApiResponse &page)>;

    ApiClient(ApiClientConfig config, TokenManager &tokens, std::shared_ptr<RateLimiter> limiter,
              const Clock &clock = SystemClock::instance());
    ~ApiClient();
    Q_DISABLE_COPY_MOVE(ApiClient)

    /** @brief GETs path (relative to the base, such as "Account/1/Item.json"). */
    Result<ApiResponse> get(const QString &path, const ApiQuery &query = {}, const CancellationToken &cancel = {});
    Result<ApiResponse> put(const QString &path, const QJsonObject &body, const CancellationToken &cancel = {});
    Result<ApiResponse> post(const QString &path, const QJsonObject &body, const CancellationToken &cancel = {});
    Result<ApiResponse> remove(const QString &path, const CancellationToken &cancel = {});

    /**
     * @brief GETs every page of a list, following @attributes.next exactly as Lightspeed gives it.
     *
     * The handler runs once per page, in order, before the next page is requested, so the
     * caller can commit page by page. A next URL on another host than the base is refused.
     */
    VoidResult forEachPage(const QString &path, const ApiQuery &query, const PageHandler &handler,
                           const CancellationToken &cancel = {});

    /** @brief The full URL of a path and query under the base URL. */
    [[nodiscard]] QUrl urlFor(const QString &path, const ApiQuery &query = {}) const;
    [[nodiscard]] Stats stats() const { return m_stats; }
    [[nodiscard]] RateLimiter &rateLimiter() const { return *m_limiter; }
    [[nodiscard]] TokenManager &tokenManager() const { return m_tokens; }

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        RequestClass requestClass;
        bool repeatable = true;
    };

    enum class Next
    {
        Return,
        RetryNow,
        RetryAfterBackoff,
    };

    struct AttemptState
    {
        int transientFailures = 0;
        int rateLimits = 0;
        bool refreshed = false;
        double drips = 0;
        int attempts = 0;
    };

    Result<ApiResponse> execute(const Request &request, const CancellationToken &cancel);
    Next attempt(QNetworkAccessManager &network, const Request &request, AttemptState &state,
                 Result<ApiResponse> &outcome, const CancellationToken &cancel);
    Next handleReply(const Request &request, const HttpResult &reply, const QString &token, AttemptState &state,
                     Result<ApiResponse> &outcome, const CancellationToken &cancel);
    Next handleNoReply(const Request &request, const HttpResult &reply, Result<ApiResponse> &outcome);
    Result<QNetworkAccessManager *> manager();
    Request makeRequest(const QByteArray &verb, const QString &path, const ApiQuery &query,
                        const QByteArray &body) const;
    bool isOnApiHost(const QUrl &url) const;
    qint64 retryDelayMs(int failures) const;

    const ApiClientConfig m_config;
    TokenManager &m_tokens;
    const std::shared_ptr<RateLimiter> m_limiter;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QThread *m_thread = nullptr;
    Stats m_stats;
};

} // namespace posbridge
