#include "secrets/keychainsecretstore.h"

#include "secrets/logging.h"

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace posbridge {

namespace {

using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
using DoneCallback = std::function<void(VoidResult)>;

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

Error keychainError(QKeychain::Error code, const QString &jobText, const SecretKey &key, const char *action)
{
    const QString detail = QStringLiteral("%1 %2: QKeychain error %3: %4")
                               .arg(QLatin1String(action), key.toString())
                               .arg(int(code))
                               .arg(jobText);
    qCWarning(lcSecrets).noquote() << "Keychain failure:" << detail;
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(
            ErrorCode::KeychainDenied,
            Messages::tr("The keychain denied access to the Lightspeed secrets. Unlock the keychain (for example "
                         "your login keyring) and try again."),
            detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return makeError(
            ErrorCode::KeychainUnavailable,
            Messages::tr("No keychain service is available, so the Client Secret and tokens cannot be stored. Start "
                         "a Secret Service such as GNOME Keyring or KWallet, then try again."),
            detail);
    default:
        return makeError(ErrorCode::Keychain, Messages::tr("The keychain reported an error: %1").arg(jobText), detail);
    }
}

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void finish(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

/** Runs QtKeychain jobs on the store's thread and chains them for batches. */
class KeychainWorker final : public QObject
{
public:
    void read(const SecretKey &key, ReadCallback done)
    {
        auto *job = new QKeychain::ReadPasswordJob(SecretStore::serviceName(), this);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key.toString());
        connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (readJob->error() == QKeychain::NoError)
                done(std::optional<QString>(readJob->textData()));
            else if (readJob->error() == QKeychain::EntryNotFound)
                done(std::optional<QString>());
            else
                done(keychainError(readJob->error(), readJob->errorString(), key, "read"));
        });
        job->start();
    }

    void write(const SecretKey &key, const QString &value, DoneCallback done)
    {
        auto *job = new QKeychain::WritePasswordJob(SecretStore::serviceName(), this);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key.toString());
        job->setTextData(value);
        connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError)
                done({});
            else
                done(keychainError(finished->error(), finished->errorString(), key, "write"));
        });
        job->start();
    }

    void remove(const SecretKey &key, DoneCallback done)
    {
        auto *job = new QKeychain::DeletePasswordJob(SecretStore::serviceName(), this);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key.toString());
        connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
                done({});
            else
                done(keychainError(finished->error(), finished->errorString(), key, "delete"));
        });
        job->start();
    }

    void set(const SecretKey &key, const std::optional<QString> &value, DoneCallback done)
    {
        if (value)
            write(key, *value, std::move(done));
        else
            remove(key, std::move(done));
    }

    /** Reads the previous values, applies the changes in order, and undoes them on the first failure. */
    void apply(QList<SecretChange> changes, DoneCallback done)
    {
        auto previous = std::make_shared<QList<std::optional<QString>>>();
        readPrevious(std::move(changes), previous, std::move(done));
    }

private:
    void readPrevious(QList<SecretChange> changes, std::shared_ptr<QList<std::optional<QString>>> previous,
                      DoneCallback done)
    {
        const qsizetype index = previous->size();
        if (index == changes.size()) {
            applyFrom(std::move(changes), std::move(previous), 0, std::move(done));
            return;
        }
        const SecretKey key = changes[index].key;
        read(key, [this, changes = std::move(changes), previous, done = std::move(done)](auto result) mutable {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            previous->append(result.value());
            readPrevious(std::move(changes), std::move(previous), std::move(done));
        });
    }

    void applyFrom(QList<SecretChange> changes, std::shared_ptr<QList<std::optional<QString>>> previous,
                   qsizetype index, DoneCallback done)
    {
        if (index == changes.size()) {
            done({});
            return;
        }
        const SecretChange change = changes[index];
        set(change.key, change.value,
            [this, changes = std::move(changes), previous, index, done = std::move(done)](VoidResult result) mutable {
                if (result.ok()) {
                    applyFrom(std::move(changes), std::move(previous), index + 1, std::move(done));
                    return;
                }
                undo(changes, previous, index - 1, [result, done = std::move(done)] { done(result); });
            });
    }

    void undo(const QList<SecretChange> &changes, std::shared_ptr<QList<std::optional<QString>>> previous,
              qsizetype index, std::function<void()> done)
    {
        if (index < 0) {
            done();
            return;
        }
        const SecretKey key = changes[index].key;
        set(key, previous->at(index), [this, changes, previous, index, done = std::move(done), key](VoidResult result) {
            if (!result.ok())
                qCWarning(lcSecrets).noquote() << "Could not restore" << key.toString() << "after a failed batch";
            undo(changes, previous, index - 1, done);
        });
    }
};

namespace {

/**
 * The one thread of the process that talks to the keychain.
 *
 * libsecret caches its Secret Service connection together with the GLib main context of the
 * thread that first used it, and later calls deliver their results to that context. A second
 * keychain thread would wait forever for those results, so every store shares this thread,
 * which runs until the process exits.
 */
class KeychainThread
{
public:
    KeychainThread()
        : m_worker(new KeychainWorker)
    {
        m_thread.setObjectName(QStringLiteral("posbridge-keychain"));
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }

    ~KeychainThread()
    {
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }

    KeychainWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    KeychainWorker *m_worker;
};

KeychainWorker *sharedWorker()
{
    static KeychainThread thread;
    return thread.worker();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_worker(sharedWorker())
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QFuture<Result<std::optional<QString>>> KeychainSecretStore::read(const SecretKey &key)
{
    auto promise = startedPromise<Result<std::optional<QString>>>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, key, promise] {
        worker->read(key, [promise](Result<std::optional<QString>> result) { finish(promise, std::move(result)); });
    });
    return promise->future();
}

QFuture<VoidResult> KeychainSecretStore::write(const SecretKey &key, const QString &value)
{
    auto promise = startedPromise<VoidResult>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, key, value, promise] {
        worker->write(key, value, [promise](VoidResult result) { finish(promise, std::move(result)); });
    });
    return promise->future();
}

QFuture<VoidResult> KeychainSecretStore::remove(const SecretKey &key)
{
    auto promise = startedPromise<VoidResult>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, key, promise] {
        worker->remove(key, [promise](VoidResult result) { finish(promise, std::move(result)); });
    });
    return promise->future();
}

QFuture<VoidResult> KeychainSecretStore::apply(const QList<SecretChange> &changes)
{
    auto promise = startedPromise<VoidResult>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, changes, promise] {
        worker->apply(changes, [promise](VoidResult result) { finish(promise, std::move(result)); });
    });
    return promise->future();
}

QFuture<Result<IntegrationSecrets>> KeychainSecretStore::readCompany(const QString &databaseUuid, qint64 companyId)
{
    auto promise = startedPromise<Result<IntegrationSecrets>>();
    const QList<SecretKey> keys = companySecretKeys(databaseUuid, companyId);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, keys, promise] {
        auto secrets = std::make_shared<IntegrationSecrets>();
        worker->read(keys[0], [worker, keys, promise, secrets](auto clientSecret) {
            if (!clientSecret.ok())
                return finish(promise, Result<IntegrationSecrets>(clientSecret.error()));
            secrets->clientSecret = clientSecret.value().value_or(QString());
            worker->read(keys[1], [worker, keys, promise, secrets](auto accessToken) {
                if (!accessToken.ok())
                    return finish(promise, Result<IntegrationSecrets>(accessToken.error()));
                secrets->accessToken = accessToken.value().value_or(QString());
                worker->read(keys[2], [promise, secrets](auto refreshToken) {
                    if (!refreshToken.ok())
                        return finish(promise, Result<IntegrationSecrets>(refreshToken.error()));
                    secrets->refreshToken = refreshToken.value().value_or(QString());
                    finish(promise, Result<IntegrationSecrets>(*secrets));
                });
            });
        });
    });
    return promise->future();
}

} // namespace posbridge
