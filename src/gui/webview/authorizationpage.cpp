#include "gui/webview/authorizationpage.h"

#include "gui/logging.h"
#include "lightspeed/httptransport.h"

#include <QDesktopServices>
#include <QWebEngineNewWindowRequest>

namespace posbridge {

AuthorizationPage::AuthorizationPage(QWebEngineProfile *profile, NavigationPolicy policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(std::move(policy))
{
    connect(this, &QWebEnginePage::newWindowRequested, this, &AuthorizationPage::onNewWindowRequested);
}

AuthorizationPage::~AuthorizationPage() = default;

bool AuthorizationPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    switch (m_policy.decide(url, type == NavigationTypeLinkClicked, isMainFrame)) {
    case NavigationPolicy::Decision::Load:
        return true;
    case NavigationPolicy::Decision::Callback:
        qCInfo(lcWebView).noquote() << "Caught the navigation to the Redirect URI" << HttpTransport::redacted(url);
        // Queued, so that receivers may stop or close the page once the refused navigation is over.
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT callbackReached(url); }, Qt::QueuedConnection);
        return false;
    case NavigationPolicy::Decision::Block:
        qCWarning(lcWebView).noquote() << "Blocked a frame's navigation to the Redirect URI";
        return false;
    case NavigationPolicy::Decision::OpenExternally:
        openExternally(url);
        return false;
    }
    return false;
}

QWebEnginePage *AuthorizationPage::createWindow(WebWindowType type)
{
    // No window opens inside the app; newWindowRequested() hands the address to the system browser.
    Q_UNUSED(type)
    return nullptr;
}

void AuthorizationPage::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    if (m_policy.decideNewWindow(url) == NavigationPolicy::Decision::OpenExternally) {
        openExternally(url);
        return;
    }
    qCWarning(lcWebView).noquote() << "Blocked a window opened on" << HttpTransport::redacted(url);
}

void AuthorizationPage::openExternally(const QUrl &url)
{
    qCInfo(lcWebView).noquote() << "Opening" << HttpTransport::redacted(url) << "in the system browser";
    if (!QDesktopServices::openUrl(url))
        qCWarning(lcWebView).noquote() << "The system browser did not open" << HttpTransport::redacted(url);
    Q_EMIT openedExternally(url);
}

} // namespace posbridge
