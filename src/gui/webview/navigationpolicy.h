#pragma once

#include <QUrl>

namespace posbridge {

/**
 * @brief Decides what the Fetch Token browser does with a navigation.
 *
 * The browser stays on the authorize site: a link that the admin clicks to another site
 * opens in the system browser. A navigation to the Redirect URI is never loaded, since it
 * carries the authorization code; in the main frame it ends the authorization.
 */
class NavigationPolicy
{
public:
    enum class Decision
    {
        Load,           ///< let the browser load it
        Callback,       ///< the Redirect URI in the main frame: parse it and stop
        Block,          ///< the Redirect URI in a frame: never load it and ignore it
        OpenExternally, ///< a link to another site: hand it to the system browser
    };

    NavigationPolicy(QUrl authorizeUrl, QUrl redirectUri);

    /** @brief Decides for one navigation; linkClicked is true when the admin followed a link. */
    [[nodiscard]] Decision decide(const QUrl &url, bool linkClicked, bool isMainFrame) const;
    /** @brief Decides for a popup or new window that a page asked for; it never opens inside the app. */
    [[nodiscard]] Decision decideNewWindow(const QUrl &url) const;

    /** @brief True when url points at the Redirect URI (scheme, host, port and path). */
    [[nodiscard]] bool isRedirectUri(const QUrl &url) const;
    /** @brief True when url has the scheme, host and port of the authorize URL. */
    [[nodiscard]] bool isAuthorizeSite(const QUrl &url) const;

    [[nodiscard]] const QUrl &authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] const QUrl &redirectUri() const { return m_redirectUri; }

private:
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
};

} // namespace posbridge
