#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace posbridge {

/**
 * @brief A Lightspeed customer, as loaded through a sale's Customer relation or the Customer resource.
 *
 * Named apart from the back office's own Customer (core/order.h), which the sync layer maps it to.
 */
struct LightspeedCustomer
{
    qint64 customerId = 0;
    QString firstName;
    QString lastName;
    QString company;
    QString email; ///< the first address of Contact.Emails, when loaded

    [[nodiscard]] QString fullName() const;

    static Result<LightspeedCustomer> fromJson(const QJsonObject &record);
};

} // namespace posbridge
