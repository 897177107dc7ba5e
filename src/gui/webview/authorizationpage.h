#pragma once

#include "gui/webview/navigationpolicy.h"

#include <QWebEnginePage>

namespace posbridge {

/**
 * @brief The page of the Fetch Token browser: it applies a NavigationPolicy to every navigation.
 *
 * A main-frame navigation to the Redirect URI is refused and reported through
 * callbackReached(), so the redirect is never loaded. Links that the admin clicks to other
 * sites, popups and new windows open in the system browser instead.
 */
class AuthorizationPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationPage)

public:
    AuthorizationPage(QWebEngineProfile *profile, NavigationPolicy policy, QObject *parent = nullptr);
    ~AuthorizationPage() override;

Q_SIGNALS:
    /** @brief The browser was sent to the Redirect URI; url carries the code or the error. */
    void callbackReached(const QUrl &url);
    /** @brief A link or window was handed to the system browser. */
    void openedExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);
    void openExternally(const QUrl &url);

    NavigationPolicy m_policy;
};

} // namespace posbridge
