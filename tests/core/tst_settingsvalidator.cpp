#include "core/settingsvalidator.h"

#include <QTest>

#include <functional>

using namespace posbridge;

Q_DECLARE_METATYPE(posbridge::SettingsField)

namespace {

using Mutation = std::function<void(IntegrationSettings &, ValidationContext &)>;

constexpr qint64 RETURNS_WAREHOUSE = 11;
constexpr qint64 SELLING_WAREHOUSE = 12;

// A complete, valid configuration with both switches on; each row breaks one thing.
IntegrationSettings validSettings()
{
    IntegrationSettings s;
    s.companyId = 1;
    s.posEnabled = true;
    s.clientId = QStringLiteral("3f2c1a9b8e7d6c5b4a39281706f5e4d3");
    s.accountId = QStringLiteral("123456");
    s.shopName = QStringLiteral("Main Street");
    s.employeeId = QStringLiteral("1");
    s.redirectUri = QStringLiteral("https://backoffice.example.com/lightspeed/callback");
    s.returnsWarehouseId = RETURNS_WAREHOUSE;
    s.sellingWarehouseId = SELLING_WAREHOUSE;
    s.orderDownloadEnabled = true;
    s.inventoryUploadEnabled = true;
    return s;
}

ValidationContext validContext()
{
    ValidationContext c;
    c.clientSecret = QStringLiteral("s3cr3t-value");
    c.connected = true;
    c.warehouseIds = {RETURNS_WAREHOUSE, SELLING_WAREHOUSE};
    return c;
}

} // namespace

class TestSettingsValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validConfigurationHasNoIssues();
    void rules_data();
    void rules();
    void disabledCompanyNeedsNothing();
    void fetchTokenNeedsCredentials();
    void issueMessagesNameTheFix();
};

void TestSettingsValidator::validConfigurationHasNoIssues()
{
    const ValidationIssues issues = SettingsValidator::validate(validSettings(), validContext());
    QVERIFY2(issues.isEmpty(), qPrintable(issues.values().join(u'\n')));
}

void TestSettingsValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<SettingsField>("field");

    const auto row = [](const char *name, Mutation mutate, bool valid, SettingsField field) {
        QTest::newRow(name) << mutate << valid << field;
    };
    using F = SettingsField;
    using S = IntegrationSettings;
    using C = ValidationContext;

    row(
        "client id empty", [](S &s, C &) { s.clientId.clear(); }, false, F::ClientId);
    row(
        "client id whitespace only", [](S &s, C &) { s.clientId = QStringLiteral("   \t"); }, false, F::ClientId);
    row(
        "client id with inner space", [](S &s, C &) { s.clientId = QStringLiteral("abc def"); }, false, F::ClientId);
    row(
        "client id too long", [](S &s, C &) { s.clientId = QString(257, u'a'); }, false, F::ClientId);
    row(
        "client id at the limit", [](S &s, C &) { s.clientId = QString(256, u'a'); }, true, F::ClientId);
    row(
        "client id surrounded by spaces", [](S &s, C &) { s.clientId = QStringLiteral("  abc  "); }, true, F::ClientId);
    row(
        "client secret empty", [](S &, C &c) { c.clientSecret.clear(); }, false, F::ClientSecret);
    row(
        "client secret whitespace only", [](S &, C &c) { c.clientSecret = QStringLiteral("  "); }, false,
        F::ClientSecret);
    row(
        "client secret too long", [](S &, C &c) { c.clientSecret = QString(513, u'x'); }, false, F::ClientSecret);
    row(
        "client secret with newline", [](S &, C &c) { c.clientSecret = QStringLiteral("abc\ndef"); }, false,
        F::ClientSecret);
    row(
        "client secret non-ASCII", [](S &, C &c) { c.clientSecret = QStringLiteral("clé-secrète-ü-✓"); }, true,
        F::ClientSecret);
    row(
        "account id empty is allowed", [](S &s, C &) { s.accountId.clear(); }, true, F::AccountId);
    row(
        "account id letters", [](S &s, C &) { s.accountId = QStringLiteral("12a45"); }, false, F::AccountId);
    row(
        "account id negative", [](S &s, C &) { s.accountId = QStringLiteral("-12"); }, false, F::AccountId);
    row(
        "account id decimal", [](S &s, C &) { s.accountId = QStringLiteral("12.5"); }, false, F::AccountId);
    row(
        "account id arabic-indic digits", [](S &s, C &) { s.accountId = QStringLiteral("١٢٣"); }, false, F::AccountId);
    row(
        "account id too many digits", [](S &s, C &) { s.accountId = QString(19, u'9'); }, false, F::AccountId);
    row(
        "account id with spaces around", [](S &s, C &) { s.accountId = QStringLiteral(" 42 "); }, true, F::AccountId);
    row(
        "employee id letters", [](S &s, C &) { s.employeeId = QStringLiteral("abc"); }, false, F::EmployeeId);
    row(
        "shop name non-ASCII", [](S &s, C &) { s.shopName = QStringLiteral("Café Zoë — Genève 東京"); }, true,
        F::ShopName);
    row(
        "shop name too long", [](S &s, C &) { s.shopName = QString(256, u'é'); }, false, F::ShopName);
    row(
        "shop name unknown once connected",
        [](S &s, C &c) {
            c.knownShopNames = {QStringLiteral("Downtown")};
            s.shopName = QStringLiteral("Uptown");
        },
        false, F::ShopName);
    row(
        "shop name matches ignoring case",
        [](S &s, C &c) {
            c.knownShopNames = {QStringLiteral("Main Street")};
            s.shopName = QStringLiteral("main street");
        },
        true, F::ShopName);
    row(
        "shop name empty with order download", [](S &s, C &) { s.shopName = QStringLiteral("  "); }, false,
        F::ShopName);
    row(
        "redirect empty", [](S &s, C &) { s.redirectUri.clear(); }, false, F::RedirectUri);
    row(
        "redirect http non-loopback",
        [](S &s, C &) { s.redirectUri = QStringLiteral("http://backoffice.example.com/callback"); }, false,
        F::RedirectUri);
    row(
        "redirect http localhost", [](S &s, C &) { s.redirectUri = QStringLiteral("http://localhost:8080/cb"); }, true,
        F::RedirectUri);
    row(
        "redirect http 127.0.0.1", [](S &s, C &) { s.redirectUri = QStringLiteral("http://127.0.0.1:9/cb"); }, true,
        F::RedirectUri);
    row(
        "redirect http 127.1.2.3", [](S &s, C &) { s.redirectUri = QStringLiteral("http://127.1.2.3/cb"); }, true,
        F::RedirectUri);
    row(
        "redirect http ipv6 loopback", [](S &s, C &) { s.redirectUri = QStringLiteral("http://[::1]:8080/cb"); }, true,
        F::RedirectUri);
    row(
        "redirect http localhost lookalike",
        [](S &s, C &) { s.redirectUri = QStringLiteral("http://localhost.example.com/cb"); }, false, F::RedirectUri);
    row(
        "redirect http 128.0.0.1", [](S &s, C &) { s.redirectUri = QStringLiteral("http://128.0.0.1/cb"); }, false,
        F::RedirectUri);
    row(
        "redirect ftp", [](S &s, C &) { s.redirectUri = QStringLiteral("ftp://example.com/cb"); }, false,
        F::RedirectUri);
    row(
        "redirect relative", [](S &s, C &) { s.redirectUri = QStringLiteral("/callback"); }, false, F::RedirectUri);
    row(
        "redirect with space", [](S &s, C &) { s.redirectUri = QStringLiteral("https://example.com/a b"); }, false,
        F::RedirectUri);
    row(
        "redirect too long",
        [](S &s, C &) { s.redirectUri = QStringLiteral("https://example.com/") + QString(2100, u'a'); }, false,
        F::RedirectUri);
    row(
        "redirect non-ASCII host", [](S &s, C &) { s.redirectUri = QStringLiteral("https://bücher.example/cb"); }, true,
        F::RedirectUri);
    row(
        "api url with password",
        [](S &s, C &) { s.apiBaseUrl = QStringLiteral("https://user:secret@api.lightspeedapp.com/API/V3"); }, false,
        F::ApiBaseUrl);
    row(
        "redirect port zero", [](S &s, C &) { s.redirectUri = QStringLiteral("https://example.com:0/cb"); }, false,
        F::RedirectUri);
    row(
        "order download without connection", [](S &, C &c) { c.connected = false; }, false, F::OrderDownload);
    row(
        "inventory upload without connection", [](S &, C &c) { c.connected = false; }, false, F::InventoryUpload);
    row(
        "order download without returns warehouse", [](S &s, C &) { s.returnsWarehouseId = 0; }, false,
        F::ReturnsWarehouse);
    row(
        "returns warehouse no longer exists", [](S &, C &c) { c.warehouseIds.remove(RETURNS_WAREHOUSE); }, false,
        F::ReturnsWarehouse);
    row(
        "inventory upload without selling warehouse", [](S &s, C &) { s.sellingWarehouseId = 0; }, false,
        F::SellingWarehouse);
    row(
        "negative safety buffer", [](S &s, C &) { s.safetyBuffer = Decimal::fromInt(-1); }, false, F::SafetyBuffer);
    row(
        "fractional safety buffer", [](S &s, C &) { s.safetyBuffer = *Decimal::parse(u"0.5"); }, false,
        F::SafetyBuffer);
    row(
        "interval too short", [](S &s, C &) { s.orderDownloadIntervalSeconds = 1; }, false, F::Intervals);
    row(
        "empty sku order", [](S &s, C &) { s.skuMatchingOrder.clear(); }, false, F::SkuMatchingOrder);
    row(
        "token url plain http remote",
        [](S &s, C &) { s.tokenUrl = QStringLiteral("http://cloud.lightspeedapp.com/auth/oauth/token"); }, false,
        F::TokenUrl);
    row(
        "api url loopback sandbox", [](S &s, C &) { s.apiBaseUrl = QStringLiteral("http://127.0.0.1:8123/API/V3"); },
        true, F::ApiBaseUrl);
    row(
        "scope without prefix", [](S &s, C &) { s.scopes = {QStringLiteral("inventory")}; }, false, F::Scopes);
    row(
        "no scopes", [](S &s, C &) { s.scopes.clear(); }, false, F::Scopes);
}

void TestSettingsValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(bool, valid);
    QFETCH(SettingsField, field);

    IntegrationSettings settings = validSettings();
    ValidationContext context = validContext();
    mutate(settings, context);
    const ValidationIssues issues = SettingsValidator::validate(settings, context);

    if (valid) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.values().join(u'\n')));
    } else {
        QVERIFY2(issues.contains(field), qPrintable(issues.values().join(u'\n')));
        QVERIFY(!issues.value(field).isEmpty());
    }
}

void TestSettingsValidator::disabledCompanyNeedsNothing()
{
    IntegrationSettings settings;
    ValidationContext context;
    QVERIFY(SettingsValidator::validate(settings, context).isEmpty());

    settings.posEnabled = true;
    const ValidationIssues issues = SettingsValidator::validate(settings, context);
    QVERIFY(issues.contains(SettingsField::ClientId));
    QVERIFY(issues.contains(SettingsField::ClientSecret));
    QVERIFY(issues.contains(SettingsField::RedirectUri));
    QVERIFY(!issues.contains(SettingsField::AccountId));
    QVERIFY(!issues.contains(SettingsField::ShopName));
}

void TestSettingsValidator::fetchTokenNeedsCredentials()
{
    IntegrationSettings settings;
    settings.posEnabled = false;
    ValidationIssues issues = SettingsValidator::validateForFetchToken(settings, {});
    QVERIFY(issues.contains(SettingsField::ClientId));
    QVERIFY(issues.contains(SettingsField::ClientSecret));
    QVERIFY(issues.contains(SettingsField::RedirectUri));

    settings = validSettings();
    settings.shopName.clear();
    issues = SettingsValidator::validateForFetchToken(settings, QStringLiteral("secret"));
    QVERIFY2(issues.isEmpty(), qPrintable(issues.values().join(u'\n')));
}

void TestSettingsValidator::issueMessagesNameTheFix()
{
    IntegrationSettings settings = validSettings();
    ValidationContext context = validContext();
    context.connected = false;
    const ValidationIssues issues = SettingsValidator::validate(settings, context);
    QVERIFY(issues.value(SettingsField::OrderDownload).contains(QStringLiteral("Fetch Token")));
}

QTEST_GUILESS_MAIN(TestSettingsValidator)
#include "tst_settingsvalidator.moc"
