#include "lightspeed/customer.h"

#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"

namespace posbridge {

QString Customer::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

Result<Customer> Customer::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Customer"));
    Customer customer;
    customer.customerId = reader.requiredId(QStringLiteral("customerID"));
    customer.firstName = reader.text(QStringLiteral("firstName"));
    customer.lastName = reader.text(QStringLiteral("lastName"));
    customer.company = reader.text(QStringLiteral("company"));
    if (const auto error = reader.error())
        return *error;

    const QJsonObject contact = record.value(QLatin1String("Contact")).toObject();
    const QList<QJsonObject> emails =
        LightspeedJson::relation(contact, QStringLiteral("Emails"), QStringLiteral("ContactEmail"));
    if (!emails.isEmpty())
        customer.email = LightspeedJson::toText(emails.constFirst().value(QLatin1String("address")));
    return customer;
}

} // namespace posbridge
