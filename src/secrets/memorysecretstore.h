#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>

namespace posbridge {

/**
 * @brief SecretStore kept in memory, for unit tests of the layers above secrets.
 *
 * setAvailable(false) makes every call fail as a missing keychain service would.
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void setAvailable(bool available);
    /** @brief Makes the next write of key fail, to test rollback of batches. */
    void failNextWriteOf(const SecretKey &key);
    [[nodiscard]] int entryCount() const;
    /** @brief Number of writes so far, to check that a failed operation stored nothing. */
    [[nodiscard]] int writeCount() const;

    QFuture<Result<std::optional<QString>>> read(const SecretKey &key) override;
    QFuture<VoidResult> write(const SecretKey &key, const QString &value) override;
    QFuture<VoidResult> remove(const SecretKey &key) override;
    QFuture<VoidResult> apply(const QList<SecretChange> &changes) override;
    QFuture<Result<IntegrationSecrets>> readCompany(const QString &databaseUuid, qint64 companyId) override;

private:
    Result<std::optional<QString>> readNow(const SecretKey &key) const;
    VoidResult setNow(const SecretKey &key, const std::optional<QString> &value);
    [[nodiscard]] Error unavailableError() const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_entries;
    QString m_failingKey;
    bool m_available = true;
    int m_writes = 0;
};

} // namespace posbridge
