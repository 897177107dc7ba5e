#include "sandbox/sandboxserver.h"

#include "sandbox/apihandler.h"
#include "sandbox/controlhandler.h"
#include "sandbox/datagenerator.h"
#include "sandbox/datastore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/jwtsigner.h"
#include "sandbox/liveshop.h"
#include "sandbox/logging.h"
#include "sandbox/oauthhandler.h"
#include "sandbox/oauthpages.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestcounters.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/tokenstore.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

/** Cuts a body in half and appends bytes no JSON or HTML parser accepts. */
QByteArray malformed(const QByteArray &body)
{
    return body.left(body.size() / 2) + QByteArray("\x01{\"", 3);
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
{
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::baseUrl() const
{
    const QString host = m_config.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_config.bindAddress.toString() + u']'
                             : m_config.bindAddress.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

bool SandboxServer::start(QString *error)
{
    const qint64 startMs = m_config.startTimeMs.value_or(SandboxClock::realNowMs());
    m_clock = std::make_unique<SandboxClock>(startMs, m_config.timeScale);
    m_store = std::make_unique<DataStore>(*m_clock);
    DataGenerator(m_config, *m_store).generate(startMs);
    m_signer = std::make_unique<JwtSigner>();
    if (!m_signer->isValid()) {
        *error = u"Could not create the RSA key that signs access tokens (OpenSSL failed)."_s;
        return false;
    }
    m_tokens = std::make_unique<TokenStore>(m_config, *m_clock, *m_signer);
    m_limiter = std::make_unique<RateLimiter>(m_config.bucket, m_config.registers, *m_clock);
    m_faults = std::make_unique<FaultInjector>(m_config.seed, m_config.faults);
    m_counters = std::make_unique<RequestCounters>();
    m_oauth = std::make_unique<OAuthHandler>(m_config, *m_tokens, *m_signer);
    m_api = std::make_unique<ApiHandler>(m_config, *m_store, *m_tokens, *m_limiter, *m_clock);
    m_liveShop = new LiveShop(m_config, *m_store, *m_clock, this);
    m_control = std::make_unique<ControlHandler>(
        ControlContext{m_config, *m_clock, *m_store, *m_tokens, *m_limiter, *m_faults, *m_counters, *m_liveShop});

    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(m_config.bindAddress, m_config.port)) {
        *error = u"Could not listen on %1 port %2: %3"_s.arg(m_config.bindAddress.toString())
                     .arg(m_config.port)
                     .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_api->setBaseUrl(baseUrl());
    if (m_config.liveShop)
        m_liveShop->start();
    return true;
}

HttpRequest SandboxServer::toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest result;
    result.method = methodName(request.method());
    result.path = request.url().path(QUrl::FullyDecoded);
    result.query = request.query();
    result.headers = request.headers();
    result.body = request.body();
    return result;
}

QString SandboxServer::routeName(const HttpRequest &request) const
{
    const QString &path = request.path;
    if (path == u"/auth/oauth/authorize")
        return u"oauth.authorize"_s;
    if (path == u"/auth/oauth/token")
        return u"oauth.token"_s;
    if (path == u"/auth/oauth/revoke")
        return u"oauth.revoke"_s;
    if (path == u"/.well-known/jwks")
        return u"oauth.jwks"_s;
    if (path.startsWith(u"/sandbox/"))
        return u"control"_s;
    if (path == u"/")
        return u"index"_s;
    if (path.startsWith(u"/API/")) {
        const QString name = ApiRoute::parse(request.method, path).name;
        return name.isEmpty() ? u"api.unknown"_s : name;
    }
    return u"unknown"_s;
}

HttpReply SandboxServer::route(const HttpRequest &request, const QString &name)
{
    if (name == u"control")
        return m_control->handle(request);
    if (name == u"oauth.authorize")
        return m_oauth->authorize(request);
    if (name == u"oauth.token")
        return m_oauth->token(request);
    if (name == u"oauth.revoke")
        return m_oauth->revoke(request);
    if (name == u"oauth.jwks")
        return m_oauth->jwks(request);
    if (name == u"index") {
        return HttpReply::html(pages::index(baseUrl(), m_config.accountId, m_config.client.clientId,
                                            m_config.client.redirectUri, m_config.loginEmail, m_config.loginPassword));
    }
    if (request.path.startsWith(u"/API/"))
        return m_api->handle(request, ApiRoute::parse(request.method, request.path));
    return HttpReply::text(u"Not found: %1\n"_s.arg(request.path), 404);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest httpRequest = toHttpRequest(request);
    respond(socket, httpRequest, routeName(httpRequest));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    send(socket, HttpReply::text(u"Not found\n"_s, 404), false, 0);
}

void SandboxServer::respond(QTcpSocket *socket, const HttpRequest &request, const QString &name)
{
    qCDebug(lcSandbox) << request.method << request.path;
    const bool closeConnection = request.header("Connection").toLower() == "close";
    const FaultDecision fault = name == u"control" ? FaultDecision{} : m_faults->decide(name, request.path);
    if (fault.kind != FaultKind::None)
        m_counters->recordFault(name, FaultInjector::kindName(fault.kind));

    HttpReply reply;
    switch (fault.kind) {
    case FaultKind::Drop:
        reply.dropConnection = true;
        break;
    case FaultKind::Error:
        reply = HttpReply::apiError(fault.status, u"Injected fault: the sandbox answers %1."_s.arg(fault.status));
        break;
    case FaultKind::Unauthorized:
        reply = m_api->unauthorized();
        break;
    case FaultKind::None:
    case FaultKind::DropAfter:
    case FaultKind::Malformed:
        reply = route(request, name);
        break;
    }
    if (fault.kind == FaultKind::DropAfter)
        reply.dropConnection = true;
    if (fault.kind == FaultKind::Malformed)
        reply.body = malformed(reply.body);
    if (!reply.dropConnection && name != u"control")
        m_counters->recordResponse(name, reply.status, reply.header("X-LS-API-RateLimit-Type"));
    send(socket, reply, closeConnection, fault.latencyMs);
}

void SandboxServer::send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection, int latencyMs)
{
    const QPointer<QTcpSocket> guarded(socket);
    const QByteArray bytes = reply.dropConnection ? QByteArray() : serializeReply(reply, closeConnection);
    const bool drop = reply.dropConnection;
    auto deliver = [guarded, bytes, drop, closeConnection] {
        if (!guarded)
            return;
        if (drop) {
            guarded->abort();
            return;
        }
        guarded->write(bytes);
        if (closeConnection)
            guarded->disconnectFromHost();
    };
    // NOTE: a delayed answer does not hold back later requests on the same connection, so a client
    // that pipelines could get answers out of order; QNetworkAccessManager and curl do not pipeline.
    // Even an immediate drop waits for the event loop, because Qt HttpServer still uses the socket
    // after handleRequest() returns.
    if (latencyMs > 0 || drop)
        QTimer::singleShot(latencyMs, this, deliver);
    else
        deliver();
}

} // namespace posbridge::sandbox
