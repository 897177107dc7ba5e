#include "gui/webview/pageloadfailure.h"

namespace posbridge {

namespace {

// Chromium's net error codes (net/base/net_error_list.h); certificate errors use -200 to -299.
constexpr int ERR_TIMED_OUT = -7;
constexpr int ERR_CONNECTION_CLOSED = -100;
constexpr int ERR_CONNECTION_RESET = -101;
constexpr int ERR_CONNECTION_REFUSED = -102;
constexpr int ERR_NAME_NOT_RESOLVED = -105;
constexpr int ERR_INTERNET_DISCONNECTED = -106;
constexpr int ERR_SSL_PROTOCOL_ERROR = -107;
constexpr int ERR_ADDRESS_UNREACHABLE = -109;
constexpr int ERR_CONNECTION_TIMED_OUT = -118;
constexpr int ERR_UNSAFE_PORT = -312;
constexpr int FIRST_CERTIFICATE_ERROR = -299;
constexpr int LAST_CERTIFICATE_ERROR = -200;

} // namespace

QString PageLoadFailure::reason(int errorCode, const QString &errorString, const QString &certificateProblem)
{
    if (!certificateProblem.isEmpty() || (errorCode >= FIRST_CERTIFICATE_ERROR && errorCode <= LAST_CERTIFICATE_ERROR))
        return certificateProblem.isEmpty() ? tr("its TLS certificate is not valid")
                                            : tr("its TLS certificate is not valid: %1").arg(certificateProblem);

    switch (errorCode) {
    case ERR_CONNECTION_REFUSED:
        return tr("the server refused the connection");
    case ERR_NAME_NOT_RESOLVED:
        return tr("the host name could not be found");
    case ERR_INTERNET_DISCONNECTED:
        return tr("this computer is not connected to the internet");
    case ERR_TIMED_OUT:
    case ERR_CONNECTION_TIMED_OUT:
        return tr("the connection timed out");
    case ERR_CONNECTION_CLOSED:
    case ERR_CONNECTION_RESET:
        return tr("the server closed the connection");
    case ERR_ADDRESS_UNREACHABLE:
        return tr("the address cannot be reached from this computer");
    case ERR_SSL_PROTOCOL_ERROR:
        return tr("the secure (TLS) connection failed");
    case ERR_UNSAFE_PORT:
        return tr("the browser does not allow connections to this port");
    default:
        break;
    }
    return errorString.isEmpty() ? tr("error %1").arg(errorCode) : errorString;
}

QString PageLoadFailure::message(const QUrl &url, int errorCode, const QString &errorString,
                                 const QString &certificateProblem)
{
    const QString site =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    const QString reasonText = reason(errorCode, errorString, certificateProblem);
    // The technical name helps support; it is left out when the reason already is that name.
    const QString technical =
        errorString.isEmpty() || reasonText == errorString ? QString() : QStringLiteral(" (%1)").arg(errorString);
    return tr("Could not open the Lightspeed page at %1: %2%3. Check the Authorize URL under Advanced and this "
              "computer's connection, then click Retry.")
        .arg(site, reasonText, technical);
}

} // namespace posbridge
