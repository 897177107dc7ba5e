#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace posbridge {

/**
 * @brief The one place where API failures become ErrorCode values and translated text.
 *
 * HTTP statuses map as follows: 400, 405 and 422 to InvalidInput; 401 to Unauthorized;
 * 403 to Forbidden; 404 to NotFound; 409 to Conflict; 429 to RateLimited; 408 and 5xx to
 * Http (transient); any other status to Http.
 */
class ApiErrors
{
public:
    /** @brief The ErrorCode for an HTTP status. */
    static ErrorCode codeForStatus(int status);

    /** @brief True for statuses worth retrying after a pause: 408, 429 and 5xx. */
    static bool isTransientStatus(int status);

    /** @brief True for errors worth retrying later as a whole: Network, Timeout, RateLimited, Http 0/408/5xx. */
    static bool isTransient(const Error &error);

    /**
     * @brief Builds the error for a failed HTTP status.
     *
     * serverMessage is Lightspeed's own explanation (see serverMessage()), shown to the
     * admin; detail goes to logs and history and must not contain a secret.
     */
    static Error forStatus(int status, const QString &serverMessage, const QString &detail);

    static Error network(const QString &host, const QString &reason, const QString &detail);
    static Error timeout(int seconds, const QString &detail);
    static Error malformedBody(const QString &detail);
    static Error cancelled(const QString &detail);
    /** @brief A response that breaks the API's rules, such as a next link to another host. */
    static Error unexpectedResponse(const QString &detail);
    /** @brief A request the client refused to send because of a programming error. */
    static Error internal(const QString &detail);

    /** @brief Extracts the "message" (or OAuth "error_description") of an error body; empty when there is none. */
    static QString serverMessage(const QByteArray &body);
};

} // namespace posbridge
