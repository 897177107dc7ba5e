#pragma once

#include "core/error.h"
#include "core/integrationsettings.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <optional>

namespace posbridge {

/** @brief The secrets kept for each company. */
enum class SecretKind
{
    ClientSecret,
    AccessToken,
    RefreshToken,
};

/**
 * @brief Names one secret: the database's UUID, the company and the kind.
 *
 * The UUID keeps a demo or test database from reading or overwriting the secrets of
 * another database that uses the same company IDs.
 */
struct SecretKey
{
    QString databaseUuid;
    qint64 companyId = 0;
    SecretKind kind = SecretKind::ClientSecret;

    /** @brief Account name used in the keychain, such as "<uuid>/company-3/refresh-token". */
    [[nodiscard]] QString toString() const;
    bool operator==(const SecretKey &) const = default;
};

/** @brief One change of a batch: a new value, or std::nullopt to delete the entry. */
struct SecretChange
{
    SecretKey key;
    std::optional<QString> value;
};

/**
 * @brief Asynchronous access to secrets, safe to call from any thread.
 *
 * Results arrive through QFuture. Worker threads may wait on them; the GUI thread attaches
 * a continuation instead. A missing entry reads as std::nullopt, not as an error.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    /** @brief Keychain service name under which every entry of the app is stored. */
    static QString serviceName();

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual QFuture<Result<std::optional<QString>>> read(const SecretKey &key) = 0;
    virtual QFuture<VoidResult> write(const SecretKey &key, const QString &value) = 0;
    virtual QFuture<VoidResult> remove(const SecretKey &key) = 0;

    /**
     * @brief Applies the changes in order; when one fails, restores the entries already changed.
     *
     * The result is the first failure, or success when every change was applied.
     */
    virtual QFuture<VoidResult> apply(const QList<SecretChange> &changes) = 0;

    /** @brief Reads the three secrets of a company; missing ones are empty. */
    virtual QFuture<Result<IntegrationSecrets>> readCompany(const QString &databaseUuid, qint64 companyId) = 0;

    /** @brief Deletes the three secrets of a company; entries already missing are not an error. */
    QFuture<VoidResult> removeCompany(const QString &databaseUuid, qint64 companyId);
};

/** @brief The three keys of one company. */
QList<SecretKey> companySecretKeys(const QString &databaseUuid, qint64 companyId);

} // namespace posbridge
