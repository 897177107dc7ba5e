#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

/**
 * @brief Runs posbridge-sandbox for one test: starts it on a free loopback port, reads its READY
 * line, and stops it when destroyed.
 *
 * The binary comes from the POSBRIDGE_SANDBOX environment variable, which posbridge_add_test()
 * sets for every test. Typical use:
 * @code
 * SandboxProcess sandbox({"--items", "50"});
 * QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
 * const QString code = sandbox.authorizationCode({"employee:all"}, "state-1");
 * // POST code to sandbox.tokenUrl(), then call sandbox.apiBaseUrl() with the access token.
 * @endcode
 * The sandbox's own log goes to the test's stderr.
 */
class SandboxProcess
{
public:
    /** @brief Prepares a sandbox with extra command-line arguments (see posbridge-sandbox --help). */
    explicit SandboxProcess(QStringList extraArguments = {});
    /** @brief Stops the sandbox: SIGTERM, then SIGKILL after three seconds. */
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /** @brief Launches the sandbox with --port 0 and waits up to 10 s for its READY line; false on failure. */
    bool start();
    /** @brief Why start() failed. */
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QUrl baseUrl() const;      ///< http://127.0.0.1:PORT
    [[nodiscard]] QUrl authorizeUrl() const; ///< .../auth/oauth/authorize
    [[nodiscard]] QUrl tokenUrl() const;     ///< .../auth/oauth/token
    [[nodiscard]] QUrl revokeUrl() const;    ///< .../auth/oauth/revoke
    [[nodiscard]] QUrl apiBaseUrl() const;   ///< .../API/V3
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] QString clientSecret() const;
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] QString accountId() const;
    [[nodiscard]] QString loginEmail() const;
    [[nodiscard]] QString loginPassword() const;

    /**
     * @brief Calls a control endpoint and returns its JSON answer; blocks for at most 10 s.
     *
     * @param method "GET", "POST" or "DELETE"
     * @param path a path under /sandbox/, such as "/sandbox/state"
     * @param body sent as JSON when not empty
     * @return the answer, or a null document when the request failed or the answer is not JSON
     */
    QJsonDocument control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    /**
     * @brief Returns an authorization code for the registered client without the HTML pages
     * (POST /sandbox/oauth/code); empty on failure. Trade it at tokenUrl() within 60 seconds.
     */
    QString authorizationCode(const QStringList &scopes, const QString &state, const QString &codeChallenge = {});

private:
    QString readyString(const QString &key) const;

    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    QString m_error;
};
