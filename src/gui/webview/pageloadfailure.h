#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace posbridge {

/** @brief Why the Fetch Token browser could not load a page, in words for the admin. */
class PageLoadFailure
{
    Q_DECLARE_TR_FUNCTIONS(PageLoadFailure)

public:
    /**
     * @brief Builds the message for a failed load.
     *
     * @param url the page that failed; only its scheme, host and port are shown
     * @param errorCode Chromium's net error code, such as -102 for a refused connection
     * @param errorString Chromium's name of the error, such as "net::ERR_CONNECTION_REFUSED"
     * @param certificateProblem the certificate error reported for the page, empty when there was none
     */
    static QString message(const QUrl &url, int errorCode, const QString &errorString,
                           const QString &certificateProblem = {});

    /** @brief The reason alone, such as "the server refused the connection". */
    static QString reason(int errorCode, const QString &errorString, const QString &certificateProblem = {});
};

} // namespace posbridge
