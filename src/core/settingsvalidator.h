#pragma once

#include "core/integrationsettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace posbridge {

/** @brief A field of the Lightspeed settings form, for attaching validation messages. */
enum class SettingsField
{
    PosEnabled,
    ClientId,
    ClientSecret,
    AccountId,
    ShopName,
    EmployeeId,
    RedirectUri,
    ReturnsWarehouse,
    OrderDownload,
    InventoryUpload,
    SellingWarehouse,
    SkuMatchingOrder,
    SafetyBuffer,
    Intervals,
    HistoryRetention,
    AuthorizeUrl,
    TokenUrl,
    RevokeUrl,
    ApiBaseUrl,
    Scopes,
};

/** @brief What the validator needs to know beyond the stored settings. */
struct ValidationContext
{
    QString clientSecret;       ///< as typed in the form or read from the keychain
    bool connected = false;     ///< an access and a refresh token are stored
    QSet<qint64> warehouseIds;  ///< the company's warehouses
    QStringList knownShopNames; ///< the account's shops once connected; empty before
};

/** @brief Translated reasons keyed by the field they belong to; empty when the settings are valid. */
using ValidationIssues = QMap<SettingsField, QString>;

/** @brief The rules of the General Settings form: formats, lengths, and what each switch requires. */
class SettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)

public:
    static constexpr int MAX_CLIENT_ID_LENGTH = 256;
    static constexpr int MAX_CLIENT_SECRET_LENGTH = 512;
    static constexpr int MAX_ACCOUNT_ID_DIGITS = 18;
    static constexpr int MAX_NAME_LENGTH = 255;
    static constexpr int MIN_INTERVAL_SECONDS = 10;
    static constexpr int MAX_INTERVAL_SECONDS = 7 * 86400;

    /** @brief Checks every field and returns the issues found. */
    static ValidationIssues validate(const IntegrationSettings &settings, const ValidationContext &context);

    /** @brief Checks the fields Fetch Token needs: Client ID, Client Secret, Redirect URI and endpoints. */
    static ValidationIssues validateForFetchToken(const IntegrationSettings &settings, const QString &clientSecret);

private:
    static void checkIdentity(const IntegrationSettings &settings, const ValidationContext &context,
                              ValidationIssues &issues);
    static void checkSwitches(const IntegrationSettings &settings, const ValidationContext &context,
                              ValidationIssues &issues);
    static void checkSyncOptions(const IntegrationSettings &settings, const ValidationContext &context,
                                 ValidationIssues &issues);
    static void checkEndpoints(const IntegrationSettings &settings, ValidationIssues &issues);
};

} // namespace posbridge
