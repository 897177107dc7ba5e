#include "core/error.h"

namespace posbridge {

QString Error::toLogString() const
{
    if (detail.isEmpty())
        return message;
    return QStringLiteral("%1 (%2)").arg(message, detail);
}

Error makeError(ErrorCode code, const QString &message, const QString &detail, int httpStatus)
{
    Error error;
    error.code = code;
    error.message = message;
    error.detail = detail;
    error.httpStatus = httpStatus;
    return error;
}

} // namespace posbridge
