#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QWebEngineCertificateError;
class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

namespace Ui {
class FetchTokenDialog;
}

namespace posbridge {

class AuthorizationPage;

/**
 * @brief The Fetch Token window: Lightspeed's login and consent pages in an embedded browser.
 *
 * Every dialog has its own off-the-record profile, so each Fetch Token starts logged out
 * and no cookie or cache outlives it. The browser is sent to the authorize URL; when
 * Lightspeed redirects to the Redirect URI, the redirect is not loaded and its code or error
 * is checked against the expected state. The dialog then reports codeReceived() or
 * authorizationFailed(), and the caller exchanges the code and closes the dialog with
 * finish(). Cancel or closing the window reports cancelled(), except while the code is
 * being exchanged. A page that fails to load shows the reason and a Retry button.
 */
class FetchTokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchTokenDialog)

public:
    /**
     * @param authorizeUrl the complete authorize URL, with client, scopes, state and PKCE challenge
     * @param redirectUri the Redirect URI of the form; navigations to it end the authorization
     * @param expectedState the state sent in authorizeUrl; a callback without it is rejected
     */
    FetchTokenDialog(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &expectedState,
                     QWidget *parent = nullptr);
    ~FetchTokenDialog() override;

    /** @brief Loads the authorize URL. */
    void start();
    /** @brief Loads the authorize URL again after a failure. */
    void retry();
    /** @brief Shows that the code is being exchanged; Cancel and closing wait until finish(). */
    void showExchanging();
    /** @brief Closes the dialog after the caller has handled the outcome; emits no cancelled(). */
    void finish(bool success);

    [[nodiscard]] QWebEnginePage *page() const;
    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile; }
    [[nodiscard]] bool isExchanging() const { return m_phase == Phase::Exchanging; }
    /** @brief The load error shown, or an empty string while none is. */
    [[nodiscard]] QString loadError() const;

    void reject() override;

Q_SIGNALS:
    /** @brief Lightspeed sent an authorization code with the expected state; exchange it at once. */
    void codeReceived(const QString &code);
    /** @brief The authorization ended without a code. message, already translated, explains why. */
    void authorizationFailed(const QString &message);
    /** @brief The admin pressed Cancel or closed the window. */
    void cancelled();

private:
    enum class Phase
    {
        Browsing,
        Exchanging,
        Finished,
    };

    void onCallbackReached(const QUrl &url);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void onCertificateError(const QWebEngineCertificateError &error);
    void onUrlChanged(const QUrl &url);
    void showLoadError(const QString &message);
    void hideLoadError();

    std::unique_ptr<Ui::FetchTokenDialog> m_ui;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    QString m_expectedState;
    QWebEngineProfile *m_profile = nullptr;
    AuthorizationPage *m_page = nullptr;
    QString m_certificateProblem;
    Phase m_phase = Phase::Browsing;
};

} // namespace posbridge
