#include "lightspeed/employee.h"

#include "lightspeed/jsonrecordreader.h"

namespace posbridge {

QString Employee::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

Result<Employee> Employee::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Employee"));
    Employee employee;
    employee.employeeId = reader.requiredId(QStringLiteral("employeeID"));
    employee.firstName = reader.text(QStringLiteral("firstName"));
    employee.lastName = reader.text(QStringLiteral("lastName"));
    employee.archived = reader.flag(QStringLiteral("archived"));
    employee.lockOut = reader.flag(QStringLiteral("lockOut"));
    if (const auto error = reader.error())
        return *error;
    return employee;
}

} // namespace posbridge
