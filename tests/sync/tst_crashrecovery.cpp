#include "sandboxconnection.h"
#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "storage/stockledger.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

/**
 * Kills posbridge-syncjob with SIGKILL in the middle of order downloads and inventory uploads,
 * at named fault points and after random delays (fixed seed), restarts it, and checks after
 * every kill and at the end that no order is lost or duplicated, the stock ledger adds up and
 * Lightspeed holds the published quantities.
 */
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadSurvivesKills();
    void uploadSurvivesKills();
    void cleanupTestCase();

private:
    struct ChildRun
    {
        bool killed = false;
        int exitCode = 0;
        QByteArray output;
    };

    ChildRun runChild(SyncJob job, const QString &faultPoint = {}, int killAfterMs = -1);
    void finishCleanly(SyncJob job);
    void checkConsistent();
    void checkOrdersMatchSandbox();
    void changeStock(int items);

    std::unique_ptr<SyncFixture> m_fixture;
    IntegrationSecrets m_secrets;
    QRandomGenerator m_random{20261204};
    int m_kills = 0;
};

void TestCrashRecovery::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>(QStringList{
        QStringLiteral("--items"), QStringLiteral("50"), QStringLiteral("--days"), QStringLiteral("3"),
        QStringLiteral("--sales-per-day"), QStringLiteral("600"), QStringLiteral("--time-scale"), QStringLiteral("10"),
        QStringLiteral("--token-lifetime"), QStringLiteral("360000"), QStringLiteral("--live-rate"),
        QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--fault"),
        QStringLiteral("sale.list:latency=40"), QStringLiteral("--fault"), QStringLiteral("item.update:latency=25")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.stock = [](const DemoCatalogue::Item &) { return qint64(5000); };
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));
    const auto secrets = m_fixture->secrets().readCompany(m_fixture->database()->uuid(), m_fixture->companyId).result();
    QVERIFY(secrets.ok());
    m_secrets = *secrets;
    QVERIFY(m_secrets.hasTokens());
}

TestCrashRecovery::ChildRun TestCrashRecovery::runChild(SyncJob job, const QString &faultPoint, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("POSBRIDGE_SYNCJOB_CLIENT_SECRET"), m_secrets.clientSecret);
    environment.insert(QStringLiteral("POSBRIDGE_SYNCJOB_ACCESS_TOKEN"), m_secrets.accessToken);
    environment.insert(QStringLiteral("POSBRIDGE_SYNCJOB_REFRESH_TOKEN"), m_secrets.refreshToken);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       qEnvironmentVariable("SYNCJOB_LOGGING_RULES", QStringLiteral("posbridge.*.info=false")));
    if (!faultPoint.isEmpty())
        environment.insert(QStringLiteral("POSBRIDGE_FAULT_POINT"), faultPoint);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(POSBRIDGE_SYNCJOB),
                  {QStringLiteral("--database"), m_fixture->databasePath(), QStringLiteral("--company"),
                   QString::number(m_fixture->companyId), QStringLiteral("--job"), syncJobKey(job),
                   QStringLiteral("--look-back-days"), QStringLiteral("30")});
    ChildRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL, as `kill -9` sends
        process.waitForFinished(10'000);
        run.killed = true;
    } else {
        process.waitForFinished(60'000);
        run.killed = process.exitStatus() == QProcess::CrashExit;
    }
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    if (run.killed)
        ++m_kills;
    return run;
}

void TestCrashRecovery::finishCleanly(SyncJob job)
{
    const ChildRun run = runChild(job);
    QVERIFY2(!run.killed && run.exitCode == 0, run.output.constData());
}

void TestCrashRecovery::checkConsistent()
{
    const qint64 company = m_fixture->companyId;
    const auto [mismatches, duplicates] = m_fixture->query([company](Database &db) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT sale_id) FROM orders"));
        query.next();
        return std::make_pair(StockLedger(db.connection()).verify(company)->size(), query.value(0).toInt());
    });
    QCOMPARE(mismatches, 0);
    QCOMPARE(duplicates, 0);
}

void TestCrashRecovery::checkOrdersMatchSandbox()
{
    QSet<qint64> completed;
    QSet<qint64> voided;
    QHash<qint64, int> lineCounts;
    QHash<qint64, qint64> sold;
    QHash<qint64, qint64> returned;
    for (const Sale &sale : m_fixture->sandboxSales()) {
        lineCounts.insert(sale.saleId, int(sale.lines.size()));
        if (sale.voided) {
            voided.insert(sale.saleId);
            continue;
        }
        if (!sale.completed)
            continue;
        completed.insert(sale.saleId);
        for (const SaleLine &line : sale.lines) {
            const qint64 units = line.unitQuantity.truncated();
            if (units > 0)
                sold[line.itemId] += units;
            else
                returned[line.itemId] -= units;
        }
    }

    const qint64 company = m_fixture->companyId;
    struct StoredOrder
    {
        QString status;
        int lines = 0;
    };
    const auto orders = m_fixture->query([company](Database &db) {
        QHash<qint64, StoredOrder> stored;
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT o.sale_id, o.status, (SELECT COUNT(*) FROM order_lines l WHERE l.order_id "
                                     "= o.id) FROM orders o WHERE o.company_id = :c"));
        query.bindValue(QStringLiteral(":c"), company);
        query.exec();
        while (query.next())
            stored.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toInt()});
        return stored;
    });
    for (qint64 saleId : std::as_const(completed)) {
        QVERIFY2(orders.contains(saleId), qPrintable(QStringLiteral("sale %1 was lost").arg(saleId)));
        QCOMPARE(orders.value(saleId).status, QStringLiteral("completed"));
    }
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        QVERIFY2(completed.contains(it.key()) || voided.contains(it.key()),
                 qPrintable(QStringLiteral("order of sale %1 has no completed sale").arg(it.key())));
        if (voided.contains(it.key()))
            QCOMPARE(it->status, QStringLiteral("cancelled"));
        QCOMPARE(it->lines, lineCounts.value(it.key()));
    }

    // The Selling Warehouse lost exactly what the sales that still stand took; Returns got what they returned.
    for (auto it = m_fixture->productByItem.cbegin(); it != m_fixture->productByItem.cend(); ++it) {
        const qint64 product = it.value();
        const auto [selling, returns] = m_fixture->query([this, product](Database &db) {
            StockLedger ledger(db.connection());
            return std::make_pair(ledger.quantity(product, m_fixture->sellingWarehouseId).value(),
                                  ledger.quantity(product, m_fixture->returnsWarehouseId).value());
        });
        const qint64 adjusted = m_fixture->query([product, this](Database &db) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM stock_moves WHERE product_id = :p AND "
                                         "warehouse_id = :w AND reason IN ('import', 'adjustment')"));
            query.bindValue(QStringLiteral(":p"), product);
            query.bindValue(QStringLiteral(":w"), m_fixture->sellingWarehouseId);
            query.exec();
            query.next();
            return Decimal::fromUnits(query.value(0).toLongLong()).truncated();
        });
        QCOMPARE(selling, Decimal::fromInt(adjusted - sold.value(it.key())));
        QCOMPARE(returns, Decimal::fromInt(returned.value(it.key())));
    }
}

void TestCrashRecovery::changeStock(int items)
{
    const QList<qint64> products = m_fixture->productByItem.values();
    const qint64 company = m_fixture->companyId;
    const qint64 warehouse = m_fixture->sellingWarehouseId;
    QList<std::pair<qint64, qint64>> changes;
    for (int i = 0; i < items; ++i)
        changes.append(
            {products.at(qsizetype(m_random.bounded(quint32(products.size())))), qint64(m_random.bounded(1, 6))});
    QVERIFY(m_fixture->query([company, warehouse, changes](Database &db) {
        StockLedger ledger(db.connection());
        for (const auto &[product, units] : changes) {
            StockMove move;
            move.companyId = company;
            move.productId = product;
            move.warehouseId = warehouse;
            move.quantity = Decimal::fromInt(units);
            move.reason = StockMoveReason::Adjustment;
            if (!ledger.addMove(move))
                return false;
        }
        return true;
    }));
}

void TestCrashRecovery::downloadSurvivesKills()
{
    // Each boundary of the first and second page of a run, twice; every run starts where the
    // last committed page left off.
    for (int round = 0; round < 4; ++round) {
        const int page = 1 + round % 2;
        for (const char *point :
             {"order-download.page-fetched", "order-download.page-written", "order-download.page-committed"}) {
            const QString where = QStringLiteral("%1@%2").arg(QLatin1String(point)).arg(page);
            const ChildRun run = runChild(SyncJob::OrderDownload, where);
            QVERIFY2(run.killed, qPrintable(QStringLiteral("%1 was not reached: exit code %2, %3")
                                                .arg(where)
                                                .arg(run.exitCode)
                                                .arg(QString::fromUtf8(run.output))));
            checkConsistent();
        }
    }

    // Random moments while the shop keeps selling, returning and voiding.
    for (int i = 0; i < 32; ++i) {
        m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("steps"), 8}});
        runChild(SyncJob::OrderDownload, {}, int(m_random.bounded(10, 120)));
        checkConsistent();
    }
    finishCleanly(SyncJob::OrderDownload);
    checkConsistent();
    checkOrdersMatchSandbox();
    QVERIFY2(m_kills >= 28, qPrintable(QStringLiteral("only %1 kills").arg(m_kills)));
}

void TestCrashRecovery::uploadSurvivesKills()
{
    const int killsBefore = m_kills;
    changeStock(40);
    for (int write = 1; write <= 4; ++write) {
        for (const char *point :
             {"inventory-upload.before-write", "inventory-upload.after-write", "inventory-upload.recorded"}) {
            const ChildRun run =
                runChild(SyncJob::InventoryUpload, QStringLiteral("%1@%2").arg(QLatin1String(point)).arg(write));
            QVERIFY2(run.killed,
                     qPrintable(QStringLiteral("%1@%2 was not reached").arg(QLatin1String(point)).arg(write)));
            checkConsistent();
        }
    }
    for (int i = 0; i < 14; ++i) {
        changeStock(8);
        if (i % 3 == 0) {
            m_fixture->sandbox().control("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("steps"), 4}});
            runChild(SyncJob::OrderDownload, {}, i % 2 == 0 ? int(m_random.bounded(20, 200)) : -1);
        }
        runChild(SyncJob::InventoryUpload, {}, int(m_random.bounded(30, 500)));
        checkConsistent();
    }

    finishCleanly(SyncJob::OrderDownload);
    finishCleanly(SyncJob::InventoryUpload);
    checkConsistent();
    checkOrdersMatchSandbox();

    // Lightspeed holds what the back office publishes, and the listings know it.
    const qint64 company = m_fixture->companyId;
    const auto listings = m_fixture->query(
        [company](Database &db) { return ListingRepository(db.connection()).listLinked(company).value(); });
    for (const Listing &listing : listings) {
        const Decimal level = m_fixture->query([&listing, this](Database &db) {
            return StockLedger(db.connection()).quantity(listing.productId, m_fixture->sellingWarehouseId).value();
        });
        QVERIFY(listing.publishedQuantity.has_value());
        QCOMPARE(*listing.publishedQuantity, Decimal::fromInt(qMax<qint64>(0, level.floor())));
        QCOMPARE(Decimal::fromInt(m_fixture->sandboxQuantity(listing.itemId)), *listing.publishedQuantity);
    }
    QVERIFY2(m_kills - killsBefore >= 20, qPrintable(QStringLiteral("only %1 kills").arg(m_kills - killsBefore)));
}

void TestCrashRecovery::cleanupTestCase()
{
    qInfo("%d kills in all", m_kills);
    QVERIFY(m_kills >= 50);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
