#pragma once

#include "gui/webview/navigationpolicy.h"

#include <QWebEngineUrlRequestInterceptor>

namespace posbridge {

/**
 * @brief Blocks every request of the Fetch Token profile to the Redirect URI.
 *
 * AuthorizationPage already refuses navigations to it; this catches the rest (a frame, an
 * image, a fetch) so that the authorization code never leaves the app. A main-frame request
 * that reaches it is reported like a callback. Qt 6 calls interceptRequest() on the GUI thread.
 */
class CallbackInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackInterceptor)

public:
    explicit CallbackInterceptor(NavigationPolicy policy, QObject *parent = nullptr);
    ~CallbackInterceptor() override;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void callbackReached(const QUrl &url);

private:
    NavigationPolicy m_policy;
};

} // namespace posbridge
