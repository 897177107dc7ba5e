#include "gui/webview/fetchtokendialog.h"

#include "ui_fetchtokendialog.h"

#include "gui/logging.h"
#include "gui/webview/authorizationpage.h"
#include "gui/webview/callbackinterceptor.h"
#include "gui/webview/pageloadfailure.h"
#include "lightspeed/httptransport.h"
#include "lightspeed/oauthcallback.h"

#include <QPushButton>
#include <QStyle>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace posbridge {

namespace {

const char *rejectionName(OAuthCallback::Rejection rejection)
{
    switch (rejection) {
    case OAuthCallback::Rejection::None:
        return "none";
    case OAuthCallback::Rejection::StateMismatch:
        return "state missing or different from the one sent";
    case OAuthCallback::Rejection::MissingCode:
        return "neither code nor error";
    case OAuthCallback::Rejection::DuplicateParameter:
        return "repeated parameter";
    }
    return "unknown";
}

} // namespace

FetchTokenDialog::FetchTokenDialog(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &expectedState,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FetchTokenDialog>())
    , m_authorizeUrl(authorizeUrl)
    , m_redirectUri(redirectUri)
    , m_expectedState(expectedState)
{
    m_ui->setupUi(this);

    // A profile without a storage name is off the record: cookies and cache stay in memory
    // and go with the dialog, so every Fetch Token starts logged out.
    m_profile = new QWebEngineProfile(this);
    const NavigationPolicy policy(authorizeUrl, redirectUri);
    auto *interceptor = new CallbackInterceptor(policy, m_profile);
    m_profile->setUrlRequestInterceptor(interceptor);
    m_page = new AuthorizationPage(m_profile, policy, m_ui->webView);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    m_ui->webView->setPage(m_page);

    connect(interceptor, &CallbackInterceptor::callbackReached, this, &FetchTokenDialog::onCallbackReached);
    connect(m_page, &AuthorizationPage::callbackReached, this, &FetchTokenDialog::onCallbackReached);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &FetchTokenDialog::onLoadingChanged);
    connect(m_page, &QWebEnginePage::certificateError, this, &FetchTokenDialog::onCertificateError);
    connect(m_page, &QWebEnginePage::urlChanged, this, &FetchTokenDialog::onUrlChanged);
    connect(m_page, &QWebEnginePage::loadProgress, m_ui->progressBar, &QProgressBar::setValue);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &FetchTokenDialog::retry);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FetchTokenDialog::reject);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    onUrlChanged(authorizeUrl);
}

FetchTokenDialog::~FetchTokenDialog()
{
    // A page must be deleted before its profile.
    delete m_page;
}

QWebEnginePage *FetchTokenDialog::page() const
{
    return m_page;
}

void FetchTokenDialog::start()
{
    qCInfo(lcWebView).noquote() << "Opening the authorize page" << HttpTransport::redacted(m_authorizeUrl);
    hideLoadError();
    m_page->load(m_authorizeUrl);
}

void FetchTokenDialog::retry()
{
    if (m_phase != Phase::Browsing)
        return;
    start();
}

void FetchTokenDialog::showExchanging()
{
    m_phase = Phase::Exchanging;
    hideLoadError();
    m_page->triggerAction(QWebEnginePage::Stop);
    m_ui->webView->setEnabled(false);
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Lightspeed accepted the login. Storing the tokens and loading the account…"));
    m_ui->statusLabel->setVisible(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void FetchTokenDialog::finish(bool success)
{
    m_phase = Phase::Finished;
    done(success ? QDialog::Accepted : QDialog::Rejected);
}

void FetchTokenDialog::reject()
{
    // The code may already be traded for tokens; closing now would hide the outcome.
    if (m_phase == Phase::Exchanging)
        return;
    if (m_phase == Phase::Browsing) {
        m_phase = Phase::Finished;
        qCInfo(lcWebView) << "Fetch Token was cancelled";
        Q_EMIT cancelled();
    }
    QDialog::reject();
}

QString FetchTokenDialog::loadError() const
{
    return m_ui->errorFrame->isVisible() ? m_ui->errorText->text() : QString();
}

void FetchTokenDialog::onCallbackReached(const QUrl &url)
{
    // The page and the interceptor may both report one redirect; only the first one counts.
    if (m_phase != Phase::Browsing)
        return;

    const OAuthCallback callback = OAuthCallback::parse(url, m_redirectUri, m_expectedState);
    switch (callback.kind()) {
    case OAuthCallback::Kind::NotCallback:
        return;
    case OAuthCallback::Kind::Code:
        qCInfo(lcWebView) << "Lightspeed returned an authorization code";
        showExchanging();
        Q_EMIT codeReceived(callback.code());
        return;
    case OAuthCallback::Kind::Error:
        qCWarning(lcWebView).noquote() << "Lightspeed returned the authorization error" << callback.error();
        break;
    case OAuthCallback::Kind::Rejected:
        qCWarning(lcWebView) << "Rejected a callback to the Redirect URI:" << rejectionName(callback.rejection());
        break;
    }
    m_phase = Phase::Finished;
    m_page->triggerAction(QWebEnginePage::Stop);
    Q_EMIT authorizationFailed(callback.message());
}

void FetchTokenDialog::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        m_certificateProblem.clear();
        m_ui->progressBar->setValue(0);
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        hideLoadError();
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        return;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        break;
    }
    if (m_phase != Phase::Browsing)
        return;

    qCWarning(lcWebView).noquote() << "Could not load" << HttpTransport::redacted(info.url()) << ":"
                                   << info.errorString() << info.errorCode();
    showLoadError(PageLoadFailure::message(info.url(), info.errorCode(), info.errorString(), m_certificateProblem));
}

void FetchTokenDialog::onCertificateError(const QWebEngineCertificateError &error)
{
    // Never accepted: a login page with a bad certificate may be an impostor.
    m_certificateProblem = error.description();
    qCWarning(lcWebView).noquote() << "Rejected the TLS certificate of" << HttpTransport::redacted(error.url()) << ":"
                                   << m_certificateProblem;
    QWebEngineCertificateError rejected = error;
    rejected.rejectCertificate();
}

void FetchTokenDialog::onUrlChanged(const QUrl &url)
{
    // Only the site is shown: the rest of the address can carry one-time values.
    const QUrl site = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    m_ui->addressEdit->setText(site.toString());
    m_ui->addressEdit->setCursorPosition(0);
}

void FetchTokenDialog::showLoadError(const QString &message)
{
    m_ui->errorText->setText(message);
    m_ui->errorFrame->setAccessibleDescription(message);
    m_ui->errorFrame->setVisible(true);
    m_ui->retryButton->setFocus();
}

void FetchTokenDialog::hideLoadError()
{
    m_ui->errorText->clear();
    m_ui->errorFrame->setVisible(false);
}

} // namespace posbridge
