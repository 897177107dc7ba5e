#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace posbridge {

/** @brief A Lightspeed account, as GET Account.json returns it. */
struct Account
{
    qint64 accountId = 0;
    QString name;

    static Result<Account> fromJson(const QJsonObject &record);
};

} // namespace posbridge
