#pragma once

#include "sandbox/httpmessage.h"

#include <QJsonObject>

namespace posbridge::sandbox {

class DataStore;
class FaultInjector;
class LiveShop;
class RateLimiter;
class RequestCounters;
class SandboxClock;
class TokenStore;
struct SandboxConfig;

/** @brief Everything the control endpoints read or change. */
struct ControlContext
{
    const SandboxConfig &config;
    const SandboxClock &clock;
    DataStore &store;
    TokenStore &tokens;
    RateLimiter &limiter;
    FaultInjector &faults;
    RequestCounters &counters;
    LiveShop &liveShop;
};

/**
 * @brief The JSON control endpoints under /sandbox/ for tests and demos: state, stock, ringing up
 * sales and returns, voids, faults, counters, token expiry and revocation, and authorization codes
 * without the HTML pages. They need no token, cost no drips and are never faulted.
 */
class ControlHandler
{
public:
    explicit ControlHandler(const ControlContext &context);

    HttpReply handle(const HttpRequest &request);

private:
    HttpReply state() const;
    HttpReply stock(qint64 itemID) const;
    HttpReply ringUp(const QJsonObject &body, bool isReturn);
    HttpReply changeSale(qint64 saleID, const QString &action);
    HttpReply faults(const HttpRequest &request, const QJsonObject &body);
    HttpReply tokens(const QString &action, const QJsonObject &body);
    HttpReply authorizationCode(const QJsonObject &body);
    HttpReply clients(const HttpRequest &request, const QJsonObject &body);
    HttpReply live(const HttpRequest &request, const QJsonObject &body);
    HttpReply saleReply(qint64 saleID) const;

    ControlContext m_context;
};

} // namespace posbridge::sandbox
