#include "httpclient.h"

#include "lightspeed/authorizationrequest.h"
#include "lightspeed/connectionregistry.h"
#include "lightspeed/tokenendpoint.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/listingrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockledger.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/demoenvironment.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

/**
 * The demo as an admin uses it: connect, tick Enable Order Download and Enable Inventory Upload,
 * watch orders arrive and stock reach the sandbox, untick them, and nothing runs any more.
 */
class TestDemoSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void togglesStartAndStopTheSync();

private:
    bool connectDemoCompany();
    bool saveSwitches(bool on);
    int count(const QString &sql);
    QJsonObject sandboxControl(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_companyId = 0;
};

void TestDemoSync::initTestCase()
{
    qRegisterMetaType<posbridge::JobReport>();
    QStandardPaths::setTestModeEnabled(true);
    DemoOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.logPath = m_dir.filePath(QStringLiteral("sandbox.log"));
    options.sandboxArguments =
        DemoOptions::defaultSandboxArguments() + QStringList{QStringLiteral("--time-scale"), QStringLiteral("20")};
    m_demo = std::make_unique<DemoEnvironment>(&m_secrets);
    auto database = m_demo->start(options);
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().toLogString()));
    m_companyId = m_demo->info().companyId;
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, m_secrets, *m_registry);
    m_companies = std::make_unique<CompanyService>(m_executor, &m_secrets);
    SyncEngineOptions engineOptions;
    engineOptions.scheduler.startDelayMs = 50;
    m_engine = std::make_unique<SyncEngine>(m_executor, *m_connections, engineOptions);
    m_engine->watchSettings(m_companies.get());
    m_engine->start();
    QVERIFY(connectDemoCompany());
}

void TestDemoSync::cleanupTestCase()
{
    m_engine.reset();
    m_companies.reset();
    m_connections.reset();
    if (m_executor)
        m_executor->waitForDone();
}

QJsonObject TestDemoSync::sandboxControl(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    HttpClient http;
    const QUrl url(m_demo->info().sandboxUrl + path);
    const ::HttpResult result = method == "GET" ? http.get(url) : http.sendJson(method, url, body, {});
    return result.json();
}

bool TestDemoSync::connectDemoCompany()
{
    // What Fetch Token does, without the browser: an authorization code straight from the sandbox.
    const IntegrationSettings settings =
        m_executor->run([this](Database &db) { return SettingsRepository(db.connection()).load(m_companyId).value(); })
            .result();
    const QStringList scopes = settings.scopes;
    const auto request = AuthorizationRequest::create(settings.clientId, scopes);
    const QJsonObject code = sandboxControl("POST", QStringLiteral("/sandbox/oauth/code"),
                                            {{QStringLiteral("clientId"), settings.clientId},
                                             {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                                             {QStringLiteral("state"), request.state()},
                                             {QStringLiteral("codeChallenge"), request.pkce().challenge()}});
    const auto secret =
        m_secrets.read({m_executor->database()->uuid(), m_companyId, SecretKind::ClientSecret}).result();
    if (!secret || !secret->has_value())
        return false;
    TokenEndpointConfig endpoint;
    endpoint.tokenUrl = QUrl(settings.tokenUrl);
    endpoint.revokeUrl = QUrl(settings.revokeUrl);
    endpoint.clientId = settings.clientId;
    endpoint.clientSecret = **secret;
    const auto tokens =
        TokenEndpoint(endpoint).exchangeCode(code.value(QLatin1String("code")).toString(), request.pkce().verifier());
    if (!tokens)
        return false;
    return m_connections->installTokens(m_companyId, *tokens).result().ok();
}

bool TestDemoSync::saveSwitches(bool on)
{
    IntegrationSettings settings =
        m_executor->run([this](Database &db) { return SettingsRepository(db.connection()).load(m_companyId).value(); })
            .result();
    settings.orderDownloadEnabled = on;
    settings.inventoryUploadEnabled = on;
    settings.orderDownloadIntervalSeconds = 2;
    settings.inventoryUploadIntervalSeconds = 3;
    return m_companies->saveSettings(settings, std::nullopt).result().ok();
}

int TestDemoSync::count(const QString &sql)
{
    return m_executor
        ->run([sql](Database &db) {
            QSqlQuery query(db.connection());
            query.exec(sql);
            return query.next() ? query.value(0).toInt() : -1;
        })
        .result();
}

void TestDemoSync::togglesStartAndStopTheSync()
{
    QVERIFY(!m_engine->canRun(m_companyId, SyncJob::OrderDownload));
    QVERIFY(saveSwitches(true));

    // The history arrives as orders, then the live shop's sales, returns and voids.
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM orders")) > 50, 15'000);
    const int afterHistory = count(QStringLiteral("SELECT COUNT(*) FROM orders"));
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM orders")) > afterHistory + 3, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE job = 'inventory_upload' AND "
                                                  "result = 'succeeded'")) >= 2,
                             20'000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE has_unmatched_lines = 1")) > 0, true);

    // Stop the till, let one more cycle run, and compare Lightspeed with the published quantities.
    sandboxControl("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("enabled"), false}});
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(finished.cbegin(), finished.cend(),
                                           [](const QList<QVariant> &arguments) {
                                               return arguments.constFirst().value<JobReport>().job ==
                                                      SyncJob::InventoryUpload;
                                           }) >= 2,
                             20'000);
    const auto listings =
        m_executor
            ->run([this](Database &db) { return ListingRepository(db.connection()).listLinked(m_companyId).value(); })
            .result();
    int checked = 0;
    for (const Listing &listing : listings) {
        if (!listing.enabled)
            continue;
        const QJsonObject stock = sandboxControl("GET", QStringLiteral("/sandbox/items/%1/stock").arg(listing.itemId));
        for (const QJsonValue &row : stock.value(QLatin1String("shops")).toArray()) {
            if (row.toObject().value(QLatin1String("shopID")).toInteger() != 1)
                continue;
            QVERIFY(listing.publishedQuantity.has_value());
            QCOMPARE(Decimal::fromInt(row.toObject().value(QLatin1String("qoh")).toInteger()),
                     *listing.publishedQuantity);
            ++checked;
        }
    }
    QVERIFY(checked > 50);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE result = 'running'")) <= 1, true);

    // Unticking both stops the worker without a restart.
    QVERIFY(saveSwitches(false));
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->status(m_companyId).runningJob.has_value(), 10'000);
    const int runs = count(QStringLiteral("SELECT COUNT(*) FROM sync_runs"));
    QTest::qWait(3'500);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs")), runs);
}

QTEST_GUILESS_MAIN(TestDemoSync)
#include "tst_demosync.moc"
