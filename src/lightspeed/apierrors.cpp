#include "lightspeed/apierrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)
};

// Lightspeed's messages can be long; history and dialogs show the start of them.
constexpr qsizetype MAX_SERVER_MESSAGE = 500;

} // namespace

ErrorCode ApiErrors::codeForStatus(int status)
{
    switch (status) {
    case 400:
    case 405:
    case 422:
        return ErrorCode::InvalidInput;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 429:
        return ErrorCode::RateLimited;
    default:
        return ErrorCode::Http;
    }
}

bool ApiErrors::isTransientStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

bool ApiErrors::isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
        return true;
    case ErrorCode::Http:
        return error.httpStatus == 0 || isTransientStatus(error.httpStatus);
    default:
        return false;
    }
}

Error ApiErrors::forStatus(int status, const QString &serverMessage, const QString &detail)
{
    const QString reason = serverMessage.isEmpty() ? Messages::tr("no reason given") : serverMessage;
    QString message;
    switch (status) {
    case 400:
        message = Messages::tr("Lightspeed rejected the request as invalid: %1").arg(reason);
        break;
    case 401:
        message = Messages::tr("Lightspeed did not accept the access token: %1. If this persists, use Fetch Token.")
                      .arg(reason);
        break;
    case 403:
        message = Messages::tr(
                      "The Lightspeed token lacks the rights for this request: %1. Check the scopes under Advanced and "
                      "the authorizing employee's rights, then Fetch Token again.")
                      .arg(reason);
        break;
    case 404:
        message = Messages::tr("Lightspeed has no such record: %1").arg(reason);
        break;
    case 405:
        message = Messages::tr("Lightspeed does not allow this kind of request here: %1").arg(reason);
        break;
    case 409:
        message = Messages::tr("The record changed in Lightspeed at the same time: %1. Try again.").arg(reason);
        break;
    case 422:
        message = Messages::tr("Lightspeed rejected the data: %1").arg(reason);
        break;
    case 429:
        message = Messages::tr("Lightspeed's rate limit was reached. The app waits and tries again.");
        break;
    default:
        if (isTransientStatus(status))
            message = Messages::tr("Lightspeed had a server error (HTTP %1). The app tries again later.").arg(status);
        else
            message = Messages::tr("Lightspeed answered HTTP %1: %2").arg(status).arg(reason);
        break;
    }
    return makeError(codeForStatus(status), message, detail, status);
}

Error ApiErrors::network(const QString &host, const QString &reason, const QString &detail)
{
    return makeError(ErrorCode::Network, Messages::tr("Could not reach Lightspeed at %1: %2").arg(host, reason),
                     detail);
}

Error ApiErrors::timeout(int seconds, const QString &detail)
{
    return makeError(ErrorCode::Timeout, Messages::tr("Lightspeed did not answer within %1 seconds.").arg(seconds),
                     detail);
}

Error ApiErrors::malformedBody(const QString &detail)
{
    return makeError(ErrorCode::Http, Messages::tr("Lightspeed sent a response that is not valid JSON."), detail);
}

Error ApiErrors::cancelled(const QString &detail)
{
    return makeError(ErrorCode::Cancelled, Messages::tr("The request to Lightspeed was cancelled."), detail);
}

Error ApiErrors::unexpectedResponse(const QString &detail)
{
    return makeError(ErrorCode::Http, Messages::tr("Lightspeed sent an unexpected response. Try again later."), detail);
}

Error ApiErrors::internal(const QString &detail)
{
    return makeError(ErrorCode::Internal,
                     Messages::tr("The Lightspeed request was not sent because of an internal error."), detail);
}

QString ApiErrors::serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = object.value(QLatin1String("error_description")).toString();
    if (message.isEmpty())
        message = object.value(QLatin1String("error")).toString();
    message = message.simplified();
    if (message.size() > MAX_SERVER_MESSAGE)
        message = message.left(MAX_SERVER_MESSAGE) + QStringLiteral("…");
    return message;
}

} // namespace posbridge
