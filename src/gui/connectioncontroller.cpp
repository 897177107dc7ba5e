#include "gui/connectioncontroller.h"

#include "core/futures.h"
#include "gui/logging.h"
#include "gui/settingspage.h"
#include "gui/webview/fetchtokendialog.h"
#include "lightspeed/authorizationrequest.h"
#include "sync/connectionmanager.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace posbridge {

namespace {

/** True for failures of the revoke request itself, after which forgetting the tokens locally makes sense. */
bool isRevokeFailure(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Http:
    case ErrorCode::RateLimited:
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
    case ErrorCode::InvalidInput:
        return true;
    default:
        return false;
    }
}

void showResult(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                const QString &details)
{
    // Not exec(): the result arrives in a callback, and a nested event loop there is not needed.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ConnectionController::ConnectionController(ConnectionManager *connections, SettingsPage *page, QWidget *window)
    : QObject(window)
    , m_connections(connections)
    , m_page(page)
    , m_window(window)
{
    connect(m_connections, &ConnectionManager::connectionStateChanged, this,
            &ConnectionController::onConnectionStateChanged);
    connect(m_connections, &ConnectionManager::tokensUpdated, this,
            [this](qint64 companyId, const QDateTime &receivedAt) {
                if (companyId == m_companyId)
                    m_page->setTokenReceivedOn(receivedAt);
            });
    connect(m_connections, &ConnectionManager::tokensCleared, this, [this](qint64 companyId) {
        if (companyId == m_companyId)
            m_page->applyDisconnected();
    });
    connect(m_page, &SettingsPage::formStateChanged, this, &ConnectionController::actionsChanged);
}

ConnectionController::~ConnectionController() = default;

void ConnectionController::setCompany(qint64 companyId)
{
    m_companyId = companyId;
    const quint64 generation = ++m_generation;
    if (companyId == 0) {
        showState(TokenManager::State::NotConnected, tr("No company selected"));
        return;
    }
    showState(m_connections->state(companyId), m_connections->stateText(companyId));
    // Loading the company's TokenManager reads its keychain entries and publishes its state.
    whenFinished(m_connections->refreshState(companyId), this, [this, companyId, generation](VoidResult loaded) {
        if (generation != m_generation)
            return;
        if (!loaded) {
            qCWarning(lcGui).noquote() << "Could not read the connection of company" << companyId << ":"
                                       << loaded.error().toLogString();
            showState(TokenManager::State::NotConnected, loaded.error().message);
            return;
        }
        showState(m_connections->state(companyId), m_connections->stateText(companyId));
    });
}

FetchTokenDialog *ConnectionController::fetchTokenDialog() const
{
    return m_dialog;
}

bool ConnectionController::canFetchToken() const
{
    return m_companyId != 0 && !m_busy && m_page->companyId() == m_companyId && m_page->canFetchToken();
}

bool ConnectionController::canTestConnection() const
{
    return m_companyId != 0 && !m_busy && m_page->isLoaded() &&
           (m_page->hasStoredTokens() || m_state != TokenManager::State::NotConnected);
}

bool ConnectionController::canDisconnect() const
{
    return canTestConnection();
}

void ConnectionController::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT actionsChanged();
}

void ConnectionController::fetchToken()
{
    if (m_busy || m_companyId == 0)
        return;
    const ValidationIssues issues = m_page->fetchTokenIssues();
    if (!m_page->isLoaded() || !issues.isEmpty()) {
        m_page->showMessage(issues.isEmpty() ? tr("The settings are still loading. Try again in a moment.")
                                             : tr("Fetch Token needs a valid Client ID, Client Secret, Redirect URI "
                                                  "and Advanced endpoints: %1")
                                                   .arg(issues.first()),
                            SettingsPage::MessageKind::Error);
        return;
    }

    m_attempt = {};
    m_attempt.companyId = m_companyId;
    m_attempt.settings = m_page->currentSettings();
    m_attempt.clientSecret = m_page->currentClientSecret();
    const AuthorizationRequest request =
        AuthorizationRequest::create(m_attempt.settings.clientId, m_attempt.settings.scopes);
    m_attempt.codeVerifier = request.pkce().verifier();

    const QUrl authorizeUrl = request.url(QUrl(m_attempt.settings.authorizeUrl));
    auto *dialog = new FetchTokenDialog(authorizeUrl, QUrl(m_attempt.settings.redirectUri), request.state(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &FetchTokenDialog::codeReceived, this, &ConnectionController::onCodeReceived);
    connect(dialog, &FetchTokenDialog::authorizationFailed, this, &ConnectionController::onAuthorizationFailed);
    connect(dialog, &FetchTokenDialog::cancelled, this, &ConnectionController::onFetchCancelled);

    m_page->clearMessage();
    setBusy(true);
    qCInfo(lcGui) << "Fetch Token started for company" << m_companyId;
    dialog->open();
    dialog->start();
}

void ConnectionController::onCodeReceived(const QString &code)
{
    AuthorizationGrant grant;
    grant.companyId = m_attempt.companyId;
    grant.settings = m_attempt.settings;
    grant.clientSecret = m_attempt.clientSecret;
    grant.code = code;
    grant.codeVerifier = m_attempt.codeVerifier;
    whenFinished(m_connections->completeAuthorization(grant), this,
                 [this](const Result<AuthorizationOutcome> &outcome) { onAuthorizationCompleted(outcome); });
}

void ConnectionController::onAuthorizationCompleted(const Result<AuthorizationOutcome> &outcome)
{
    if (m_dialog)
        m_dialog->finish(outcome.ok());
    setBusy(false);

    if (!outcome) {
        const Error &error = outcome.error();
        qCWarning(lcGui).noquote() << "Fetch Token failed for company" << m_attempt.companyId << ":"
                                   << error.toLogString();
        if (m_page->companyId() == m_attempt.companyId && error.code == ErrorCode::Conflict)
            m_page->showFieldError(SettingsField::AccountId, error.message);
        m_page->showMessage(tr("Fetch Token failed: %1 The stored tokens are unchanged.").arg(error.message),
                            SettingsPage::MessageKind::Error);
        m_attempt = {};
        Q_EMIT fetchTokenFinished(false);
        return;
    }
    showAuthorizationOutcome(*outcome);
    m_attempt = {};
    Q_EMIT fetchTokenFinished(true);
}

void ConnectionController::showAuthorizationOutcome(const AuthorizationOutcome &outcome)
{
    if (m_page->companyId() != outcome.settings.companyId)
        return;
    m_page->applyAuthorization(outcome, m_attempt.clientSecret);

    QStringList notes;
    notes << tr("Connected to Lightspeed account %1. The tokens are stored in the system keychain.")
                 .arg(outcome.settings.accountId);
    SettingsPage::MessageKind kind = SettingsPage::MessageKind::Information;
    if (outcome.listError) {
        notes << tr("The shops and employees could not be loaded: %1").arg(outcome.listError->message);
        kind = SettingsPage::MessageKind::Warning;
    } else if (outcome.shopNotFound) {
        notes << tr("The account has no shop named “%1”: choose one under Shop Name.")
                     .arg(m_attempt.settings.shopName.trimmed());
        kind = SettingsPage::MessageKind::Warning;
    }
    if (m_page->isDirty())
        notes << tr("Fetch Token saved the connection settings it used; your other changes are not saved yet.");
    m_page->showMessage(notes.join(u' '), kind);
}

void ConnectionController::onAuthorizationFailed(const QString &message)
{
    if (m_dialog)
        m_dialog->finish(false);
    setBusy(false);
    m_page->showMessage(tr("%1 The stored tokens are unchanged.").arg(message), SettingsPage::MessageKind::Error);
    m_attempt = {};
    Q_EMIT fetchTokenFinished(false);
}

void ConnectionController::onFetchCancelled()
{
    setBusy(false);
    m_page->showMessage(tr("Fetch Token was cancelled. The stored tokens are unchanged."),
                        SettingsPage::MessageKind::Information);
    m_attempt = {};
    Q_EMIT fetchTokenFinished(false);
}

void ConnectionController::testConnection()
{
    if (!canTestConnection())
        return;
    setBusy(true);
    whenFinished(m_connections->testConnection(m_companyId), this,
                 [this](const Result<ConnectionCheck> &check) { onTestFinished(check); });
}

void ConnectionController::onTestFinished(const Result<ConnectionCheck> &check)
{
    setBusy(false);
    if (!check) {
        qCWarning(lcGui).noquote() << "Test Connection failed:" << check.error().toLogString();
        showResult(m_window, QMessageBox::Warning, tr("Test Connection"), tr("The connection test failed."),
                   check.error().message);
        Q_EMIT testConnectionFinished(false);
        return;
    }

    Q_EMIT bucketLevelMeasured(check->bucketLevel, check->bucketSize);
    const QLocale locale;
    showResult(m_window, QMessageBox::Information, tr("Test Connection"),
               tr("Connected to Lightspeed account %1 (%2).").arg(check->accountId).arg(check->accountName),
               tr("Shops: %1\nRate-limit bucket: %2 of %3 drips in use.")
                   .arg(check->shopCount)
                   .arg(locale.toString(check->bucketLevel, 'f', 1), locale.toString(check->bucketSize, 'f', 0)));
    Q_EMIT testConnectionFinished(true);
}

void ConnectionController::disconnectCompany()
{
    if (!canDisconnect())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Disconnect"), tr("Disconnect this company from Lightspeed?"),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("POS Bridge asks Lightspeed to revoke the authorization, then deletes the Auth Token "
                              "and Refresh Token from this computer. Syncing stops until you use Fetch Token again."));
    QPushButton *disconnectButton = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != disconnectButton)
        return;
    runDisconnect(m_companyId, false);
}

void ConnectionController::runDisconnect(qint64 companyId, bool clearLocallyOnFailure)
{
    setBusy(true);
    whenFinished(m_connections->disconnect(companyId, clearLocallyOnFailure), this,
                 [this, companyId, clearLocallyOnFailure](const Result<DisconnectOutcome> &outcome) {
                     onDisconnectFinished(companyId, clearLocallyOnFailure, outcome);
                 });
}

void ConnectionController::onDisconnectFinished(qint64 companyId, bool clearedLocally,
                                                const Result<DisconnectOutcome> &outcome)
{
    setBusy(false);
    if (!outcome) {
        const Error &error = outcome.error();
        qCWarning(lcGui).noquote() << "Disconnect failed for company" << companyId << ":" << error.toLogString();
        if (!clearedLocally && isRevokeFailure(error) && confirmLocalForget(error)) {
            runDisconnect(companyId, true);
            return;
        }
        if (m_page->companyId() == companyId)
            m_page->showMessage(error.message, SettingsPage::MessageKind::Error);
        Q_EMIT disconnectFinished(false);
        return;
    }

    if (m_page->companyId() == companyId) {
        m_page->applyDisconnected();
        if (outcome->revokeError)
            m_page->showMessage(tr("The tokens were deleted from this computer. Lightspeed could not revoke the "
                                   "authorization, so Lightspeed still holds it until it is revoked there or left "
                                   "unused for 30 days."),
                                SettingsPage::MessageKind::Warning);
        else
            m_page->showMessage(tr("Disconnected from Lightspeed: the authorization is revoked and the tokens are "
                                   "deleted from this computer."),
                                SettingsPage::MessageKind::Information);
    }
    Q_EMIT disconnectFinished(true);
}

bool ConnectionController::confirmLocalForget(const Error &revokeError)
{
    QMessageBox box(QMessageBox::Warning, tr("Disconnect"), revokeError.message, QMessageBox::NoButton, m_window);
    box.setInformativeText(
        tr("Forget the tokens on this computer anyway? POS Bridge stops using them at once, but Lightspeed keeps "
           "the authorization valid until you revoke it in Lightspeed or its refresh token goes unused for 30 days. "
           "Anyone who copied the tokens could use them until then."));
    QPushButton *forget = box.addButton(tr("Forget Tokens Locally"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == forget;
}

void ConnectionController::onConnectionStateChanged(qint64 companyId, TokenManager::State state, const QString &text)
{
    if (companyId == m_companyId)
        showState(state, text);
}

void ConnectionController::showState(TokenManager::State state, const QString &text)
{
    m_state = state;
    m_stateText = text;
    m_page->setConnectionState(text);
    Q_EMIT stateTextChanged(text);
    Q_EMIT actionsChanged();
}

} // namespace posbridge
