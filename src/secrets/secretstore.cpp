#include "secrets/secretstore.h"

namespace posbridge {

QString SecretStore::serviceName()
{
    return QStringLiteral("POS Bridge");
}

QString SecretKey::toString() const
{
    QString kindName;
    switch (kind) {
    case SecretKind::ClientSecret:
        kindName = QStringLiteral("client-secret");
        break;
    case SecretKind::AccessToken:
        kindName = QStringLiteral("access-token");
        break;
    case SecretKind::RefreshToken:
        kindName = QStringLiteral("refresh-token");
        break;
    }
    return QStringLiteral("%1/company-%2/%3").arg(databaseUuid).arg(companyId).arg(kindName);
}

QList<SecretKey> companySecretKeys(const QString &databaseUuid, qint64 companyId)
{
    return {
        {databaseUuid, companyId, SecretKind::ClientSecret},
        {databaseUuid, companyId, SecretKind::AccessToken},
        {databaseUuid, companyId, SecretKind::RefreshToken},
    };
}

QFuture<VoidResult> SecretStore::removeCompany(const QString &databaseUuid, qint64 companyId)
{
    QList<SecretChange> changes;
    for (const SecretKey &key : companySecretKeys(databaseUuid, companyId))
        changes.append({key, std::nullopt});
    return apply(changes);
}

} // namespace posbridge
