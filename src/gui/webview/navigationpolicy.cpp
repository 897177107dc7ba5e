#include "gui/webview/navigationpolicy.h"

#include "lightspeed/oauthcallback.h"

namespace posbridge {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

} // namespace

NavigationPolicy::NavigationPolicy(QUrl authorizeUrl, QUrl redirectUri)
    : m_authorizeUrl(std::move(authorizeUrl))
    , m_redirectUri(std::move(redirectUri))
{
}

NavigationPolicy::Decision NavigationPolicy::decide(const QUrl &url, bool linkClicked, bool isMainFrame) const
{
    if (isRedirectUri(url))
        return isMainFrame ? Decision::Callback : Decision::Block;
    // Frames (a captcha, say) and redirects may use other hosts; only the admin's own clicks leave.
    if (linkClicked && isMainFrame && !isAuthorizeSite(url))
        return Decision::OpenExternally;
    return Decision::Load;
}

NavigationPolicy::Decision NavigationPolicy::decideNewWindow(const QUrl &url) const
{
    // A window opened on the Redirect URI would hand the code to the system browser.
    if (isRedirectUri(url) || !url.isValid())
        return Decision::Block;
    return Decision::OpenExternally;
}

bool NavigationPolicy::isRedirectUri(const QUrl &url) const
{
    return OAuthCallback::matchesRedirectUri(url, m_redirectUri);
}

bool NavigationPolicy::isAuthorizeSite(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != m_authorizeUrl.scheme().toLower())
        return false;
    const int port = defaultPort(scheme);
    return url.host().compare(m_authorizeUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(port) == m_authorizeUrl.port(port);
}

} // namespace posbridge
