#include "sandboxconnection.h"

#include "lightspeed/retailapi.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/postingrepository.h"
#include "sync/csvimportservice.h"
#include "sync/productpostingjob.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace lightspeedtest;
using namespace Qt::StringLiterals;

/**
 * The admin's path end to end: import a product file, enable a few hundred products, post them to
 * the sandbox (linked where the item exists, created where not), then change prices by a second
 * import and see them reach Lightspeed at the next run.
 */
class TestPostingFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importedProductsReachLightspeed();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    Result<CsvImportReport> import(const QString &path);
    PostingOutcome post();
    qint64 scalar(const QString &sql);
    QHash<QString, QJsonObject> catalogueBySku();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxConnection> m_connection;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RetailApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<CsvImportService> m_imports;
    IntegrationSettings m_settings;
};

void TestPostingFlow::initTestCase()
{
    // Twenty times faster than real time, so the bucket drains 20 drips per second.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--items"_s, u"150"_s, u"--days"_s, u"1"_s, u"--time-scale"_s, u"20"_s, u"--exit-with-parent"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_connection = std::make_unique<SandboxConnection>(*m_sandbox);
    const VoidResult connected = m_connection->connect(posbridge::LightspeedEndpoints::defaultScopes());
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toLogString()));
    m_client = m_connection->client();
    m_api = std::make_unique<RetailApi>(*m_client, m_sandbox->accountId());

    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"flow.sqlite"_s)});
    QVERIFY(database.ok());
    m_database = *database;
    m_executor = std::make_shared<DatabaseExecutor>(m_database);
    m_imports = std::make_unique<CsvImportService>(m_executor);
    m_settings.companyId = CompanyRepository(m_database->connection()).add(u"Acme"_s)->id;
    m_settings.posEnabled = true;
    m_settings.accountId = m_sandbox->accountId();
}

void TestPostingFlow::cleanupTestCase()
{
    m_imports.reset();
    m_executor.reset();
    m_database.reset();
}

QString TestPostingFlow::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

Result<CsvImportReport> TestPostingFlow::import(const QString &path)
{
    const auto preview = m_imports->preview(path, ImportKind::Products).result();
    if (!preview)
        return preview.error();
    CsvImportRequest request;
    request.companyId = m_settings.companyId;
    request.filePath = path;
    request.mapping = preview->suggestedMapping;
    return m_imports->start(request).future.result();
}

PostingOutcome TestPostingFlow::post()
{
    const auto outcome =
        ProductPostingJob::runRecorded(*m_database, *m_client, *m_api, m_settings, RunTrigger::Schedule, {});
    if (outcome.ok())
        return *outcome;
    PostingOutcome failed;
    failed.result = RunResult::Failed;
    failed.message = outcome.error().message;
    return failed;
}

qint64 TestPostingFlow::scalar(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QHash<QString, QJsonObject> TestPostingFlow::catalogueBySku()
{
    QHash<QString, QJsonObject> items;
    const QJsonArray all =
        m_sandbox->control("GET", u"/sandbox/catalogue"_s).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : all) {
        const QJsonObject item = value.toObject();
        if (!item.value(QLatin1String("archived")).toBool())
            items.insert(item.value(QLatin1String("customSku")).toString(), item);
    }
    return items;
}

void TestPostingFlow::importedProductsReachLightspeed()
{
    // 100 products that Lightspeed already sells (their SKUs in lower case), and 200 new ones.
    const QHash<QString, QJsonObject> before = catalogueBySku();
    QStringList existing;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key().startsWith(u"PB-1"_s))
            existing << it.key();
    }
    existing.sort();
    QVERIFY(existing.size() >= 100);
    existing = existing.mid(0, 100);
    QByteArray file("SKU;Nom;Prix;Coût\n");
    for (const QString &sku : std::as_const(existing))
        file += sku.toLower().toUtf8() + ";" +
                before.value(sku).value(QLatin1String("description")).toString().toUtf8() + ";10,00;4\n";
    for (int i = 0; i < 200; ++i)
        file += "NEW-" + QByteArray::number(1000 + i) + ";Nouveau produit " + QByteArray::number(i) + ";" +
                QByteArray::number(5 + i % 20) + ",50;2\n";
    const auto imported = import(writeFile(u"products.csv"_s, file));
    QVERIFY2(imported.ok() && imported->written, imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->counts.created, 300);

    QSqlQuery ids(m_database->connection());
    QVERIFY(ids.exec(u"SELECT id FROM products"_s));
    QList<qint64> products;
    while (ids.next())
        products << ids.value(0).toLongLong();
    ids.finish();
    QVERIFY(PostingRepository(m_database->connection()).setEnabled(m_settings.companyId, products, true).ok());

    resetCounters(*m_sandbox);
    const PostingOutcome first = post();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(first.message));
    QCOMPARE(first.counts.created, 200);
    QCOMPARE(rateLimitedCount(*m_sandbox), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE state = 'linked' AND item_origin = 'linked'"_s), 100);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE state = 'created'"_s), 200);

    const QHash<QString, QJsonObject> after = catalogueBySku();
    QCOMPARE(after.size(), before.size() + 200);
    QCOMPARE(after.value(u"NEW-1007"_s).value(QLatin1String("description")).toString(), u"Nouveau produit 7"_s);
    // Linked items took the back office's price, as a partial update in the same run.
    QCOMPARE(Decimal::parse(after.value(existing.constFirst())
                                .value(QLatin1String("prices"))
                                .toObject()
                                .value(QLatin1String("Default"))
                                .toString()),
             Decimal::fromInt(10));

    // A price change reaches Lightspeed at the next run, and only the changed items are written.
    QVERIFY(import(writeFile(u"prices.csv"_s, "SKU,Price\nNEW-1007,99.95\nNEW-1008,1.25\n"))->written);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE state = 'pending_update'"_s), 2);
    resetCounters(*m_sandbox);
    const PostingOutcome second = post();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(second.counts.updated, 2);
    QCOMPARE(routeRequests(*m_sandbox, u"item.update"_s), 2);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 0);
    const QJsonObject changed = catalogueBySku().value(u"NEW-1007"_s);
    QCOMPARE(
        Decimal::parse(changed.value(QLatin1String("prices")).toObject().value(QLatin1String("Default")).toString()),
        Decimal::parse(u"99.95"));
    QCOMPARE(changed.value(QLatin1String("description")).toString(), u"Nouveau produit 7"_s);
}

QTEST_GUILESS_MAIN(TestPostingFlow)
#include "tst_postingflow.moc"
