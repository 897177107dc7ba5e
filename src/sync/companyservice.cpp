#include "sync/companyservice.h"

#include "secrets/secretstore.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "storage/warehouserepository.h"
#include "sync/logging.h"

#include <QCoreApplication>

namespace posbridge {

CompanyService::CompanyService(std::shared_ptr<DatabaseExecutor> executor, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_executor(std::move(executor))
    , m_secrets(secrets)
{
}

CompanyService::~CompanyService()
{
    // Queued work refers to this object; let it finish before the object goes away.
    m_executor->waitForDone();
}

void CompanyService::emitLater(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

QString CompanyService::databaseUuid() const
{
    return m_executor->database()->uuid();
}

QFuture<Result<QList<Company>>> CompanyService::listCompanies()
{
    return m_executor->run([](Database &db) { return CompanyRepository(db.connection()).list(); });
}

QFuture<Result<Company>> CompanyService::addCompany(const QString &name)
{
    return m_executor->run([this, name](Database &db) {
        auto result = CompanyRepository(db.connection()).add(name);
        if (result.ok())
            emitLater([this] { Q_EMIT companiesChanged(); });
        return result;
    });
}

QFuture<VoidResult> CompanyService::renameCompany(qint64 companyId, const QString &name)
{
    return m_executor->run([this, companyId, name](Database &db) {
        auto result = CompanyRepository(db.connection()).rename(companyId, name);
        if (result.ok())
            emitLater([this] { Q_EMIT companiesChanged(); });
        return result;
    });
}

QFuture<VoidResult> CompanyService::removeCompany(qint64 companyId)
{
    SecretStore *secrets = m_secrets;
    return m_executor->run([this, companyId, secrets](Database &db) -> VoidResult {
        // Secrets first: if the keychain fails, the company stays, so no secret is left orphaned.
        VoidResult removedSecrets = secrets->removeCompany(db.uuid(), companyId).result();
        if (!removedSecrets.ok()) {
            const Error &cause = removedSecrets.error();
            return makeError(cause.code,
                             QCoreApplication::translate("CompanyService",
                                                         "The company was not removed because its secrets could not "
                                                         "be deleted from the keychain. %1")
                                 .arg(cause.message),
                             cause.detail);
        }
        auto result = CompanyRepository(db.connection()).remove(companyId);
        if (result.ok()) {
            qCInfo(lcSync) << "Removed company" << companyId << "and its secrets";
            emitLater([this] { Q_EMIT companiesChanged(); });
        }
        return result;
    });
}

QFuture<Result<QList<Warehouse>>> CompanyService::listWarehouses(qint64 companyId)
{
    return m_executor->run(
        [companyId](Database &db) { return WarehouseRepository(db.connection()).listForCompany(companyId); });
}

QFuture<Result<Warehouse>> CompanyService::addWarehouse(qint64 companyId, const QString &name)
{
    return m_executor->run([this, companyId, name](Database &db) {
        auto result = WarehouseRepository(db.connection()).add(companyId, name);
        if (result.ok())
            emitLater([this, companyId] { Q_EMIT warehousesChanged(companyId); });
        return result;
    });
}

QFuture<VoidResult> CompanyService::renameWarehouse(qint64 warehouseId, const QString &name)
{
    return m_executor->run([this, warehouseId, name](Database &db) {
        WarehouseRepository repository(db.connection());
        const auto warehouse = repository.find(warehouseId);
        if (!warehouse)
            return VoidResult(warehouse.error());
        auto result = repository.rename(warehouseId, name);
        if (result.ok())
            emitLater([this, companyId = warehouse->companyId] { Q_EMIT warehousesChanged(companyId); });
        return result;
    });
}

QFuture<VoidResult> CompanyService::removeWarehouse(qint64 warehouseId)
{
    return m_executor->run([this, warehouseId](Database &db) {
        WarehouseRepository repository(db.connection());
        const auto warehouse = repository.find(warehouseId);
        if (!warehouse)
            return VoidResult(warehouse.error());
        auto result = repository.remove(warehouseId);
        if (result.ok())
            emitLater([this, companyId = warehouse->companyId] { Q_EMIT warehousesChanged(companyId); });
        return result;
    });
}

QFuture<Result<LoadedSettings>> CompanyService::loadSettings(qint64 companyId)
{
    SecretStore *secrets = m_secrets;
    return m_executor->run([companyId, secrets](Database &db) -> Result<LoadedSettings> {
        auto settings = SettingsRepository(db.connection()).load(companyId);
        if (!settings)
            return settings.error();
        LoadedSettings loaded;
        loaded.settings = *settings;
        auto stored = secrets->readCompany(db.uuid(), companyId).result();
        if (stored.ok())
            loaded.secrets = *stored;
        else
            loaded.keychainError = stored.error();
        return loaded;
    });
}

QFuture<VoidResult> CompanyService::saveSettings(const IntegrationSettings &settings,
                                                 std::optional<QString> clientSecret)
{
    SecretStore *secrets = m_secrets;
    return m_executor->run([this, settings, clientSecret, secrets](Database &db) -> VoidResult {
        const SecretKey key{db.uuid(), settings.companyId, SecretKind::ClientSecret};
        std::optional<QString> previous;
        if (clientSecret) {
            auto current = secrets->read(key).result();
            if (!current)
                return current.error();
            previous = current.value();
            const std::optional<QString> next =
                clientSecret->isEmpty() ? std::nullopt : std::optional<QString>(*clientSecret);
            if (auto written = secrets->apply({{key, next}}).result(); !written)
                return written;
        }

        auto saved = SettingsRepository(db.connection()).save(settings);
        if (!saved) {
            if (clientSecret) {
                if (auto restored = secrets->apply({{key, previous}}).result(); !restored)
                    qCWarning(lcSync) << "Could not restore the previous Client Secret of company"
                                      << settings.companyId;
            }
            return saved;
        }

        qCInfo(lcSync) << "Saved Lightspeed settings of company" << settings.companyId;
        emitLater([this, companyId = settings.companyId] { Q_EMIT settingsSaved(companyId); });
        return {};
    });
}

} // namespace posbridge
