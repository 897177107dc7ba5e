#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QProcess;

namespace posbridge {

/** @brief Where a running sandbox listens and the demo credentials it accepts, from its READY line. */
struct SandboxEndpoints
{
    QString baseUrl; ///< http://127.0.0.1:PORT
    QString authorizeUrl;
    QString tokenUrl;
    QString revokeUrl;
    QString apiBaseUrl;
    QString clientId;
    QString clientSecret;
    QString redirectUri;
    QString accountId;
    QString loginEmail;    ///< typed on the sandbox's Lightspeed login page
    QString loginPassword; ///< typed on the sandbox's Lightspeed login page

    /** @brief Reads the JSON of the READY line; std::nullopt when a field is missing. */
    static std::optional<SandboxEndpoints> fromJson(const QJsonObject &ready);
};

/** @brief How to start the sandbox. */
struct SandboxLaunchOptions
{
    QString program;       ///< the posbridge-sandbox executable; empty to look it up with findProgram()
    QStringList arguments; ///< added after --port 0 --exit-with-parent
    QString logPath;       ///< receives the sandbox's log (its standard error); empty to discard it
    int readyTimeoutMs = 15'000;
};

/**
 * @brief Starts posbridge-sandbox on a free loopback port, waits for its READY line, and stops it.
 *
 * The sandbox runs with --exit-with-parent, so it also ends when this process crashes or is
 * killed. Its log goes to a file rather than the terminal. Its banner on standard output repeats
 * the demo credentials, so it is read for the READY line and then discarded.
 */
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    static inline const QString PROGRAM_NAME = QStringLiteral("posbridge-sandbox");

    explicit SandboxLauncher(QObject *parent = nullptr);
    /** @brief Stops the sandbox if it still runs. */
    ~SandboxLauncher() override;

    /**
     * @brief Finds posbridge-sandbox: next to the running executable, else $POSBRIDGE_SANDBOX, else on PATH.
     *
     * The error names every place that was searched.
     */
    static Result<QString> findProgram();
    /** @brief Like findProgram(), with the executable's folder and the variable's value given. */
    static Result<QString> findProgram(const QString &applicationDir, const QString &environmentValue);

    /** @brief Starts the sandbox and blocks until its READY line arrives or the timeout passes. */
    Result<SandboxEndpoints> start(const SandboxLaunchOptions &options);
    /** @brief Stops the sandbox with SIGTERM, then SIGKILL when it has not exited after three seconds. */
    void stop();

    [[nodiscard]] bool isRunning() const;
    /** @brief The sandbox's process ID, or 0 when it does not run. */
    [[nodiscard]] qint64 processId() const;
    [[nodiscard]] const SandboxEndpoints &endpoints() const { return m_endpoints; }

Q_SIGNALS:
    /** @brief Emitted when the sandbox exits without stop() having been called; crashed includes being killed. */
    void exitedUnexpectedly(int exitCode, bool crashed);

private:
    Result<SandboxEndpoints> waitForReady(const QString &program, int timeoutMs);
    void onProcessFinished(int exitCode, bool crashed);

    std::unique_ptr<QProcess> m_process;
    SandboxEndpoints m_endpoints;
    bool m_watching = false; ///< ready and not being stopped, so an exit is unexpected
};

} // namespace posbridge
