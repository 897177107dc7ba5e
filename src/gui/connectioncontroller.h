#pragma once

#include "core/error.h"
#include "core/integrationsettings.h"
#include "lightspeed/tokenmanager.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace posbridge {

class ConnectionManager;
class FetchTokenDialog;
class SettingsPage;
struct AuthorizationOutcome;
struct ConnectionCheck;
struct DisconnectOutcome;

/**
 * @brief Runs the Actions menu's Fetch Token, Test Connection and Disconnect for the selected company.
 *
 * It reads the form's current values from the SettingsPage, does the work through
 * ConnectionManager off the GUI thread, and writes the outcome back into the form: filled
 * fields, a banner message, or an error under a field. It also follows the company's
 * connection state from ConnectionManager's signals. One operation runs at a time.
 */
class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    ConnectionController(ConnectionManager *connections, SettingsPage *page, QWidget *window);
    ~ConnectionController() override;

    /** @brief Follows another company; 0 when none is selected. */
    void setCompany(qint64 companyId);

    /** @brief Opens the Fetch Token browser with the form's current values. */
    void fetchToken();
    /** @brief Calls the account endpoint and shows the account, shop count and bucket level. */
    void testConnection();
    /** @brief Asks for confirmation, then revokes and deletes the company's tokens. */
    void disconnectCompany();

    [[nodiscard]] bool canFetchToken() const;
    [[nodiscard]] bool canTestConnection() const;
    [[nodiscard]] bool canDisconnect() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] TokenManager::State state() const { return m_state; }
    [[nodiscard]] QString stateText() const { return m_stateText; }
    /** @brief The open Fetch Token window, or nullptr. */
    [[nodiscard]] FetchTokenDialog *fetchTokenDialog() const;

Q_SIGNALS:
    /** @brief What the actions can do changed: enable or disable them. */
    void actionsChanged();
    void stateTextChanged(const QString &text);
    void bucketLevelMeasured(double level, double size);
    void fetchTokenFinished(bool connected);
    void testConnectionFinished(bool succeeded);
    void disconnectFinished(bool disconnected);

private:
    struct FetchAttempt
    {
        qint64 companyId = 0;
        IntegrationSettings settings;
        QString clientSecret;
        QString codeVerifier;
    };

    void onCodeReceived(const QString &code);
    void onAuthorizationCompleted(const Result<AuthorizationOutcome> &outcome);
    void onAuthorizationFailed(const QString &message);
    void onFetchCancelled();
    void showAuthorizationOutcome(const AuthorizationOutcome &outcome);
    void onTestFinished(const Result<ConnectionCheck> &check);
    void runDisconnect(qint64 companyId, bool clearLocallyOnFailure);
    void onDisconnectFinished(qint64 companyId, bool clearedLocally, const Result<DisconnectOutcome> &outcome);
    bool confirmLocalForget(const Error &revokeError);
    void onConnectionStateChanged(qint64 companyId, TokenManager::State state, const QString &text);
    void showState(TokenManager::State state, const QString &text);
    void setBusy(bool busy);

    ConnectionManager *m_connections = nullptr;
    SettingsPage *m_page = nullptr;
    QWidget *m_window = nullptr;
    QPointer<FetchTokenDialog> m_dialog;
    FetchAttempt m_attempt;
    qint64 m_companyId = 0;
    quint64 m_generation = 0;
    TokenManager::State m_state = TokenManager::State::NotConnected;
    QString m_stateText;
    bool m_busy = false;
};

} // namespace posbridge
