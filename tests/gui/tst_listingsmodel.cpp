#include "gui/listingsmodel.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/listingqueries.h"
#include "storage/postingrepository.h"
#include "storage/transaction.h"
#include "sync/listingservice.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<posbridge::ListingState>)

/** The Listings page's model over a real SQLite file: paging, filters, and large catalogues. */
class TestListingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsPagesLazily();
    void filtersByState_data();
    void filtersByState();
    void searchesText_data();
    void searchesText();
    void dropsPagesOfOldFilter();
    void staysQuickWithHundredThousandProducts();

private:
    void addProducts(int count, int firstNumber = 0);
    void loadAll(ListingsModel &model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<ListingService> m_service;
    qint64 m_company = 0;
};

void TestListingsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"listings.sqlite"_s)});
    QVERIFY(database.ok());
    m_database = *database;
    m_executor = std::make_shared<DatabaseExecutor>(m_database);
    m_service = std::make_unique<ListingService>(m_executor);
    m_company = CompanyRepository(m_database->connection()).add(u"Acme"_s)->id;
}

void TestListingsModel::cleanup()
{
    m_service.reset();
    m_executor.reset();
    m_database.reset();
    m_dir.reset();
}

void TestListingsModel::addProducts(int count, int firstNumber)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO products (company_id, sku, name, upc, price, cost, sku_key, upc_key, created_at, "
                   "updated_at) VALUES (:company, :sku, :name, :upc, :price, 0, :key, :upc, 0, 0)"_s);
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        const QString sku = u"SKU-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        insert.bindValue(u":company"_s, m_company);
        insert.bindValue(u":sku"_s, sku);
        insert.bindValue(u":name"_s, i % 10 == 7 ? u"Blue mug %1"_s.arg(i) : u"Product %1"_s.arg(i));
        insert.bindValue(u":upc"_s, u"4000%1"_s.arg(i, 8, 10, QLatin1Char('0')));
        insert.bindValue(u":price"_s, Decimal::fromInt(i % 100).units());
        insert.bindValue(u":key"_s, sku.toCaseFolded());
        if (!insert.exec())
            qFatal("cannot insert a product");
    }
    QVERIFY(transaction.commit());
}

void TestListingsModel::loadAll(ListingsModel &model)
{
    QTRY_VERIFY(!model.isLoading());
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
    }
}

void TestListingsModel::loadsPagesLazily()
{
    addProducts(230);
    ListingsModel model(m_service.get());
    model.setPageSize(50);
    QSignalSpy pages(&model, &ListingsModel::pageLoaded);
    model.setFilter(ListingFilter{m_company, {}, {}});

    // Only the first page until a view asks for more.
    QTRY_COMPARE(pages.count(), 1);
    QTest::qWait(50);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    QTRY_COMPARE(model.totalCount(), 230);

    // The tester asks for every page while it checks the model's signals.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadAll(model);
    QCOMPARE(model.rowCount(), 230);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(pages.count(), 5);
    // Ordered by SKU, each product once.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row - 1)->product.sku < model.rowAt(row)->product.sku);
    QCOMPARE(model.index(0, ListingsModel::StateColumn).data().toString(), listingStateText(ListingState::NotListed));
    QCOMPARE(model.index(0, ListingsModel::SkuColumn).data().toString(), u"SKU-000000"_s);
}

void TestListingsModel::filtersByState_data()
{
    QTest::addColumn<std::optional<ListingState>>("state");
    QTest::addColumn<int>("rows");

    QTest::newRow("all") << std::optional<ListingState>() << 40;
    QTest::newRow("not listed counts disabled ones") << std::optional(ListingState::NotListed) << 32;
    QTest::newRow("pending") << std::optional(ListingState::Pending) << 3;
    QTest::newRow("linked") << std::optional(ListingState::Linked) << 2;
    QTest::newRow("needs a choice") << std::optional(ListingState::NeedsChoice) << 1;
    QTest::newRow("error") << std::optional(ListingState::Error) << 1;
    QTest::newRow("created") << std::optional(ListingState::Created) << 1;
    QTest::newRow("pending update") << std::optional(ListingState::PendingUpdate) << 0;
}

void TestListingsModel::filtersByState()
{
    QFETCH(std::optional<ListingState>, state);
    QFETCH(int, rows);

    addProducts(40);
    QSqlQuery ids(m_database->connection());
    QVERIFY(ids.exec(u"SELECT id FROM products ORDER BY sku_key"_s));
    QList<qint64> products;
    while (ids.next())
        products << ids.value(0).toLongLong();

    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_company, products.mid(0, 9), true).ok());
    const auto listingOf = [&](qint64 productId) {
        QSqlQuery query(m_database->connection());
        query.prepare(u"SELECT id FROM listings WHERE product_id = :p"_s);
        query.bindValue(u":p"_s, productId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    };
    PostedItem item;
    item.itemId = 500;
    item.description = u"Product 3"_s;
    item.defaultPrice = Decimal::fromInt(3);
    QVERIFY(listings.recordLinked(listingOf(products[3]), item, ItemOrigin::Linked).ok());
    item.itemId = 501;
    item.description = u"Product 4"_s;
    item.defaultPrice = Decimal::fromInt(4);
    QVERIFY(listings.recordLinked(listingOf(products[4]), item, ItemOrigin::Linked).ok());
    item.itemId = 502;
    item.description = u"Product 5"_s;
    item.defaultPrice = Decimal::fromInt(5);
    QVERIFY(listings.recordLinked(listingOf(products[5]), item, ItemOrigin::Created).ok());
    QVERIFY(listings
                .recordNeedsChoice(listingOf(products[6]), {ListingCandidate{7, {}, {}, {}, {}, {}, {}, {}, {}},
                                                            ListingCandidate{8, {}, {}, {}, {}, {}, {}, {}, {}}})
                .ok());
    QVERIFY(listings.recordError(listingOf(products[7]), u"Rejected"_s).ok());
    // Disabled: shown as not listed, whatever it held.
    QVERIFY(listings.setEnabled(m_company, {products[8]}, false).ok());

    ListingsModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ListingFilter{m_company, state, {}});
    loadAll(model);
    QCOMPARE(model.rowCount(), rows);
    QTRY_COMPARE(model.totalCount(), qint64(rows));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (state)
            QCOMPARE(model.index(row, 0).data(ListingsModel::StateRole).toInt(), int(*state));
    }
}

void TestListingsModel::searchesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");

    QTest::newRow("sku prefix") << u"sku-00001"_s << 10;
    QTest::newRow("sku prefix in other case") << u"SKU-000012"_s << 1;
    QTest::newRow("name part without case") << u"BLUE MUG"_s << 5;
    QTest::newRow("upc exactly") << u"400000000042"_s << 1;
    QTest::newRow("item id") << u"900"_s << 1;
    QTest::newRow("like wildcards are literal") << u"%"_s << 0;
    QTest::newRow("nothing") << u"zzz"_s << 0;
}

void TestListingsModel::searchesText()
{
    QFETCH(QString, text);
    QFETCH(int, rows);

    addProducts(50);
    QSqlQuery first(m_database->connection());
    QVERIFY(first.exec(u"SELECT id FROM products WHERE sku = 'SKU-000020'"_s) && first.next());
    const qint64 productId = first.value(0).toLongLong();
    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_company, {productId}, true).ok());
    QSqlQuery listing(m_database->connection());
    QVERIFY(listing.exec(u"SELECT id FROM listings"_s) && listing.next());
    PostedItem item;
    item.itemId = 900;
    QVERIFY(listings.recordLinked(listing.value(0).toLongLong(), item, ItemOrigin::Linked).ok());

    ListingsModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(ListingFilter{m_company, {}, text});
    loadAll(model);
    QCOMPARE(model.rowCount(), rows);
}

void TestListingsModel::dropsPagesOfOldFilter()
{
    addProducts(120);
    ListingsModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    // The first request is still on its way when the filter changes.
    model.setFilter(ListingFilter{m_company, {}, {}});
    model.setFilter(ListingFilter{m_company, {}, u"SKU-00011"_s});
    loadAll(model);
    QCOMPARE(model.rowCount(), 10);
    QTRY_COMPARE(model.totalCount(), 10);
}

void TestListingsModel::staysQuickWithHundredThousandProducts()
{
    constexpr int PRODUCTS = 100000;
    addProducts(PRODUCTS);
    ListingQueries queries(m_database->connection());

    // The page at the end of the catalogue costs what the first page costs.
    QElapsedTimer timer;
    timer.start();
    const auto firstPage = queries.page(ListingFilter{m_company, {}, {}}, std::nullopt, 200);
    const qint64 firstMs = timer.restart();
    const auto lastPage = queries.page(ListingFilter{m_company, {}, {}}, ListingCursor{u"sku-099900"_s}, 200);
    const qint64 lastMs = timer.restart();
    const auto count = queries.count(ListingFilter{m_company, {}, {}});
    const qint64 countMs = timer.restart();
    const auto pending = queries.page(ListingFilter{m_company, ListingState::Pending, {}}, std::nullopt, 200);
    const qint64 stateMs = timer.restart();
    const auto search = queries.page(ListingFilter{m_company, {}, u"blue mug 9999"_s}, std::nullopt, 200);
    const qint64 searchMs = timer.restart();
    QVERIFY(firstPage.ok() && lastPage.ok() && count.ok() && pending.ok() && search.ok());
    QCOMPARE(firstPage->rows.size(), 200);
    QCOMPARE(lastPage->rows.size(), 99);
    QCOMPARE(*count, PRODUCTS);
    QVERIFY(pending->rows.isEmpty());
    qInfo("100,000 products: first page %lld ms, last page %lld ms, count %lld ms, state filter %lld ms, "
          "name search %lld ms",
          firstMs, lastMs, countMs, stateMs, searchMs);
    // Generous bounds for a shared 2-core machine; the point is that no query grows with the page number.
    QVERIFY2(firstMs < 200 && lastMs < 200, "a page took longer than 200 ms");

    QSqlQuery plan(m_database->connection());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT p.id FROM products p LEFT JOIN listings l ON l.product_id = p.id "
                      "WHERE p.company_id = 1 AND p.sku_key > 'x' ORDER BY p.sku_key LIMIT 10"_s));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(u'\n').contains(u"products_company_sku_unique"_s), qPrintable(steps.join(u'\n')));
    QVERIFY2(!steps.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(steps.join(u'\n')));

    // The model shows its first page without loading the rest.
    ListingsModel model(m_service.get());
    QSignalSpy pages(&model, &ListingsModel::pageLoaded);
    timer.restart();
    model.setFilter(ListingFilter{m_company, {}, {}});
    QTRY_COMPARE(pages.count(), 1);
    qInfo("the model showed its first page after %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), ListingsModel::DEFAULT_PAGE_SIZE);
}

QTEST_MAIN(TestListingsModel)
#include "tst_listingsmodel.moc"
