#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace posbridge {

/** @brief The product identifiers a Lightspeed item can be matched on, in the order tried. */
enum class SkuField
{
    CustomSku,
    Upc,
    Ean,
    ManufacturerSku,
    SystemSku,
};

/** @brief Lightspeed's production endpoints, the defaults of the Advanced group. */
struct LightspeedEndpoints
{
    static QString defaultAuthorizeUrl()
    {
        return QStringLiteral("https://cloud.lightspeedapp.com/auth/oauth/authorize");
    }
    static QString defaultTokenUrl() { return QStringLiteral("https://cloud.lightspeedapp.com/auth/oauth/token"); }
    static QString defaultRevokeUrl() { return QStringLiteral("https://cloud.lightspeedapp.com/auth/oauth/revoke"); }
    static QString defaultApiBaseUrl() { return QStringLiteral("https://api.lightspeedapp.com/API/V3"); }
    static QStringList defaultScopes()
    {
        return {QStringLiteral("employee:register_read"), QStringLiteral("employee:inventory")};
    }
};

/**
 * @brief The non-secret Lightspeed settings of one company, as stored in the database.
 *
 * Client Secret, Auth Token and Refresh Token are not here: they live only in the keychain.
 */
struct IntegrationSettings
{
    qint64 companyId = 0;

    // General Settings, in the order of the form.
    bool posEnabled = false;
    QString clientId;
    QString accountId;
    QString shopName;
    qint64 shopId = 0; ///< 0 until the name is resolved against the account's shops
    QString employeeId;
    QString employeeName;
    QString redirectUri;
    QDateTime tokenReceivedOn;     ///< UTC; invalid when no token was fetched
    qint64 returnsWarehouseId = 0; ///< 0 when none is chosen
    bool orderDownloadEnabled = false;
    bool inventoryUploadEnabled = false;

    // Sync options.
    qint64 sellingWarehouseId = 0;
    QList<SkuField> skuMatchingOrder = {SkuField::CustomSku, SkuField::Upc, SkuField::Ean};
    Decimal safetyBuffer;
    /** 20 s keeps a sale's way to the back office under 30 s (p95) while idle polling costs
        under a tenth of Lightspeed's drip rate; bench/README.md has the measurements. */
    int orderDownloadIntervalSeconds = 20;
    int inventoryUploadIntervalSeconds = 300;
    int postingIntervalSeconds = 900;
    int reconciliationIntervalSeconds = 86400;
    int historyRetentionDays = 180;

    // Advanced.
    QString authorizeUrl = LightspeedEndpoints::defaultAuthorizeUrl();
    QString tokenUrl = LightspeedEndpoints::defaultTokenUrl();
    QString revokeUrl = LightspeedEndpoints::defaultRevokeUrl();
    QString apiBaseUrl = LightspeedEndpoints::defaultApiBaseUrl();
    QStringList scopes = LightspeedEndpoints::defaultScopes();

    bool operator==(const IntegrationSettings &) const = default;
};

/** @brief The secret part of a company's settings, kept only in the keychain. */
struct IntegrationSecrets
{
    QString clientSecret;
    QString accessToken;
    QString refreshToken;

    [[nodiscard]] bool hasTokens() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
    bool operator==(const IntegrationSecrets &) const = default;
};

/** @brief Stable text names of SkuField values, used in storage and CSV files. */
QString skuFieldKey(SkuField field);
std::optional<SkuField> skuFieldFromKey(QStringView key);
QString skuMatchingOrderToString(const QList<SkuField> &order);
QList<SkuField> skuMatchingOrderFromString(QStringView text);

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::IntegrationSettings)
Q_DECLARE_METATYPE(posbridge::IntegrationSecrets)
