#include "sync/demoenvironment.h"

#include "storage/database.h"
#include "sync/democatalogue.h"
#include "sync/demodatabase.h"
#include "sync/logging.h"
#include "sync/sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace posbridge {

namespace {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

/** The same file, whether or not it exists yet; symbolic links are followed when it does. */
bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

} // namespace

QStringList DemoOptions::defaultSandboxArguments()
{
    // 2.5 sales per minute is one every 24 s, at the sandbox's real-time clock (time scale 1).
    return {QStringLiteral("--live-shop"), QStringLiteral("--live-rate"),
            QStringLiteral("2.5"),         QStringLiteral("--live-return-share"),
            QStringLiteral("0.15"),        QStringLiteral("--live-late-share"),
            QStringLiteral("0.15"),        QStringLiteral("--live-late-minutes"),
            QStringLiteral("5"),           QStringLiteral("--live-void-share"),
            QStringLiteral("0.05"),        QStringLiteral("--items"),
            QStringLiteral("150"),         QStringLiteral("--days"),
            QStringLiteral("14"),          QStringLiteral("--sales-per-day"),
            QStringLiteral("40")};
}

QString DemoOptions::defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo.sqlite"));
}

QString DemoOptions::defaultLogPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo-sandbox.log"));
}

DemoEnvironment::DemoEnvironment(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sandbox(std::make_unique<SandboxLauncher>())
{
    connect(m_sandbox.get(), &SandboxLauncher::exitedUnexpectedly, this, &DemoEnvironment::sandboxStopped);
}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

VoidResult DemoEnvironment::checkDatabasePath(const QString &path)
{
    const QString realPaths[] = {Database::defaultPath(),
                                 QDir(dataFolder()).filePath(QStringLiteral("posbridge.sqlite"))};
    for (const QString &real : realPaths) {
        if (isSameFile(path, real))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is the real database, and the demo never opens it. Give the demo another file "
                                "with --database, or leave --database out.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<std::shared_ptr<Database>> DemoEnvironment::start(const DemoOptions &options)
{
    if (auto allowed = checkDatabasePath(options.databasePath); !allowed)
        return allowed.error();
    // Deleted before the sandbox starts, so that a database still in use stops the demo early.
    if (auto discarded = DemoDatabase::discard(options.databasePath, *m_secrets); !discarded)
        return discarded.error();

    SandboxLaunchOptions launch;
    launch.program = options.sandboxProgram;
    launch.arguments = options.sandboxArguments;
    launch.logPath = options.logPath;
    launch.readyTimeoutMs = options.readyTimeoutMs;
    const auto sandbox = m_sandbox->start(launch);
    if (!sandbox)
        return sandbox.error();

    const auto catalogue = DemoCatalogue::fetch(QUrl(sandbox->baseUrl));
    if (!catalogue) {
        stop();
        return catalogue.error();
    }
    auto created = DemoDatabase::create(options.databasePath, *m_secrets, *sandbox, *catalogue);
    if (!created) {
        stop();
        return created.error();
    }

    m_info.sandboxUrl = sandbox->baseUrl;
    m_info.loginEmail = sandbox->loginEmail;
    m_info.loginPassword = sandbox->loginPassword;
    m_info.databasePath = created->database->path();
    m_info.logPath = options.logPath;
    m_info.companyName = DemoDatabase::COMPANY_NAME;
    m_info.companyId = created->companyId;
    return created->database;
}

void DemoEnvironment::stop()
{
    m_sandbox->stop();
}

qint64 DemoEnvironment::sandboxProcessId() const
{
    return m_sandbox->processId();
}

} // namespace posbridge
