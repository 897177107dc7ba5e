#include "syncfixture.h"

#include "storage/listingrepository.h"
#include "storage/stockledger.h"
#include "sync/companyservice.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace posbridge;
using namespace synctest;

/**
 * The sandbox's live shop rings up sales, returns, late commits and voids while the engine
 * downloads orders and uploads stock on its schedule, as in the running application.
 */
class TestLiveShopSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void liveSalesArriveOnce();
    void stockReachesLightspeed();

private:
    void runAndWait(SyncJob job);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<SyncEngine> m_engine;
    static constexpr qint64 START_STOCK = 400;
};

void TestLiveShopSync::initTestCase()
{
    qRegisterMetaType<posbridge::JobReport>();
    m_fixture = std::make_unique<SyncFixture>(QStringList{QStringLiteral("--items"),
                                                          QStringLiteral("40"),
                                                          QStringLiteral("--days"),
                                                          QStringLiteral("0"),
                                                          QStringLiteral("--open-sales"),
                                                          QStringLiteral("0"),
                                                          QStringLiteral("--time-scale"),
                                                          QStringLiteral("10"),
                                                          QStringLiteral("--live-shop"),
                                                          QStringLiteral("--live-rate"),
                                                          QStringLiteral("60"),
                                                          QStringLiteral("--live-late-share"),
                                                          QStringLiteral("0.3"),
                                                          QStringLiteral("--live-late-minutes"),
                                                          QStringLiteral("5"),
                                                          QStringLiteral("--live-void-share"),
                                                          QStringLiteral("0.15"),
                                                          QStringLiteral("--live-return-share"),
                                                          QStringLiteral("0.15"),
                                                          QStringLiteral("--seed"),
                                                          QStringLiteral("17")});
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    CompanySetup setup;
    setup.hasProduct = [](const DemoCatalogue::Item &item) {
        return !item.customSku.isEmpty() && !item.archived && item.itemId % 10 != 7;
    };
    setup.stock = [](const DemoCatalogue::Item &) { return START_STOCK; };
    setup.orderDownloadIntervalSeconds = 1;
    setup.inventoryUploadIntervalSeconds = 2;
    QVERIFY2(m_fixture->createCompany(setup), qPrintable(m_fixture->errorString()));

    SyncEngineOptions options;
    options.scheduler.startDelayMs = 50;
    m_engine = std::make_unique<SyncEngine>(m_fixture->executor(), m_fixture->connections(), options);
    m_engine->start();
}

void TestLiveShopSync::cleanupTestCase()
{
    m_engine.reset();
}

void TestLiveShopSync::runAndWait(SyncJob job)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->status(m_fixture->companyId).runningJob.has_value(), 20'000);
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QVERIFY(m_engine->runNow(m_fixture->companyId, job));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                         [job](const QList<QVariant> &arguments) {
                                             return arguments.constFirst().value<JobReport>().job == job;
                                         }),
                             20'000);
}

void TestLiveShopSync::liveSalesArriveOnce()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::jobFinished);
    QTest::qWait(7'000);
    const QJsonObject live = m_fixture->sandbox()
                                 .control("POST", QStringLiteral("/sandbox/live"), {{QStringLiteral("enabled"), false}})
                                 .object();
    QVERIFY(live.value(QLatin1String("sales")).toInt() > 20);
    QVERIFY(live.value(QLatin1String("lateCommits")).toInt() > 0);
    QVERIFY(live.value(QLatin1String("voids")).toInt() > 0);
    QVERIFY(finished.size() >= 5);
    runAndWait(SyncJob::OrderDownload);

    QSet<qint64> completed;
    QSet<qint64> voided;
    QHash<qint64, qint64> sold;
    QHash<qint64, qint64> returned;
    for (const Sale &sale : m_fixture->sandboxSales()) {
        if (sale.voided) {
            voided.insert(sale.saleId);
        } else if (sale.completed) {
            completed.insert(sale.saleId);
            for (const SaleLine &line : sale.lines) {
                const qint64 units = line.unitQuantity.truncated();
                (units > 0 ? sold[line.itemId] : returned[line.itemId]) += qAbs(units);
            }
        }
    }
    const qint64 company = m_fixture->companyId;
    const auto orders = m_fixture->query([company](Database &db) {
        QHash<qint64, QString> status;
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT sale_id, status FROM orders WHERE company_id = :c"));
        query.bindValue(QStringLiteral(":c"), company);
        query.exec();
        while (query.next())
            status.insert(query.value(0).toLongLong(), query.value(1).toString());
        return status;
    });
    int cancelled = 0;
    for (qint64 saleId : std::as_const(completed))
        QCOMPARE(orders.value(saleId), QStringLiteral("completed"));
    for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
        if (it.value() == QLatin1String("cancelled")) {
            QVERIFY(voided.contains(it.key()));
            ++cancelled;
        } else {
            QVERIFY(completed.contains(it.key()));
        }
    }
    QVERIFY2(cancelled > 0, "no sale was voided after its import");

    // Voids were reversed: the Selling Warehouse lost what the standing sales took.
    for (auto it = m_fixture->productByItem.cbegin(); it != m_fixture->productByItem.cend(); ++it) {
        const qint64 product = it.value();
        const auto [selling, returns] = m_fixture->query([this, product](Database &db) {
            StockLedger ledger(db.connection());
            return std::make_pair(ledger.quantity(product, m_fixture->sellingWarehouseId).value(),
                                  ledger.quantity(product, m_fixture->returnsWarehouseId).value());
        });
        QCOMPARE(selling, Decimal::fromInt(START_STOCK - sold.value(it.key())));
        QCOMPARE(returns, Decimal::fromInt(returned.value(it.key())));
    }
    QVERIFY(
        m_fixture->query([company](Database &db) { return StockLedger(db.connection()).verify(company)->isEmpty(); }));
}

void TestLiveShopSync::stockReachesLightspeed()
{
    runAndWait(SyncJob::InventoryUpload);
    const qint64 company = m_fixture->companyId;
    const auto listings = m_fixture->query(
        [company](Database &db) { return ListingRepository(db.connection()).listLinked(company).value(); });
    QVERIFY(!listings.isEmpty());
    for (const Listing &listing : listings) {
        const Decimal level = m_fixture->query([&listing, this](Database &db) {
            return StockLedger(db.connection()).quantity(listing.productId, m_fixture->sellingWarehouseId).value();
        });
        QVERIFY(listing.publishedQuantity.has_value());
        QCOMPARE(*listing.publishedQuantity, level);
        QCOMPARE(Decimal::fromInt(m_fixture->sandboxQuantity(listing.itemId)), level);
    }

    // Every run is in the history with how it ended.
    const auto [running, runs] = m_fixture->query([](Database &db) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT SUM(CASE WHEN result = 'running' THEN 1 ELSE 0 END), COUNT(*) FROM "
                                  "sync_runs"));
        query.next();
        return std::make_pair(query.value(0).toInt(), query.value(1).toInt());
    });
    QCOMPARE(running, 0);
    QVERIFY(runs >= 6);
}

QTEST_GUILESS_MAIN(TestLiveShopSync)
#include "tst_liveshopsync.moc"
