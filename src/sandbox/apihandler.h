#pragma once

#include "sandbox/httpmessage.h"

#include <QStringList>

namespace posbridge::sandbox {

class DataStore;
class RateLimiter;
class SandboxClock;
class TokenStore;
struct ListRequest;
struct SandboxConfig;

/** @brief Where an API request goes: a route name such as "sale.list" and the ids in its path. */
struct ApiRoute
{
    QString name;      ///< "account", "sale.list", "item.update", ...; empty for an unknown path
    QString entity;    ///< "Sale", "Item", ...; empty for Account
    QString accountId; ///< from the path; empty for /Account.json
    qint64 recordId = 0;
    bool single = false;

    /** @brief Parses an /API/V3/... path; the method picks list/create or get/update/delete. */
    static ApiRoute parse(const QByteArray &method, const QString &path);
};

/**
 * @brief The R-Series API V3 under /API/V3: Account, Shop, Employee, Customer, Item, ItemShop and Sale.
 *
 * Order of checks: bearer token (401), account in the path (403), rate limits (429), scope (403),
 * then the route (404, 405) and the request itself (400, 404, 422). Every answer to a request with a
 * valid token carries the bucket headers; every answer carries X-LS-Acct-Id.
 */
class ApiHandler
{
public:
    ApiHandler(const SandboxConfig &config, DataStore &store, TokenStore &tokens, RateLimiter &limiter,
               const SandboxClock &clock);

    /** @brief The scheme, host and port that @attributes next/previous URLs start with. */
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    HttpReply handle(const HttpRequest &request, const ApiRoute &route);
    /** @brief The 401 an expired, revoked or missing token gets. */
    HttpReply unauthorized() const;

    /** @brief True when the granted scopes allow the route; see docs/sandbox.md for the mapping. */
    static bool scopeAllows(const QStringList &granted, const ApiRoute &route);

private:
    double requestCost(const HttpRequest &request, const ApiRoute &route, const ListRequest *list) const;
    HttpReply dispatch(const HttpRequest &request, const ApiRoute &route, const ListRequest &list);
    HttpReply account() const;
    HttpReply list(const HttpRequest &request, const ApiRoute &route, const ListRequest &list) const;
    HttpReply single(const ApiRoute &route, const QStringList &relations) const;
    HttpReply writeItem(const HttpRequest &request, const ApiRoute &route);
    QString pageUrl(const HttpRequest &request, const QString &cursorName, const QString &token) const;

    const SandboxConfig &m_config;
    DataStore &m_store;
    TokenStore &m_tokens;
    RateLimiter &m_limiter;
    const SandboxClock &m_clock;
    QString m_baseUrl;
};

} // namespace posbridge::sandbox
