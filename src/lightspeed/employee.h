#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace posbridge {

/** @brief A Lightspeed employee, recorded on writes that take one. */
struct Employee
{
    qint64 employeeId = 0;
    QString firstName;
    QString lastName;
    bool archived = false;
    bool lockOut = false;

    /** @brief "First Last", or whichever part is present. */
    [[nodiscard]] QString fullName() const;

    static Result<Employee> fromJson(const QJsonObject &record);
};

} // namespace posbridge
