#pragma once

#include "secrets/secretstore.h"

namespace posbridge {

class KeychainWorker;

/**
 * @brief SecretStore over QtKeychain: the Secret Service on Linux, the platform keychain elsewhere.
 *
 * Keychain jobs run on one process-wide thread with an event loop, so callers on any thread,
 * including worker threads that wait for the result, get an answer even while the GUI
 * thread is busy. The insecure plaintext fallback of QtKeychain is off: when no keychain
 * service is reachable, every call fails with ErrorCode::KeychainUnavailable.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QFuture<Result<std::optional<QString>>> read(const SecretKey &key) override;
    QFuture<VoidResult> write(const SecretKey &key, const QString &value) override;
    QFuture<VoidResult> remove(const SecretKey &key) override;
    QFuture<VoidResult> apply(const QList<SecretChange> &changes) override;
    QFuture<Result<IntegrationSecrets>> readCompany(const QString &databaseUuid, qint64 companyId) override;

private:
    KeychainWorker *m_worker = nullptr;
};

} // namespace posbridge
