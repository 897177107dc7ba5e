#include "secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QFuture>

namespace posbridge {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::setAvailable(bool available)
{
    QMutexLocker locker(&m_mutex);
    m_available = available;
}

void MemorySecretStore::failNextWriteOf(const SecretKey &key)
{
    QMutexLocker locker(&m_mutex);
    m_failingKey = key.toString();
}

int MemorySecretStore::entryCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

int MemorySecretStore::writeCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_writes;
}

Error MemorySecretStore::unavailableError() const
{
    return makeError(ErrorCode::KeychainUnavailable,
                     QCoreApplication::translate("KeychainSecretStore",
                                                 "No keychain service is available, so the Client Secret and tokens "
                                                 "cannot be stored. Start a Secret Service such as GNOME Keyring or "
                                                 "KWallet, then try again."),
                     QStringLiteral("memory store switched off"));
}

Result<std::optional<QString>> MemorySecretStore::readNow(const SecretKey &key) const
{
    QMutexLocker locker(&m_mutex);
    if (!m_available)
        return unavailableError();
    const auto it = m_entries.constFind(key.toString());
    if (it == m_entries.constEnd())
        return std::optional<QString>();
    return std::optional<QString>(it.value());
}

VoidResult MemorySecretStore::setNow(const SecretKey &key, const std::optional<QString> &value)
{
    QMutexLocker locker(&m_mutex);
    if (!m_available)
        return unavailableError();
    if (value && m_failingKey == key.toString()) {
        m_failingKey.clear();
        return makeError(ErrorCode::Keychain, QStringLiteral("injected write failure"));
    }
    if (value) {
        m_entries.insert(key.toString(), *value);
        ++m_writes;
    } else {
        m_entries.remove(key.toString());
    }
    return {};
}

QFuture<Result<std::optional<QString>>> MemorySecretStore::read(const SecretKey &key)
{
    return QtFuture::makeReadyFuture(readNow(key));
}

QFuture<VoidResult> MemorySecretStore::write(const SecretKey &key, const QString &value)
{
    return QtFuture::makeReadyFuture(setNow(key, value));
}

QFuture<VoidResult> MemorySecretStore::remove(const SecretKey &key)
{
    return QtFuture::makeReadyFuture(setNow(key, std::nullopt));
}

QFuture<VoidResult> MemorySecretStore::apply(const QList<SecretChange> &changes)
{
    QList<std::optional<QString>> previous;
    for (const SecretChange &change : changes) {
        auto value = readNow(change.key);
        if (!value)
            return QtFuture::makeReadyFuture(VoidResult(value.error()));
        previous << value.value();
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        VoidResult result = setNow(changes[i].key, changes[i].value);
        if (result.ok())
            continue;
        for (qsizetype j = i - 1; j >= 0; --j)
            (void)setNow(changes[j].key, previous[j]);
        return QtFuture::makeReadyFuture(result);
    }
    return QtFuture::makeReadyFuture(VoidResult());
}

QFuture<Result<IntegrationSecrets>> MemorySecretStore::readCompany(const QString &databaseUuid, qint64 companyId)
{
    const QList<SecretKey> keys = companySecretKeys(databaseUuid, companyId);
    IntegrationSecrets secrets;
    QString *targets[] = {&secrets.clientSecret, &secrets.accessToken, &secrets.refreshToken};
    for (int i = 0; i < 3; ++i) {
        auto value = readNow(keys[i]);
        if (!value)
            return QtFuture::makeReadyFuture(Result<IntegrationSecrets>(value.error()));
        *targets[i] = value.value().value_or(QString());
    }
    return QtFuture::makeReadyFuture(Result<IntegrationSecrets>(secrets));
}

} // namespace posbridge
