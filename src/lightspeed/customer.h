#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace posbridge {

/** @brief The customer of a sale, as loaded through the sale's Customer relation. */
struct Customer
{
    qint64 customerId = 0;
    QString firstName;
    QString lastName;
    QString company;
    QString email; ///< the first address of Contact.Emails, when loaded

    [[nodiscard]] QString fullName() const;

    static Result<Customer> fromJson(const QJsonObject &record);
};

} // namespace posbridge
