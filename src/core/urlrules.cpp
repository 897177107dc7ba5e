#include "core/urlrules.h"

#include <QCoreApplication>

namespace posbridge {

namespace {
constexpr int MAX_URL_LENGTH = 2048;

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(UrlRules)
};
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    if (host == u"::1" || host.compare(u"0:0:0:0:0:0:0:1", Qt::CaseInsensitive) == 0)
        return true;

    // 127.0.0.0/8, written as four decimal octets (QUrl normalises other IPv4 spellings).
    const QList<QStringView> octets = QStringView(host).split(u'.');
    if (octets.size() != 4 || octets[0] != u"127")
        return false;
    for (QStringView octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QString checkSecureUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > MAX_URL_LENGTH)
        return Messages::tr("The URL is longer than %1 characters.").arg(MAX_URL_LENGTH);
    if (trimmed.contains(u' '))
        return Messages::tr("The URL contains a space. Remove it or encode it as %20.");

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Messages::tr("Enter a full URL such as https://example.com/callback.");
    // The settings are stored in the database, where a password in the URL would sit in plain text.
    if (!url.userInfo().isEmpty())
        return Messages::tr("Remove the user name and password from the URL (the part before @).");
    if (url.port() == 0)
        return Messages::tr("Port 0 is not valid. Remove it or use the server's port.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Messages::tr("Use https: plain http is accepted only for this computer (localhost, 127.0.0.1 or ::1).");
    }
    return Messages::tr("The URL must start with https://.");
}

} // namespace posbridge
