#include "lightspeed/account.h"

#include "lightspeed/jsonrecordreader.h"

namespace posbridge {

Result<Account> Account::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Account"));
    Account account;
    account.accountId = reader.requiredId(QStringLiteral("accountID"));
    account.name = reader.text(QStringLiteral("name"));
    if (const auto error = reader.error())
        return *error;
    return account;
}

} // namespace posbridge
