#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxconfig.h"

#include <QAbstractHttpServer>

#include <memory>

class QTcpSocket;

namespace posbridge::sandbox {

class ApiHandler;
class ControlHandler;
class DataStore;
class FaultInjector;
class JwtSigner;
class LiveShop;
class OAuthHandler;
class RateLimiter;
class RequestCounters;
class SandboxClock;
class TokenStore;

/**
 * @brief The HTTP server: parses requests with Qt HttpServer, routes them, injects faults and
 * writes the responses.
 *
 * It writes each serialized response to the socket itself, so that a delayed answer needs only
 * the socket (guarded against the client hanging up) and a dropped connection can be closed
 * without any response.
 */
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    /** @brief Seeds the data, then listens on the configured address and port. */
    bool start(QString *error);
    [[nodiscard]] quint16 port() const { return m_port; }
    /** @brief "http://127.0.0.1:PORT" */
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] const SandboxConfig &config() const { return m_config; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static HttpRequest toHttpRequest(const QHttpServerRequest &request);
    QString routeName(const HttpRequest &request) const;
    HttpReply route(const HttpRequest &request, const QString &name);
    void respond(QTcpSocket *socket, const HttpRequest &request, const QString &name);
    void send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection, int latencyMs);

    SandboxConfig m_config;
    quint16 m_port = 0;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<JwtSigner> m_signer;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestCounters> m_counters;
    std::unique_ptr<OAuthHandler> m_oauth;
    std::unique_ptr<ApiHandler> m_api;
    std::unique_ptr<ControlHandler> m_control;
    LiveShop *m_liveShop = nullptr;
};

} // namespace posbridge::sandbox
