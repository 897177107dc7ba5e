#include "core/settingsvalidator.h"

#include "core/urlrules.h"

#include <QRegularExpression>

namespace posbridge {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

void addIssue(ValidationIssues &issues, SettingsField field, const QString &message)
{
    if (!issues.contains(field))
        issues.insert(field, message);
}

} // namespace

ValidationIssues SettingsValidator::validate(const IntegrationSettings &settings, const ValidationContext &context)
{
    ValidationIssues issues;
    checkIdentity(settings, context, issues);
    checkSwitches(settings, context, issues);
    checkSyncOptions(settings, context, issues);
    checkEndpoints(settings, issues);
    return issues;
}

ValidationIssues SettingsValidator::validateForFetchToken(const IntegrationSettings &settings,
                                                          const QString &clientSecret)
{
    ValidationContext context;
    context.clientSecret = clientSecret;
    IntegrationSettings enabled = settings;
    enabled.posEnabled = true; // Fetch Token needs what POS Enabled needs.
    enabled.orderDownloadEnabled = false;
    enabled.inventoryUploadEnabled = false;

    ValidationIssues issues;
    checkIdentity(enabled, context, issues);
    checkEndpoints(enabled, issues);
    issues.remove(SettingsField::ShopName);
    return issues;
}

void SettingsValidator::checkIdentity(const IntegrationSettings &settings, const ValidationContext &context,
                                      ValidationIssues &issues)
{
    const QString clientId = settings.clientId.trimmed();
    if (clientId.size() > MAX_CLIENT_ID_LENGTH)
        addIssue(
            issues, SettingsField::ClientId,
            tr("Client ID is longer than %1 characters. Copy it again from Lightspeed.").arg(MAX_CLIENT_ID_LENGTH));
    else if (!clientId.isEmpty() &&
             (clientId.contains(QRegularExpression(QStringLiteral("\\s"))) || hasControlCharacters(clientId)))
        addIssue(issues, SettingsField::ClientId,
                 tr("Client ID cannot contain spaces. Copy it again from Lightspeed."));
    else if (settings.posEnabled && clientId.isEmpty())
        addIssue(issues, SettingsField::ClientId, tr("Enter the Client ID of your Lightspeed API client."));

    if (context.clientSecret.size() > MAX_CLIENT_SECRET_LENGTH)
        addIssue(issues, SettingsField::ClientSecret,
                 tr("Client Secret is longer than %1 characters. Copy it again from Lightspeed.")
                     .arg(MAX_CLIENT_SECRET_LENGTH));
    else if (hasControlCharacters(context.clientSecret))
        addIssue(issues, SettingsField::ClientSecret,
                 tr("Client Secret contains control characters. Copy it again from Lightspeed."));
    else if (settings.posEnabled && isBlank(context.clientSecret))
        addIssue(issues, SettingsField::ClientSecret, tr("Enter the Client Secret of your Lightspeed API client."));

    const QString accountId = settings.accountId.trimmed();
    if (!accountId.isEmpty() && !isDigits(accountId))
        addIssue(issues, SettingsField::AccountId, tr("AccountID contains only digits, for example 123456."));
    else if (accountId.size() > MAX_ACCOUNT_ID_DIGITS)
        addIssue(issues, SettingsField::AccountId,
                 tr("AccountID has more than %1 digits. Check the number in Lightspeed.").arg(MAX_ACCOUNT_ID_DIGITS));

    const QString employeeId = settings.employeeId.trimmed();
    if (!employeeId.isEmpty() && (!isDigits(employeeId) || employeeId.size() > MAX_ACCOUNT_ID_DIGITS))
        addIssue(issues, SettingsField::EmployeeId, tr("Lightspeed EmployeeID contains only digits, for example 1."));

    const QString shopName = settings.shopName.trimmed();
    if (shopName.size() > MAX_NAME_LENGTH)
        addIssue(issues, SettingsField::ShopName, tr("Shop Name is longer than %1 characters.").arg(MAX_NAME_LENGTH));
    else if (hasControlCharacters(shopName))
        addIssue(issues, SettingsField::ShopName, tr("Shop Name contains control characters."));
    else if (!shopName.isEmpty() && !context.knownShopNames.isEmpty()) {
        const bool known =
            std::any_of(context.knownShopNames.cbegin(), context.knownShopNames.cend(),
                        [&](const QString &name) { return name.compare(shopName, Qt::CaseInsensitive) == 0; });
        if (!known)
            addIssue(issues, SettingsField::ShopName,
                     tr("The Lightspeed account has no shop named “%1”. Pick one from the list.").arg(shopName));
    }

    const QString redirectUri = settings.redirectUri.trimmed();
    if (!redirectUri.isEmpty()) {
        const QString problem = checkSecureUrl(redirectUri);
        if (!problem.isEmpty())
            addIssue(issues, SettingsField::RedirectUri, problem);
    } else if (settings.posEnabled) {
        addIssue(issues, SettingsField::RedirectUri,
                 tr("Enter the Redirect URI registered for your Lightspeed API client."));
    }
}

void SettingsValidator::checkSwitches(const IntegrationSettings &settings, const ValidationContext &context,
                                      ValidationIssues &issues)
{
    const bool returnsWarehouseKnown =
        settings.returnsWarehouseId != 0 && context.warehouseIds.contains(settings.returnsWarehouseId);
    const bool sellingWarehouseKnown =
        settings.sellingWarehouseId != 0 && context.warehouseIds.contains(settings.sellingWarehouseId);

    if (settings.returnsWarehouseId != 0 && !returnsWarehouseKnown)
        addIssue(issues, SettingsField::ReturnsWarehouse, tr("The chosen warehouse no longer exists. Choose another."));
    if (settings.sellingWarehouseId != 0 && !sellingWarehouseKnown)
        addIssue(issues, SettingsField::SellingWarehouse, tr("The chosen warehouse no longer exists. Choose another."));

    const bool hasShop = !settings.shopName.trimmed().isEmpty();

    if (settings.orderDownloadEnabled) {
        if (!context.connected)
            addIssue(issues, SettingsField::OrderDownload,
                     tr("Order download needs a connection: use Actions › Fetch Token first."));
        else if (!hasShop)
            addIssue(issues, SettingsField::ShopName, tr("Order download needs the shop whose sales to download."));
        if (settings.returnsWarehouseId == 0)
            addIssue(issues, SettingsField::ReturnsWarehouse,
                     tr("Order download needs a Returns Warehouse for returned stock."));
    }

    if (settings.inventoryUploadEnabled) {
        if (!context.connected)
            addIssue(issues, SettingsField::InventoryUpload,
                     tr("Inventory upload needs a connection: use Actions › Fetch Token first."));
        else if (!hasShop)
            addIssue(issues, SettingsField::ShopName, tr("Inventory upload needs the shop whose stock to update."));
        if (settings.sellingWarehouseId == 0)
            addIssue(issues, SettingsField::SellingWarehouse,
                     tr("Inventory upload needs a Selling Warehouse whose stock is published."));
    }
}

void SettingsValidator::checkSyncOptions(const IntegrationSettings &settings, const ValidationContext &,
                                         ValidationIssues &issues)
{
    if (settings.skuMatchingOrder.isEmpty())
        addIssue(issues, SettingsField::SkuMatchingOrder, tr("Choose at least one identifier to match products on."));
    if (settings.safetyBuffer.isNegative())
        addIssue(issues, SettingsField::SafetyBuffer, tr("The safety buffer cannot be negative."));
    if (!settings.safetyBuffer.isInteger())
        addIssue(issues, SettingsField::SafetyBuffer, tr("The safety buffer is a whole number of units."));

    const int intervals[] = {settings.orderDownloadIntervalSeconds, settings.inventoryUploadIntervalSeconds,
                             settings.postingIntervalSeconds, settings.reconciliationIntervalSeconds};
    for (int seconds : intervals) {
        if (seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS) {
            addIssue(issues, SettingsField::Intervals,
                     tr("Intervals must be between %1 seconds and %2 days.")
                         .arg(MIN_INTERVAL_SECONDS)
                         .arg(MAX_INTERVAL_SECONDS / 86400));
            break;
        }
    }
    if (settings.historyRetentionDays < 1 || settings.historyRetentionDays > 3650)
        addIssue(issues, SettingsField::HistoryRetention, tr("Keep history between 1 and 3650 days."));
}

void SettingsValidator::checkEndpoints(const IntegrationSettings &settings, ValidationIssues &issues)
{
    const std::pair<SettingsField, QString> urls[] = {
        {SettingsField::AuthorizeUrl, settings.authorizeUrl},
        {SettingsField::TokenUrl, settings.tokenUrl},
        {SettingsField::RevokeUrl, settings.revokeUrl},
        {SettingsField::ApiBaseUrl, settings.apiBaseUrl},
    };
    for (const auto &[field, url] : urls) {
        if (isBlank(url)) {
            addIssue(issues, field, tr("Enter a URL, or restore the default."));
            continue;
        }
        const QString problem = checkSecureUrl(url);
        if (!problem.isEmpty())
            addIssue(issues, field, problem);
    }

    static const QRegularExpression scopePattern(QStringLiteral("^employee:[a-z_]+$"));
    if (settings.scopes.isEmpty())
        addIssue(issues, SettingsField::Scopes, tr("Request at least one scope, for example employee:register_read."));
    for (const QString &scope : settings.scopes) {
        if (!scopePattern.match(scope).hasMatch()) {
            addIssue(issues, SettingsField::Scopes,
                     tr("“%1” is not a Lightspeed scope: scopes look like employee:inventory.").arg(scope));
            break;
        }
    }
}

} // namespace posbridge
