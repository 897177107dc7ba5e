#include "gui/webview/callbackinterceptor.h"

#include "gui/logging.h"

namespace posbridge {

CallbackInterceptor::CallbackInterceptor(NavigationPolicy policy, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(std::move(policy))
{
}

CallbackInterceptor::~CallbackInterceptor() = default;

void CallbackInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (!m_policy.isRedirectUri(url))
        return;

    info.block(true);
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        qCInfo(lcWebView) << "Blocked the request to the Redirect URI and read it as the callback";
        // Queued, because the network stack is in the middle of this request.
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT callbackReached(url); }, Qt::QueuedConnection);
        return;
    }
    qCWarning(lcWebView) << "Blocked a request to the Redirect URI of resource type" << info.resourceType();
}

} // namespace posbridge
