#pragma once

#include "core/company.h"
#include "core/error.h"
#include "core/integrationsettings.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace posbridge {

class DatabaseExecutor;
class SecretStore;

/** @brief A company's settings as the form shows them: database fields plus keychain secrets. */
struct LoadedSettings
{
    IntegrationSettings settings;
    IntegrationSecrets secrets;
    /** Set when the keychain could not be read; the settings are still valid, the secrets empty. */
    std::optional<Error> keychainError;
};

/**
 * @brief Companies, warehouses and Lightspeed settings for the GUI, without blocking its thread.
 *
 * Every call runs on the database executor's thread and returns a QFuture; the GUI attaches
 * a continuation with QFuture::then(context, …). Saving settings writes the Client Secret to
 * the keychain first and the database second, and puts the previous secret back when the
 * database write fails, so a failure leaves both as they were.
 */
class CompanyService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyService)

public:
    CompanyService(std::shared_ptr<DatabaseExecutor> executor, SecretStore *secrets, QObject *parent = nullptr);
    ~CompanyService() override;

    [[nodiscard]] QString databaseUuid() const;
    [[nodiscard]] SecretStore *secretStore() const { return m_secrets; }
    [[nodiscard]] const std::shared_ptr<DatabaseExecutor> &executor() const { return m_executor; }

    QFuture<Result<QList<Company>>> listCompanies();
    QFuture<Result<Company>> addCompany(const QString &name);
    QFuture<VoidResult> renameCompany(qint64 companyId, const QString &name);
    /** @brief Deletes the company's secrets, then the company and everything it owns. */
    QFuture<VoidResult> removeCompany(qint64 companyId);

    QFuture<Result<QList<Warehouse>>> listWarehouses(qint64 companyId);
    QFuture<Result<Warehouse>> addWarehouse(qint64 companyId, const QString &name);
    QFuture<VoidResult> renameWarehouse(qint64 warehouseId, const QString &name);
    QFuture<VoidResult> removeWarehouse(qint64 warehouseId);

    QFuture<Result<LoadedSettings>> loadSettings(qint64 companyId);
    /**
     * @brief Saves the settings; clientSecret is the new Client Secret, or std::nullopt to keep the stored one.
     *
     * An empty clientSecret deletes the stored secret.
     */
    QFuture<VoidResult> saveSettings(const IntegrationSettings &settings, std::optional<QString> clientSecret);

Q_SIGNALS:
    /** @brief Emitted after a company was added, renamed or removed. */
    void companiesChanged();
    /** @brief Emitted after a company's warehouses changed. */
    void warehousesChanged(qint64 companyId);
    /** @brief Emitted after a company's settings were saved. */
    void settingsSaved(qint64 companyId);

private:
    /** Emits a signal on this object's thread; called from the executor thread. */
    void emitLater(std::function<void()> emitter);

    std::shared_ptr<DatabaseExecutor> m_executor;
    SecretStore *m_secrets = nullptr;
};

} // namespace posbridge
