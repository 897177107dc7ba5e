#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int START_TIMEOUT_MS = 10'000;
constexpr int CONTROL_TIMEOUT_MS = 10'000;
const QByteArray READY_PREFIX = "POSBRIDGE-SANDBOX READY ";

} // namespace

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
}

SandboxProcess::~SandboxProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool SandboxProcess::start()
{
    const QString program = qEnvironmentVariable("POSBRIDGE_SANDBOX");
    if (program.isEmpty()) {
        m_error =
            u"POSBRIDGE_SANDBOX is not set; run the test through ctest or set it to the posbridge-sandbox binary."_s;
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(program, QStringList{u"--port"_s, u"0"_s} + m_arguments);
    if (!m_process->waitForStarted(START_TIMEOUT_MS)) {
        m_error = u"Could not start %1: %2"_s.arg(program, m_process->errorString());
        return false;
    }

    const QDeadlineTimer deadline(START_TIMEOUT_MS);
    while (!deadline.hasExpired()) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (!line.startsWith(READY_PREFIX))
                continue;
            m_ready = QJsonDocument::fromJson(line.mid(READY_PREFIX.size())).object();
            if (m_ready.isEmpty()) {
                m_error = u"The READY line of the sandbox is not a JSON object: %1"_s.arg(QString::fromUtf8(line));
                return false;
            }
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = u"The sandbox exited with code %1 before it was ready."_s.arg(m_process->exitCode());
            return false;
        }
        m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_error = u"The sandbox printed no READY line within %1 ms."_s.arg(START_TIMEOUT_MS);
    return false;
}

QString SandboxProcess::readyString(const QString &key) const
{
    return m_ready.value(key).toString();
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(readyString(u"baseUrl"_s));
}

QUrl SandboxProcess::authorizeUrl() const
{
    return QUrl(readyString(u"authorizeUrl"_s));
}

QUrl SandboxProcess::tokenUrl() const
{
    return QUrl(readyString(u"tokenUrl"_s));
}

QUrl SandboxProcess::revokeUrl() const
{
    return QUrl(readyString(u"revokeUrl"_s));
}

QUrl SandboxProcess::apiBaseUrl() const
{
    return QUrl(readyString(u"apiBaseUrl"_s));
}

QString SandboxProcess::clientId() const
{
    return readyString(u"clientId"_s);
}

QString SandboxProcess::clientSecret() const
{
    return readyString(u"clientSecret"_s);
}

QUrl SandboxProcess::redirectUri() const
{
    return QUrl(readyString(u"redirectUri"_s));
}

QString SandboxProcess::accountId() const
{
    return readyString(u"accountId"_s);
}

QString SandboxProcess::loginEmail() const
{
    return readyString(u"loginEmail"_s);
}

QString SandboxProcess::loginPassword() const
{
    return readyString(u"loginPassword"_s);
}

QJsonDocument SandboxProcess::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, payload);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(CONTROL_TIMEOUT_MS, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}

QString SandboxProcess::authorizationCode(const QStringList &scopes, const QString &state, const QString &codeChallenge)
{
    QJsonObject body{{u"scopes"_s, QJsonArray::fromStringList(scopes)}, {u"state"_s, state}};
    if (!codeChallenge.isEmpty())
        body.insert(u"codeChallenge"_s, codeChallenge);
    return control("POST", u"/sandbox/oauth/code"_s, body).object().value(u"code"_s).toString();
}
