#include "processinspection.h"
#include "resulttext.h"

#include "secrets/keychainsecretstore.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseproperties.h"
#include "storage/listingrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockledger.h"
#include "storage/warehouserepository.h"
#include "sync/democatalogue.h"
#include "sync/demodatabase.h"
#include "sync/demoenvironment.h"
#include "sync/sandboxlauncher.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace posbridge;
using namespace Qt::StringLiterals;
using posbridge::testing::errorText;

namespace {

const QString HELPER_ARGUMENT = u"--run-demo-helper"_s;

// No live shop, so the sandbox's stock stays as the demo read it.
DemoOptions optionsFor(const QString &databasePath, const QString &logPath)
{
    DemoOptions options;
    options.databasePath = databasePath;
    options.logPath = logPath;
    options.sandboxArguments = {u"--items"_s, u"60"_s, u"--days"_s, u"1"_s, u"--sales-per-day"_s, u"20"_s};
    return options;
}

std::optional<QString> readSecret(SecretStore &secrets, const QString &uuid, qint64 companyId, SecretKind kind)
{
    const auto value = secrets.read(SecretKey{uuid, companyId, kind}).result();
    if (!value)
        qFatal("keychain read failed: %s", qPrintable(value.error().toLogString()));
    return *value;
}

/** Child-process mode: starts a demo, prints the sandbox's PID, and runs until it is killed. */
int runHelper(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    KeychainSecretStore secrets;
    DemoEnvironment demo(&secrets);
    const QString folder = QCoreApplication::arguments().at(2);
    auto started = demo.start(optionsFor(folder + u"/demo.sqlite"_s, folder + u"/sandbox.log"_s));
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().toLogString()));
        return 1;
    }
    std::printf("%lld\n", static_cast<long long>(demo.sandboxProcessId()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startBuildsDemoCompany();
    void startMatchesSandboxItems();
    void secondStartBeginsClean();
    void rejectsRealDatabasePath();
    void rejectsNonDemoDatabase();
    void destroyStopsSandbox();
    void sandboxEndsWithKilledParent();
    void readyTimeoutStopsProcess();
    void missingSandboxNamesSearchedPlaces();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_folder;
    KeychainSecretStore m_secrets;
};

void TestDemoEnvironment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("POSBRIDGE_SANDBOX"), "run through ctest, which sets POSBRIDGE_SANDBOX");
}

void TestDemoEnvironment::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestDemoEnvironment::startBuildsDemoCompany()
{
    DemoEnvironment demo(&m_secrets);
    auto started = demo.start(optionsFor(path(u"demo.sqlite"_s), path(u"sandbox.log"_s)));
    QVERIFY2(started.ok(), errorText(started).constData());
    const std::shared_ptr<Database> database = *started;
    QSqlDatabase db = database->connection();
    const DemoInfo &info = demo.info();
    QVERIFY(info.sandboxUrl.startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(info.loginEmail, u"demo@posbridge.test"_s);
    QCOMPARE(info.loginPassword, u"sandbox-demo"_s);
    QCOMPARE(info.databasePath, path(u"demo.sqlite"_s));
    QVERIFY(QFile(path(u"sandbox.log"_s)).size() > 0);
    QCOMPARE(DatabaseProperties(db).value(DatabaseProperties::DEMO_DATABASE).value(), std::optional(u"1"_s));

    const auto companies = CompanyRepository(db).list();
    QVERIFY(companies.ok());
    QCOMPARE(companies->size(), 1);
    QCOMPARE(companies->first().name, u"Demo Store"_s);
    QCOMPARE(companies->first().id, info.companyId);

    const auto warehouses = WarehouseRepository(db).listForCompany(info.companyId);
    QVERIFY(warehouses.ok());
    QCOMPARE(warehouses->size(), 2);
    QHash<QString, qint64> warehouseIds;
    for (const Warehouse &warehouse : *warehouses)
        warehouseIds.insert(warehouse.name, warehouse.id);

    const auto settings = SettingsRepository(db).load(info.companyId);
    QVERIFY(settings.ok());
    QVERIFY(settings->posEnabled);
    QCOMPARE(settings->clientId, u"posbridge-demo"_s);
    QVERIFY(settings->accountId.isEmpty());
    QCOMPARE(settings->shopName, u"Downtown"_s);
    QCOMPARE(settings->redirectUri, u"https://localhost/posbridge/callback"_s);
    QCOMPARE(settings->authorizeUrl, info.sandboxUrl + u"/auth/oauth/authorize"_s);
    QCOMPARE(settings->tokenUrl, info.sandboxUrl + u"/auth/oauth/token"_s);
    QCOMPARE(settings->revokeUrl, info.sandboxUrl + u"/auth/oauth/revoke"_s);
    QCOMPARE(settings->apiBaseUrl, info.sandboxUrl + u"/API/V3"_s);
    QCOMPARE(settings->scopes, LightspeedEndpoints::defaultScopes());
    QCOMPARE(settings->sellingWarehouseId, warehouseIds.value(u"Main Store"_s));
    QCOMPARE(settings->returnsWarehouseId, warehouseIds.value(u"Returns"_s));
    QVERIFY(!settings->orderDownloadEnabled);
    QVERIFY(!settings->inventoryUploadEnabled);
    QCOMPARE(settings->orderDownloadIntervalSeconds, 30);
    QCOMPARE(settings->inventoryUploadIntervalSeconds, 60);

    QCOMPARE(readSecret(m_secrets, database->uuid(), info.companyId, SecretKind::ClientSecret),
             std::optional(u"posbridge-demo-secret-6f1c2a"_s));
    QCOMPARE(readSecret(m_secrets, database->uuid(), info.companyId, SecretKind::AccessToken), std::nullopt);
    database->releaseThreadConnection();
}

void TestDemoEnvironment::startMatchesSandboxItems()
{
    DemoEnvironment demo(&m_secrets);
    auto started = demo.start(optionsFor(path(u"demo.sqlite"_s), path(u"sandbox.log"_s)));
    QVERIFY2(started.ok(), errorText(started).constData());
    const std::shared_ptr<Database> database = *started;
    const qint64 companyId = demo.info().companyId;
    const auto catalogue = DemoCatalogue::fetch(QUrl(demo.info().sandboxUrl));
    QVERIFY2(catalogue.ok(), errorText(catalogue).constData());
    QCOMPARE(catalogue->items.size(), 60);

    QSqlDatabase db = database->connection();
    const qint64 mainStoreId = SettingsRepository(db).load(companyId)->sellingWarehouseId;
    ProductRepository products(db);
    int expectedProducts = 0;
    int withoutProduct = 0;
    int unlisted = 0;
    for (const DemoCatalogue::Item &item : catalogue->items) {
        const bool hasProduct =
            !item.archived && !item.customSku.isEmpty() && !DemoDatabase::leavesWithoutProduct(item.itemId);
        if (item.customSku.isEmpty())
            continue;
        const auto found = products.findBySku(companyId, item.customSku);
        QVERIFY(found.ok());
        QCOMPARE(found->has_value(), hasProduct);
        if (!hasProduct) {
            ++withoutProduct;
            continue;
        }
        ++expectedProducts;
        const Product &product = found->value();
        QCOMPARE(product.name, item.description);
        QCOMPARE(product.upc, item.upc);
        QCOMPARE(product.ean, item.ean);
        QCOMPARE(product.manufacturerSku, item.manufacturerSku);
        QCOMPARE(product.price, item.price);
        QCOMPARE(product.cost, item.cost);

        const qint64 expectedStock =
            std::max<qint64>(0, item.quantityByShop.value(1)) + DemoDatabase::extraStock(item.itemId);
        QCOMPARE(StockLedger(db).quantity(product.id, mainStoreId).value(), Decimal::fromInt(expectedStock));

        const auto listing = ListingRepository(db).findByProduct(product.id);
        QVERIFY(listing.ok());
        if (DemoDatabase::leavesUnlisted(item.itemId)) {
            QVERIFY(!listing->has_value());
            ++unlisted;
            continue;
        }
        QVERIFY(listing->has_value());
        QVERIFY(listing->value().enabled);
        QCOMPARE(listing->value().state, ListingState::Linked);
        QCOMPARE(listing->value().itemId, item.itemId);
        QCOMPARE(listing->value().systemSku, item.systemSku);
        QCOMPARE(listing->value().customSku, item.customSku);
        QCOMPARE(listing->value().upc, item.upc);
    }
    QCOMPARE(products.count(companyId).value(), expectedProducts);
    QVERIFY2(withoutProduct >= 2, "a few sandbox items should have no product, for unknown-item lines");
    QVERIFY2(unlisted >= 2, "a few products should stay unlisted");
    QCOMPARE(ListingRepository(db).listLinked(companyId)->size(), expectedProducts - unlisted);
    QVERIFY(StockLedger(db).verify(companyId)->isEmpty());
    database->releaseThreadConnection();
}

void TestDemoEnvironment::secondStartBeginsClean()
{
    QString firstUuid;
    qint64 firstCompany = 0;
    {
        DemoEnvironment demo(&m_secrets);
        auto started = demo.start(optionsFor(path(u"demo.sqlite"_s), path(u"sandbox.log"_s)));
        QVERIFY2(started.ok(), errorText(started).constData());
        firstUuid = (*started)->uuid();
        firstCompany = demo.info().companyId;
        // Tokens as Fetch Token would store them, and a change the admin made.
        QVERIFY(m_secrets.write({firstUuid, firstCompany, SecretKind::AccessToken}, u"access"_s).result().ok());
        QVERIFY(m_secrets.write({firstUuid, firstCompany, SecretKind::RefreshToken}, u"refresh"_s).result().ok());
        QVERIFY(CompanyRepository((*started)->connection()).add(u"Second Shop"_s).ok());
        (*started)->releaseThreadConnection();
    }

    DemoEnvironment demo(&m_secrets);
    auto started = demo.start(optionsFor(path(u"demo.sqlite"_s), path(u"sandbox.log"_s)));
    QVERIFY2(started.ok(), errorText(started).constData());
    QVERIFY((*started)->uuid() != firstUuid);
    for (SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken})
        QCOMPARE(readSecret(m_secrets, firstUuid, firstCompany, kind), std::nullopt);
    QVERIFY(readSecret(m_secrets, (*started)->uuid(), demo.info().companyId, SecretKind::ClientSecret).has_value());

    const auto companies = CompanyRepository((*started)->connection()).list();
    QCOMPARE(companies->size(), 1);
    QCOMPARE(companies->first().name, u"Demo Store"_s);
    (*started)->releaseThreadConnection();
}

void TestDemoEnvironment::rejectsRealDatabasePath()
{
    const QString real = path(u"real.sqlite"_s);
    qputenv("POSBRIDGE_DATABASE", real.toUtf8());
    DemoEnvironment demo(&m_secrets);
    const auto started = demo.start(optionsFor(real, path(u"sandbox.log"_s)));
    qunsetenv("POSBRIDGE_DATABASE");
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::InvalidInput);
    QVERIFY(started.error().message.contains(real));
    QVERIFY(!QFile::exists(real));
    QCOMPARE(demo.sandboxProcessId(), 0);

    const QString defaultReal =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/posbridge.sqlite"_s;
    QVERIFY(!DemoEnvironment::checkDatabasePath(defaultReal).ok());
    QVERIFY(DemoEnvironment::checkDatabasePath(path(u"other.sqlite"_s)).ok());
}

void TestDemoEnvironment::rejectsNonDemoDatabase()
{
    const QString real = path(u"books.sqlite"_s);
    QString uuid;
    qint64 companyId = 0;
    {
        auto opened = Database::open({real});
        QVERIFY(opened.ok());
        uuid = (*opened)->uuid();
        companyId = CompanyRepository((*opened)->connection()).add(u"Real Company"_s)->id;
        (*opened)->releaseThreadConnection();
    }
    QVERIFY(m_secrets.write({uuid, companyId, SecretKind::ClientSecret}, u"real-secret"_s).result().ok());

    DemoEnvironment demo(&m_secrets);
    const auto started = demo.start(optionsFor(real, path(u"sandbox.log"_s)));
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::Conflict);
    QCOMPARE(demo.sandboxProcessId(), 0);
    QCOMPARE(readSecret(m_secrets, uuid, companyId, SecretKind::ClientSecret), std::optional(u"real-secret"_s));
    auto reopened = Database::open({real});
    QVERIFY(reopened.ok());
    QCOMPARE(CompanyRepository((*reopened)->connection()).list()->first().name, u"Real Company"_s);
    (*reopened)->releaseThreadConnection();
    QVERIFY(m_secrets.removeCompany(uuid, companyId).result().ok());
}

void TestDemoEnvironment::destroyStopsSandbox()
{
    qint64 pid = 0;
    {
        DemoEnvironment demo(&m_secrets);
        auto started = demo.start(optionsFor(path(u"demo.sqlite"_s), path(u"sandbox.log"_s)));
        QVERIFY2(started.ok(), errorText(started).constData());
        pid = demo.sandboxProcessId();
        QVERIFY(pid > 0);
        QVERIFY(processinspection::isRunning(pid));
    }
    QVERIFY(!processinspection::isRunning(pid));
}

void TestDemoEnvironment::sandboxEndsWithKilledParent()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QCoreApplication::applicationFilePath(), {HELPER_ARGUMENT, m_folder->path()});
    QVERIFY(helper.waitForStarted());
    QVERIFY2(helper.waitForReadyRead(20'000), "the helper printed no sandbox PID");
    const qint64 pid = helper.readLine().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(processinspection::isRunning(pid));

    QCOMPARE(::kill(static_cast<pid_t>(helper.processId()), SIGKILL), 0);
    QVERIFY(helper.waitForFinished(5000));
    QVERIFY2(processinspection::waitUntilGone(pid, 5000), "the sandbox outlived the killed demo process");
}

void TestDemoEnvironment::readyTimeoutStopsProcess()
{
    // A program that starts but never prints the READY line.
    const QString program = path(u"silent-sandbox"_s);
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    SandboxLauncher launcher;
    SandboxLaunchOptions options;
    options.program = program;
    options.readyTimeoutMs = 500;
    const auto started = launcher.start(options);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::Timeout);
    QVERIFY(started.error().message.contains(program));
    QVERIFY(!launcher.isRunning());
    QVERIFY(processinspection::childrenNamed(QCoreApplication::applicationPid(), u"sleep"_s).isEmpty());
}

void TestDemoEnvironment::missingSandboxNamesSearchedPlaces()
{
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", m_folder->path().toUtf8());
    const auto missing = SandboxLauncher::findProgram(path(u"app"_s), QString());
    const auto badVariable = SandboxLauncher::findProgram(path(u"app"_s), path(u"nothing-here"_s));
    qputenv("PATH", savedPath);

    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(path(u"app/posbridge-sandbox"_s)));
    QVERIFY(missing.error().message.contains(u"POSBRIDGE_SANDBOX"_s));
    QVERIFY(missing.error().message.contains(u"PATH"_s));
    QVERIFY(!badVariable.ok());
    QVERIFY(badVariable.error().message.contains(path(u"nothing-here"_s)));

    const QString fromVariable = qEnvironmentVariable("POSBRIDGE_SANDBOX");
    QCOMPARE(SandboxLauncher::findProgram(path(u"app"_s), fromVariable).value(), fromVariable);
    const QString folder = QFileInfo(fromVariable).absolutePath();
    QCOMPARE(SandboxLauncher::findProgram(folder, QString()).value(), QDir(folder).filePath(u"posbridge-sandbox"_s));
}

int main(int argc, char *argv[])
{
    if (argc >= 3 && QString::fromLocal8Bit(argv[1]) == HELPER_ARGUMENT)
        return runHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestDemoEnvironment test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demoenvironment.moc"
