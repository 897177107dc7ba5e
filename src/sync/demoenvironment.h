#pragma once

#include "core/error.h"
#include "sync/demoinfo.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace posbridge {

class Database;
class SandboxLauncher;
class SecretStore;

/** @brief Where the demo keeps its files and how it starts the sandbox. */
struct DemoOptions
{
    QString databasePath;   ///< the demo database; replaced by a fresh one on every start
    QString logPath;        ///< receives the sandbox's log
    QString sandboxProgram; ///< empty to look posbridge-sandbox up (next to the app, $POSBRIDGE_SANDBOX, PATH)
    QStringList sandboxArguments = defaultSandboxArguments();
    int readyTimeoutMs = 15'000;

    /** @brief A small catalogue and a live shop that rings up a sale every 24 s, with returns, late commits and voids.
     */
    static QStringList defaultSandboxArguments();
    /** @brief demo.sqlite in the application data folder. */
    static QString defaultDatabasePath();
    /** @brief demo-sandbox.log in the application data folder. */
    static QString defaultLogPath();
};

/**
 * @brief The demo run of `posbridge --demo`: a local Lightspeed sandbox and a demo database that points at it.
 *
 * start() deletes the previous demo database together with its keychain entries, because a new
 * sandbox does not know the tokens that the previous one issued. It then starts the sandbox and
 * builds a fresh demo database from the sandbox's catalogue (see DemoDatabase). The sandbox stops
 * when this object is destroyed, and on its own when this process ends in any other way.
 *
 * It rejects the real database's path and any existing file not marked as a demo database, so
 * it never changes a real database or its keychain entries.
 */
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(SecretStore *secrets, QObject *parent = nullptr);
    /** @brief Stops the sandbox. */
    ~DemoEnvironment() override;

    /** @brief Prepares the demo and returns its open database; blocks for up to a few seconds. */
    Result<std::shared_ptr<Database>> start(const DemoOptions &options);
    /** @brief Stops the sandbox; the demo database stays until the next start(). */
    void stop();

    [[nodiscard]] const DemoInfo &info() const { return m_info; }
    /** @brief The sandbox's process ID, or 0 when it does not run. */
    [[nodiscard]] qint64 sandboxProcessId() const;

    /** @brief Rejects the paths of the real database: the default one and the one POSBRIDGE_DATABASE names. */
    static VoidResult checkDatabasePath(const QString &path);

Q_SIGNALS:
    /** @brief Emitted when the sandbox exits while the demo runs; crashed includes being killed. */
    void sandboxStopped(int exitCode, bool crashed);

private:
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    DemoInfo m_info;
};

} // namespace posbridge
