#include "storage/settingsrepository.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
};

const QString COLUMNS = QStringLiteral(
    "company_id, pos_enabled, client_id, account_id, shop_name, shop_id, employee_id, employee_name, redirect_uri, "
    "token_received_at, returns_warehouse_id, order_download_enabled, inventory_upload_enabled, selling_warehouse_id, "
    "sku_matching_order, safety_buffer, order_download_interval_s, inventory_upload_interval_s, posting_interval_s, "
    "reconciliation_interval_s, history_retention_days, authorize_url, token_url, revoke_url, api_base_url, scopes");

IntegrationSettings fromRecord(const QSqlQuery &query)
{
    IntegrationSettings s;
    int i = 0;
    s.companyId = query.value(i++).toLongLong();
    s.posEnabled = query.value(i++).toInt() != 0;
    s.clientId = query.value(i++).toString();
    s.accountId = query.value(i++).toString();
    s.shopName = query.value(i++).toString();
    s.shopId = query.value(i++).toLongLong();
    s.employeeId = query.value(i++).toString();
    s.employeeName = query.value(i++).toString();
    s.redirectUri = query.value(i++).toString();
    const QVariant received = query.value(i++);
    s.tokenReceivedOn =
        received.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(received.toLongLong(), Qt::UTC);
    s.returnsWarehouseId = query.value(i++).toLongLong();
    s.orderDownloadEnabled = query.value(i++).toInt() != 0;
    s.inventoryUploadEnabled = query.value(i++).toInt() != 0;
    s.sellingWarehouseId = query.value(i++).toLongLong();
    s.skuMatchingOrder = skuMatchingOrderFromString(query.value(i++).toString());
    s.safetyBuffer = Decimal::fromUnits(query.value(i++).toLongLong());
    s.orderDownloadIntervalSeconds = query.value(i++).toInt();
    s.inventoryUploadIntervalSeconds = query.value(i++).toInt();
    s.postingIntervalSeconds = query.value(i++).toInt();
    s.reconciliationIntervalSeconds = query.value(i++).toInt();
    s.historyRetentionDays = query.value(i++).toInt();
    s.authorizeUrl = query.value(i++).toString();
    s.tokenUrl = query.value(i++).toString();
    s.revokeUrl = query.value(i++).toString();
    s.apiBaseUrl = query.value(i++).toString();
    s.scopes = query.value(i++).toString().split(u' ', Qt::SkipEmptyParts);
    return s;
}

} // namespace

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<IntegrationSettings> SettingsRepository::load(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM integration_settings WHERE company_id = :company").arg(COLUMNS));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the Lightspeed settings"));
    if (!query.next()) {
        IntegrationSettings defaults;
        defaults.companyId = companyId;
        return defaults;
    }
    return fromRecord(query);
}

Result<QList<IntegrationSettings>> SettingsRepository::listEnabled() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM integration_settings WHERE pos_enabled = 1 "
                                   "ORDER BY company_id")
                        .arg(COLUMNS)))
        return sqlError(query, Messages::tr("read the Lightspeed settings"));
    QList<IntegrationSettings> list;
    while (query.next())
        list << fromRecord(query);
    return list;
}

VoidResult SettingsRepository::save(const IntegrationSettings &s)
{
    QStringList placeholders;
    const QStringList columns = COLUMNS.split(QStringLiteral(", "));
    QStringList updates;
    for (const QString &column : columns) {
        placeholders << u':' + column;
        if (column != u"company_id")
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    updates << QStringLiteral("updated_at = excluded.updated_at");

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO integration_settings (%1, updated_at) VALUES (%2, :updated_at) "
                                 "ON CONFLICT (company_id) DO UPDATE SET %3")
                      .arg(COLUMNS, placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))));
    const QVariantList values = {
        s.companyId,
        int(s.posEnabled),
        sqlvalues::text(s.clientId.trimmed()),
        sqlvalues::text(s.accountId.trimmed()),
        sqlvalues::text(s.shopName.trimmed()),
        s.shopId,
        sqlvalues::text(s.employeeId.trimmed()),
        sqlvalues::text(s.employeeName),
        sqlvalues::text(s.redirectUri.trimmed()),
        s.tokenReceivedOn.isValid() ? QVariant(s.tokenReceivedOn.toMSecsSinceEpoch())
                                    : QVariant(QMetaType::fromType<qint64>()),
        sqlvalues::idOrNull(s.returnsWarehouseId),
        int(s.orderDownloadEnabled),
        int(s.inventoryUploadEnabled),
        sqlvalues::idOrNull(s.sellingWarehouseId),
        sqlvalues::text(skuMatchingOrderToString(s.skuMatchingOrder)),
        s.safetyBuffer.units(),
        s.orderDownloadIntervalSeconds,
        s.inventoryUploadIntervalSeconds,
        s.postingIntervalSeconds,
        s.reconciliationIntervalSeconds,
        s.historyRetentionDays,
        sqlvalues::text(s.authorizeUrl.trimmed()),
        sqlvalues::text(s.tokenUrl.trimmed()),
        sqlvalues::text(s.revokeUrl.trimmed()),
        sqlvalues::text(s.apiBaseUrl.trimmed()),
        sqlvalues::text(s.scopes.join(u' ')),
    };
    Q_ASSERT(values.size() == columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        query.bindValue(placeholders[i], values[i]);
    query.bindValue(QStringLiteral(":updated_at"), QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, Messages::tr("save the Lightspeed settings"));
    return {};
}

VoidResult SettingsRepository::setTokenReceivedOn(qint64 companyId, const QDateTime &receivedOn)
{
    auto settings = load(companyId);
    if (!settings)
        return settings.error();
    settings->tokenReceivedOn = receivedOn;
    return save(*settings);
}

} // namespace posbridge
