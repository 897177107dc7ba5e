#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/warehouserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void companyNamesAreCheckedAndUnique();
    void renameCompany();
    void warehousesBelongToTheirCompany();
    void settingsRoundTrip();
    void settingsDefaultsWhenMissing();
    void warehouseInUseCannotBeRemoved();
    void removingCompanyCascades();
    void settingsSurviveReopen();

private:
    Company addCompany(const QString &name);
    int count(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open({m_dir->filePath(QStringLiteral("repo.sqlite"))});
    QVERIFY(db.ok());
    m_db = *db;
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Company TestRepositories::addCompany(const QString &name)
{
    CompanyRepository companies(m_db->connection());
    auto company = companies.add(name);
    if (!company)
        qFatal("could not add company: %s", qPrintable(company.error().toLogString()));
    return *company;
}

int TestRepositories::count(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestRepositories::companyNamesAreCheckedAndUnique()
{
    CompanyRepository companies(m_db->connection());
    QCOMPARE(companies.add(QStringLiteral("   ")).error().code, ErrorCode::InvalidInput);
    QCOMPARE(companies.add(QString(256, u'x')).error().code, ErrorCode::InvalidInput);

    auto acme = companies.add(QStringLiteral("  Acme Détail  "));
    QVERIFY(acme.ok());
    QCOMPARE(acme->name, QStringLiteral("Acme Détail"));

    auto duplicate = companies.add(QStringLiteral("ACME détail"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    QVERIFY(duplicate.error().message.contains(QStringLiteral("already exists")));

    auto list = companies.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
}

void TestRepositories::renameCompany()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    addCompany(QStringLiteral("Beta"));
    CompanyRepository companies(m_db->connection());
    QVERIFY(companies.rename(acme.id, QStringLiteral("Acme Retail")).ok());
    QCOMPARE(companies.find(acme.id)->name, QStringLiteral("Acme Retail"));
    QCOMPARE(companies.rename(acme.id, QStringLiteral("beta")).error().code, ErrorCode::Conflict);
    QCOMPARE(companies.rename(9999, QStringLiteral("Ghost")).error().code, ErrorCode::NotFound);
}

void TestRepositories::warehousesBelongToTheirCompany()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    const Company beta = addCompany(QStringLiteral("Beta"));
    WarehouseRepository warehouses(m_db->connection());
    QVERIFY(warehouses.add(acme.id, QStringLiteral("Main")).ok());
    QVERIFY(warehouses.add(beta.id, QStringLiteral("Main")).ok());
    QCOMPARE(warehouses.add(acme.id, QStringLiteral("main")).error().code, ErrorCode::Conflict);
    QCOMPARE(warehouses.add(acme.id, QString()).error().code, ErrorCode::InvalidInput);
    auto returns = warehouses.add(acme.id, QStringLiteral("Returns"));
    QVERIFY(returns.ok());
    QVERIFY(warehouses.rename(returns->id, QStringLiteral("Returns & Repairs")).ok());

    const auto acmeList = warehouses.listForCompany(acme.id);
    QVERIFY(acmeList.ok());
    QCOMPARE(acmeList->size(), 2);
    QCOMPARE(acmeList->at(1).name, QStringLiteral("Returns & Repairs"));
    QCOMPARE(warehouses.listForCompany(beta.id)->size(), 1);
}

void TestRepositories::settingsRoundTrip()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    WarehouseRepository warehouses(m_db->connection());
    const Warehouse returns = *warehouses.add(acme.id, QStringLiteral("Returns"));
    const Warehouse selling = *warehouses.add(acme.id, QStringLiteral("Store"));

    IntegrationSettings s;
    s.companyId = acme.id;
    s.posEnabled = true;
    s.clientId = QStringLiteral("client-123");
    s.accountId = QStringLiteral("98765");
    s.shopName = QStringLiteral("Café Zoë");
    s.shopId = 3;
    s.employeeId = QStringLiteral("7");
    s.employeeName = QStringLiteral("Zoë Martin");
    s.redirectUri = QStringLiteral("https://example.com/cb");
    s.tokenReceivedOn = QDateTime::fromMSecsSinceEpoch(1'767'225'600'123, Qt::UTC);
    s.returnsWarehouseId = returns.id;
    s.sellingWarehouseId = selling.id;
    s.orderDownloadEnabled = true;
    s.inventoryUploadEnabled = true;
    s.skuMatchingOrder = {SkuField::Ean, SkuField::CustomSku};
    s.safetyBuffer = Decimal::fromInt(2);
    s.orderDownloadIntervalSeconds = 30;
    s.inventoryUploadIntervalSeconds = 120;
    s.postingIntervalSeconds = 600;
    s.reconciliationIntervalSeconds = 3600;
    s.historyRetentionDays = 90;
    s.authorizeUrl = QStringLiteral("http://127.0.0.1:1/auth/oauth/authorize");
    s.tokenUrl = QStringLiteral("http://127.0.0.1:1/auth/oauth/token");
    s.revokeUrl = QStringLiteral("http://127.0.0.1:1/auth/oauth/revoke");
    s.apiBaseUrl = QStringLiteral("http://127.0.0.1:1/API/V3");
    s.scopes = {QStringLiteral("employee:all")};

    SettingsRepository repository(m_db->connection());
    QVERIFY(repository.save(s).ok());
    auto loaded = repository.load(acme.id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->tokenReceivedOn, s.tokenReceivedOn);
    QCOMPARE(loaded->skuMatchingOrder, s.skuMatchingOrder);
    QVERIFY(*loaded == s);

    // Saving again updates in place.
    s.orderDownloadEnabled = false;
    s.returnsWarehouseId = 0;
    QVERIFY(repository.save(s).ok());
    QVERIFY(*repository.load(acme.id) == s);
    QCOMPARE(count(QStringLiteral("integration_settings")), 1);
}

void TestRepositories::settingsDefaultsWhenMissing()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    SettingsRepository repository(m_db->connection());
    auto loaded = repository.load(acme.id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->companyId, acme.id);
    QVERIFY(!loaded->posEnabled);
    QCOMPARE(loaded->authorizeUrl, LightspeedEndpoints::defaultAuthorizeUrl());
}

void TestRepositories::warehouseInUseCannotBeRemoved()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    WarehouseRepository warehouses(m_db->connection());
    const Warehouse returns = *warehouses.add(acme.id, QStringLiteral("Returns"));
    const Warehouse spare = *warehouses.add(acme.id, QStringLiteral("Spare"));

    IntegrationSettings s;
    s.companyId = acme.id;
    s.returnsWarehouseId = returns.id;
    SettingsRepository settings(m_db->connection());
    QVERIFY(settings.save(s).ok());

    auto refused = warehouses.remove(returns.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Returns Warehouse")),
             qPrintable(refused.error().message));
    QCOMPARE(warehouses.listForCompany(acme.id)->size(), 2);

    QVERIFY(warehouses.remove(spare.id).ok());
    s.returnsWarehouseId = 0;
    QVERIFY(settings.save(s).ok());
    QVERIFY(warehouses.remove(returns.id).ok());
    QCOMPARE(warehouses.listForCompany(acme.id)->size(), 0);
}

void TestRepositories::removingCompanyCascades()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    const Company beta = addCompany(QStringLiteral("Beta"));
    WarehouseRepository warehouses(m_db->connection());
    const Warehouse returns = *warehouses.add(acme.id, QStringLiteral("Returns"));
    QVERIFY(warehouses.add(beta.id, QStringLiteral("Main")).ok());
    IntegrationSettings s;
    s.companyId = acme.id;
    s.returnsWarehouseId = returns.id;
    s.sellingWarehouseId = returns.id;
    QVERIFY(SettingsRepository(m_db->connection()).save(s).ok());

    CompanyRepository companies(m_db->connection());
    auto removed = companies.remove(acme.id);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().toLogString()));
    QCOMPARE(count(QStringLiteral("companies")), 1);
    QCOMPARE(count(QStringLiteral("warehouses")), 1);
    QCOMPARE(count(QStringLiteral("integration_settings")), 0);
    QCOMPARE(companies.remove(acme.id).error().code, ErrorCode::NotFound);
}

void TestRepositories::settingsSurviveReopen()
{
    const Company acme = addCompany(QStringLiteral("Acme"));
    IntegrationSettings s;
    s.companyId = acme.id;
    s.clientId = QStringLiteral("persisted");
    QVERIFY(SettingsRepository(m_db->connection()).save(s).ok());

    const QString path = m_db->path();
    m_db.reset();
    auto db = Database::open({path});
    QVERIFY(db.ok());
    QCOMPARE(SettingsRepository((*db)->connection()).load(acme.id)->clientId, QStringLiteral("persisted"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
