#pragma once

// Helpers shared by the lightspeed tests that run against posbridge-sandbox on loopback.

#include "sandboxprocess.h"

#include "core/clock.h"
#include "lightspeed/apiclient.h"
#include "lightspeed/authorizationrequest.h"
#include "lightspeed/ratelimiter.h"
#include "lightspeed/refreshgate.h"
#include "lightspeed/tokenendpoint.h"
#include "lightspeed/tokenmanager.h"
#include "secrets/memorysecretstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace lightspeedtest {

inline const QString DATABASE_UUID = QStringLiteral("7d3f2c1e-lightspeed-tests");

inline posbridge::TokenEndpointConfig endpointConfig(SandboxProcess &sandbox)
{
    posbridge::TokenEndpointConfig config;
    config.tokenUrl = sandbox.tokenUrl();
    config.revokeUrl = sandbox.revokeUrl();
    config.clientId = sandbox.clientId();
    config.clientSecret = sandbox.clientSecret();
    config.timeoutMs = 5'000;
    return config;
}

/** @brief Runs the authorization code grant with PKCE against the sandbox, skipping its HTML pages. */
inline posbridge::Result<posbridge::TokenSet>
fetchTokens(SandboxProcess &sandbox, const QStringList &scopes = {QStringLiteral("employee:all")},
            const posbridge::Clock &clock = posbridge::SystemClock::instance())
{
    const auto request = posbridge::AuthorizationRequest::create(sandbox.clientId(), scopes);
    const QString code = sandbox.authorizationCode(scopes, request.state(), request.pkce().challenge());
    if (code.isEmpty())
        return posbridge::makeError(posbridge::ErrorCode::Internal, QStringLiteral("the sandbox issued no code"));
    return posbridge::TokenEndpoint(endpointConfig(sandbox), clock).exchangeCode(code, request.pkce().verifier());
}

/** @brief Requests that the sandbox replied to or dropped on one route, such as "oauth.token". */
inline int routeRequests(SandboxProcess &sandbox, const QString &route)
{
    const QJsonObject counters = sandbox.control("GET", QStringLiteral("/sandbox/counters")).object();
    return counters.value(QLatin1String("routes"))
        .toObject()
        .value(route)
        .toObject()
        .value(QLatin1String("requests"))
        .toInt();
}

/** @brief 429 responses of both limiter types since the last counter reset. */
inline int rateLimitedCount(SandboxProcess &sandbox)
{
    const QJsonObject rateLimited = sandbox.control("GET", QStringLiteral("/sandbox/counters"))
                                        .object()
                                        .value(QLatin1String("rateLimited"))
                                        .toObject();
    return rateLimited.value(QLatin1String("api-leaky-bucket")).toInt() +
           rateLimited.value(QLatin1String("api-burst-limiter")).toInt();
}

/** @brief The sandbox's bucket of the registered client: level, highestLevel, totalDrips, size. */
inline QJsonObject bucketOf(SandboxProcess &sandbox)
{
    const QJsonObject counters = sandbox.control("GET", QStringLiteral("/sandbox/counters")).object();
    const QJsonObject buckets =
        counters.value(QLatin1String("bucket")).toObject().value(QLatin1String("buckets")).toObject();
    return buckets.value(sandbox.accountId() + QLatin1Char('/') + sandbox.clientId()).toObject();
}

inline bool addFault(SandboxProcess &sandbox, const QJsonObject &rule)
{
    const QJsonObject reply = sandbox.control("POST", QStringLiteral("/sandbox/faults"), rule).object();
    return reply.value(QLatin1String("faults")).toArray().size() > 0;
}

inline void clearFaults(SandboxProcess &sandbox)
{
    sandbox.control("POST", QStringLiteral("/sandbox/faults/clear"));
}

inline void resetCounters(SandboxProcess &sandbox)
{
    sandbox.control("POST", QStringLiteral("/sandbox/counters/reset"));
}

/**
 * @brief One company connected to the sandbox: an in-memory keychain, a TokenManager and the
 * connection's RateLimiter, with the tokens of a fresh authorization installed by connect().
 */
class SandboxConnection
{
public:
    explicit SandboxConnection(SandboxProcess &sandbox, qint64 companyId = 1,
                               std::shared_ptr<posbridge::RefreshGate> sharedGate = {},
                               const posbridge::Clock &clock = posbridge::SystemClock::instance())
        : gate(sharedGate ? std::move(sharedGate) : std::make_shared<posbridge::RefreshGate>(clock))
        , limiter(std::make_shared<posbridge::RateLimiter>(clock))
        , m_sandbox(sandbox)
        , m_clock(clock)
    {
        config.databaseUuid = DATABASE_UUID;
        config.companyId = companyId;
        config.clientId = sandbox.clientId();
        config.tokenUrl = sandbox.tokenUrl();
        config.revokeUrl = sandbox.revokeUrl();
        config.firstRetryDelayMs = 50;
        config.maxRetryDelayMs = 400;
        config.requestTimeoutMs = 5'000;
    }

    /** @brief Stores the Client Secret, creates the TokenManager, fetches tokens and installs them. */
    posbridge::VoidResult connect(const QStringList &scopes = {QStringLiteral("employee:all")})
    {
        const posbridge::SecretKey secretKey{DATABASE_UUID, config.companyId, posbridge::SecretKind::ClientSecret};
        posbridge::VoidResult written = store.write(secretKey, m_sandbox.clientSecret()).result();
        if (!written)
            return written;
        createManager();
        if (posbridge::VoidResult loaded = tokens->load(); !loaded)
            return loaded;
        const auto fetched = fetchTokens(m_sandbox, scopes, m_clock);
        if (!fetched)
            return fetched.error();
        return tokens->installTokens(*fetched);
    }

    /** @brief Replaces the TokenManager with one built from config, as after a restart. */
    void createManager() { tokens = std::make_unique<posbridge::TokenManager>(config, store, gate, m_clock); }

    /** @brief An ApiClient for the calling thread, with quick retries. */
    std::unique_ptr<posbridge::ApiClient> client(int maxAttempts = 4, int timeoutMs = 5'000)
    {
        posbridge::ApiClientConfig clientConfig;
        clientConfig.apiBaseUrl = m_sandbox.apiBaseUrl();
        clientConfig.maxAttempts = maxAttempts;
        clientConfig.firstRetryDelayMs = 50;
        clientConfig.maxRetryDelayMs = 400;
        clientConfig.timeoutMs = timeoutMs;
        return std::make_unique<posbridge::ApiClient>(clientConfig, *tokens, limiter, m_clock);
    }

    /** @brief The refresh token stored in the in-memory keychain. */
    QString storedRefreshToken()
    {
        const posbridge::SecretKey key{DATABASE_UUID, config.companyId, posbridge::SecretKind::RefreshToken};
        const auto value = store.read(key).result();
        return value.ok() ? value->value_or(QString()) : QString();
    }

    QString storedAccessToken()
    {
        const posbridge::SecretKey key{DATABASE_UUID, config.companyId, posbridge::SecretKind::AccessToken};
        const auto value = store.read(key).result();
        return value.ok() ? value->value_or(QString()) : QString();
    }

    posbridge::TokenManagerConfig config;
    posbridge::MemorySecretStore store;
    std::shared_ptr<posbridge::RefreshGate> gate;
    std::shared_ptr<posbridge::RateLimiter> limiter;
    std::unique_ptr<posbridge::TokenManager> tokens;

private:
    SandboxProcess &m_sandbox;
    const posbridge::Clock &m_clock;
};

} // namespace lightspeedtest
