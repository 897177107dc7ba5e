#include "sync/sandboxlauncher.h"

#include "sync/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace posbridge {

namespace {

constexpr int STOP_TIMEOUT_MS = 3000;
const QByteArray READY_PREFIX = "POSBRIDGE-SANDBOX READY ";

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

std::optional<SandboxEndpoints> SandboxEndpoints::fromJson(const QJsonObject &ready)
{
    SandboxEndpoints endpoints;
    const std::pair<QString, QString *> fields[] = {
        {QStringLiteral("baseUrl"), &endpoints.baseUrl},
        {QStringLiteral("authorizeUrl"), &endpoints.authorizeUrl},
        {QStringLiteral("tokenUrl"), &endpoints.tokenUrl},
        {QStringLiteral("revokeUrl"), &endpoints.revokeUrl},
        {QStringLiteral("apiBaseUrl"), &endpoints.apiBaseUrl},
        {QStringLiteral("clientId"), &endpoints.clientId},
        {QStringLiteral("clientSecret"), &endpoints.clientSecret},
        {QStringLiteral("redirectUri"), &endpoints.redirectUri},
        {QStringLiteral("accountId"), &endpoints.accountId},
        {QStringLiteral("loginEmail"), &endpoints.loginEmail},
        {QStringLiteral("loginPassword"), &endpoints.loginPassword},
    };
    for (const auto &[name, target] : fields) {
        *target = ready.value(name).toString();
        if (target->isEmpty())
            return std::nullopt;
    }
    return endpoints;
}

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

Result<QString> SandboxLauncher::findProgram()
{
    return findProgram(QCoreApplication::applicationDirPath(), qEnvironmentVariable("POSBRIDGE_SANDBOX"));
}

Result<QString> SandboxLauncher::findProgram(const QString &applicationDir, const QString &environmentValue)
{
    const QString besideApp = QDir(applicationDir).filePath(PROGRAM_NAME);
    if (isExecutableFile(besideApp))
        return besideApp;
    if (!environmentValue.isEmpty() && isExecutableFile(environmentValue))
        return environmentValue;
    const QString onPath = QStandardPaths::findExecutable(PROGRAM_NAME);
    if (!onPath.isEmpty())
        return onPath;

    const QString variable =
        environmentValue.isEmpty()
            ? tr("the POSBRIDGE_SANDBOX environment variable (not set)")
            : tr("the POSBRIDGE_SANDBOX environment variable (%1, not an executable file)").arg(environmentValue);
    return makeError(ErrorCode::NotFound,
                     tr("The demo needs %1, the local Lightspeed sandbox, but it was not found. Looked in: %2; %3; "
                        "the folders on PATH. Build it (cmake --build build --target %1), or set POSBRIDGE_SANDBOX to "
                        "its path.")
                         .arg(PROGRAM_NAME, QDir::toNativeSeparators(besideApp), variable));
}

Result<SandboxEndpoints> SandboxLauncher::start(const SandboxLaunchOptions &options)
{
    if (isRunning())
        return makeError(ErrorCode::Conflict, tr("The sandbox is already running."));

    QString program = options.program;
    if (program.isEmpty()) {
        auto found = findProgram();
        if (!found)
            return found.error();
        program = *found;
    }

    m_watching = false;
    m_process = std::make_unique<QProcess>();
    if (!options.logPath.isEmpty()) {
        QDir().mkpath(QFileInfo(options.logPath).absolutePath());
        m_process->setStandardErrorFile(options.logPath, QIODevice::Truncate);
    } else {
        m_process->setStandardErrorFile(QProcess::nullDevice());
    }
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(exitCode, status == QProcess::CrashExit);
    });

    const QStringList arguments =
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-with-parent")} +
        options.arguments;
    m_process->start(program, arguments);
    auto ready = waitForReady(program, options.readyTimeoutMs);
    if (!ready) {
        stop();
        return ready.error();
    }
    m_endpoints = *ready;
    m_watching = true;
    // The banner repeats the demo credentials; once the READY line is read, the rest is dropped.
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { (void)m_process->readAllStandardOutput(); });
    qCInfo(lcSync).noquote() << "Started the Lightspeed sandbox, process" << processId() << "at" << m_endpoints.baseUrl;
    return m_endpoints;
}

Result<SandboxEndpoints> SandboxLauncher::waitForReady(const QString &program, int timeoutMs)
{
    if (!m_process->waitForStarted(timeoutMs))
        return makeError(ErrorCode::Internal,
                         tr("Could not start the sandbox %1: %2").arg(program, m_process->errorString()));

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (!line.startsWith(READY_PREFIX))
                continue;
            const auto endpoints =
                SandboxEndpoints::fromJson(QJsonDocument::fromJson(line.mid(READY_PREFIX.size())).object());
            if (!endpoints)
                return makeError(ErrorCode::Internal,
                                 tr("The sandbox %1 started, but its READY line could not be read. Check that it is "
                                    "the same version as POS Bridge.")
                                     .arg(program));
            return *endpoints;
        }
        if (m_process->state() == QProcess::NotRunning)
            return makeError(ErrorCode::Internal,
                             tr("The sandbox %1 exited with code %2 before it was ready. Its log may say why.")
                                 .arg(program)
                                 .arg(m_process->exitCode()));
        m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    return makeError(ErrorCode::Timeout,
                     tr("The sandbox %1 did not report that it was ready within %2 seconds. Its log may say why.")
                         .arg(program)
                         .arg(timeoutMs / 1000.0));
}

void SandboxLauncher::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_watching = false;
    const qint64 pid = processId();
    m_process->terminate();
    if (!m_process->waitForFinished(STOP_TIMEOUT_MS)) {
        qCWarning(lcSync) << "The sandbox, process" << pid << "ignored SIGTERM; killing it";
        m_process->kill();
        m_process->waitForFinished(STOP_TIMEOUT_MS);
    }
    qCInfo(lcSync) << "Stopped the Lightspeed sandbox, process" << pid;
}

bool SandboxLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxLauncher::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

void SandboxLauncher::onProcessFinished(int exitCode, bool crashed)
{
    if (!m_watching)
        return;
    m_watching = false;
    if (crashed)
        qCWarning(lcSync) << "The Lightspeed sandbox crashed or was killed";
    else
        qCWarning(lcSync) << "The Lightspeed sandbox exited unexpectedly with code" << exitCode;
    Q_EMIT exitedUnexpectedly(exitCode, crashed);
}

} // namespace posbridge
