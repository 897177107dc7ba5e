#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace posbridge {

/** @brief A Lightspeed shop: the store a company sells through. */
struct Shop
{
    qint64 shopId = 0;
    QString name;
    QString timeZone; ///< IANA name such as "America/Montreal"; days on the dashboard are counted in it
    bool archived = false;

    static Result<Shop> fromJson(const QJsonObject &record);
};

} // namespace posbridge
