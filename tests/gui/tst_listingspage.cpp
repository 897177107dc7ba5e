#include "guitesthelpers.h"

#include "gui/candidatechoicedialog.h"
#include "gui/disablelistingsdialog.h"
#include "gui/importdialog.h"
#include "gui/listingsmodel.h"
#include "gui/listingspage.h"
#include "gui/orderlinesmodel.h"
#include "gui/ordersmodel.h"
#include "gui/orderspage.h"
#include "gui/productpickerdialog.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/orderrepository.h"
#include "storage/postingrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/warehouserepository.h"
#include "sync/csvimportservice.h"
#include "sync/listingservice.h"
#include "sync/synchistoryservice.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace Qt::StringLiterals;

/** The Listings tab, its dialogs and File › Import…, driven as an admin would on a real SQLite file. */
class TestListingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enablesSelectedAndRequestsPosting();
    void disableAsksAboutArchiving();
    void choosesOneOfSeveralItems();
    void unlinkDisablesListing();
    void pickerFindsProduct();
    void ordersPageResolvesUnknownItem();
    void importDialogImportsGoodFile();
    void importDialogListsProblems();
    void importDialogRejectsLatin1();

private:
    qint64 addProduct(const QString &sku, const QString &name);
    void selectRowsOfSkus(ListingsPage &page, const QStringList &skus);
    QString writeFile(const QString &name, const QByteArray &data);
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<ListingService> m_service;
    std::unique_ptr<CsvImportService> m_imports;
    qint64 m_company = 0;
};

void TestListingsPage::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestListingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open({m_dir->filePath(u"page.sqlite"_s)});
    QVERIFY(database.ok());
    m_database = *database;
    m_executor = std::make_shared<DatabaseExecutor>(m_database);
    m_service = std::make_unique<ListingService>(m_executor);
    m_imports = std::make_unique<CsvImportService>(m_executor);
    m_company = CompanyRepository(m_database->connection()).add(u"Acme"_s)->id;
    QVERIFY(WarehouseRepository(m_database->connection()).add(m_company, u"Main Store"_s).ok());
}

void TestListingsPage::cleanup()
{
    m_imports.reset();
    m_service.reset();
    m_executor.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestListingsPage::addProduct(const QString &sku, const QString &name)
{
    Product product;
    product.companyId = m_company;
    product.sku = sku;
    product.name = name;
    product.price = Decimal::fromInt(5);
    const auto inserted = ProductRepository(m_database->connection()).insert(product);
    return inserted.ok() ? inserted->id : 0;
}

void TestListingsPage::selectRowsOfSkus(ListingsPage &page, const QStringList &skus)
{
    auto *view = page.findChild<QTableView *>(u"listingsView"_s);
    QVERIFY(view);
    QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
    view->clearSelection();
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (skus.contains(page.model()->rowAt(row)->product.sku))
            view->selectionModel()->select(page.model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TestListingsPage::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

qint64 TestListingsPage::scalar(const QString &sql)
{
    return m_executor
        ->run([sql](Database &db) {
            QSqlQuery query(db.connection());
            return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
        })
        .result();
}

void TestListingsPage::enablesSelectedAndRequestsPosting()
{
    const qint64 mug = addProduct(u"MUG"_s, u"Mug"_s);
    const qint64 cap = addProduct(u"CAP"_s, u"Cap"_s);
    addProduct(u"HAT"_s, u"Hat"_s);
    ListingsPage page(m_service.get());
    page.loadCompany(m_company);
    selectRowsOfSkus(page, {u"MUG"_s, u"CAP"_s});
    auto *enable = page.findChild<QPushButton *>(u"enableButton"_s);
    QVERIFY(enable->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"disableButton"_s)->isEnabled());

    QSignalSpy posting(m_service.get(), &ListingService::postingRequested);
    QSignalSpy finished(&page, &ListingsPage::actionFinished);
    enable->click();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().at(0).toBool());
    QCOMPARE(posting.count(), 1);
    QCOMPARE(posting.constFirst().at(0).toLongLong(), m_company);
    const auto requested = posting.constFirst().at(1).value<QList<qint64>>();
    QCOMPARE(QSet<qint64>(requested.cbegin(), requested.cend()), (QSet<qint64>{mug, cap}));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE enabled = 1 AND state = 'pending'"_s), 2);

    // The table reloads and shows the new state.
    page.setStateFilter(ListingState::Pending);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QTRY_COMPARE(page.model()->totalCount(), 2);
}

void TestListingsPage::disableAsksAboutArchiving()
{
    const qint64 linked = addProduct(u"LINKED"_s, u"Linked"_s);
    const qint64 plain = addProduct(u"PLAIN"_s, u"Plain"_s);
    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_company, {linked, plain}, true).ok());
    PostedItem item;
    item.itemId = 42;
    item.description = u"Linked"_s;
    item.defaultPrice = Decimal::fromInt(5);
    QVERIFY(listings
                .recordLinked(scalar(u"SELECT id FROM listings WHERE product_id = %1"_s.arg(linked)), item,
                              ItemOrigin::Linked)
                .ok());

    ListingsPage page(m_service.get());
    page.loadCompany(m_company);
    selectRowsOfSkus(page, {u"LINKED"_s, u"PLAIN"_s});

    // Cancelled: nothing changes.
    testing::onNextModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    page.disableSelected();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE enabled = 1"_s), 2);

    // Confirmed with the archive box ticked: only the linked item is marked for archiving.
    QString question;
    testing::onNextModal([&question](QWidget *modal) {
        auto *dialog = qobject_cast<DisableListingsDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        question = dialog->findChild<QLabel *>(u"questionLabel"_s)->text();
        QVERIFY(dialog->findChild<QCheckBox *>(u"archiveCheck"_s)->isEnabled());
        dialog->findChild<QCheckBox *>(u"archiveCheck"_s)->setChecked(true);
        dialog->accept();
    });
    QSignalSpy finished(&page, &ListingsPage::actionFinished);
    page.disableSelected();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(question.contains(u"2"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE enabled = 1"_s), 0);
    QCOMPARE(scalar(u"SELECT archive_requested FROM listings WHERE product_id = %1"_s.arg(linked)), 1);
    QCOMPARE(scalar(u"SELECT archive_requested FROM listings WHERE product_id = %1"_s.arg(plain)), 0);
}

void TestListingsPage::choosesOneOfSeveralItems()
{
    const qint64 product = addProduct(u"TWIN"_s, u"Twin"_s);
    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_company, {product}, true).ok());
    const qint64 listingId = scalar(u"SELECT id FROM listings"_s);
    ListingCandidate first{71, u"2100071"_s, u"TWIN-A"_s, {}, u"012345678905"_s, {}, u"Twin A"_s, {}, {}};
    ListingCandidate second{72, u"2100072"_s, u"TWIN-B"_s, {}, u"012345678905"_s, {}, u"Twin B"_s, {}, {}};
    QVERIFY(listings.recordNeedsChoice(listingId, {first, second}).ok());

    ListingsPage page(m_service.get());
    page.loadCompany(m_company);
    selectRowsOfSkus(page, {u"TWIN"_s});
    QTRY_VERIFY(page.findChild<QPushButton *>(u"chooseItemButton"_s)->isEnabled());

    int shownRows = 0;
    QString shownSystemSku;
    testing::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CandidateChoiceDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        auto *table = dialog->findChild<QTableWidget *>(u"candidatesTable"_s);
        shownRows = table->rowCount();
        shownSystemSku = table->item(1, 1)->text();
        dialog->selectItem(72);
        dialog->accept();
    });
    QSignalSpy finished(&page, &ListingsPage::actionFinished);
    page.chooseItemForSelected();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(shownRows, 2);
    QCOMPARE(shownSystemSku, u"2100072"_s);
    QCOMPARE(scalar(u"SELECT item_id FROM listings"_s), 72);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listing_candidates"_s), 0);
}

void TestListingsPage::unlinkDisablesListing()
{
    const qint64 product = addProduct(u"LINKED"_s, u"Linked"_s);
    PostingRepository listings(m_database->connection());
    QVERIFY(listings.setEnabled(m_company, {product}, true).ok());
    PostedItem item;
    item.itemId = 42;
    QVERIFY(listings.recordLinked(scalar(u"SELECT id FROM listings"_s), item, ItemOrigin::Created).ok());

    ListingsPage page(m_service.get());
    page.loadCompany(m_company);
    selectRowsOfSkus(page, {u"LINKED"_s});
    testing::answerNextMessageWithText(u"Unlink"_s);
    QSignalSpy finished(&page, &ListingsPage::actionFinished);
    page.unlinkSelected();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(scalar(u"SELECT item_id FROM listings"_s), 0);
    QCOMPARE(scalar(u"SELECT enabled FROM listings"_s), 0);
}

void TestListingsPage::pickerFindsProduct()
{
    addProduct(u"MUG-RED"_s, u"Red mug"_s);
    const qint64 blue = addProduct(u"MUG-BLUE"_s, u"Blue mug"_s);
    ProductPickerDialog dialog(m_service.get(), m_company, u"Choose the product of item 12"_s);
    QTRY_COMPARE(dialog.model()->rowCount(), 2);
    auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    dialog.search(u"blue"_s);
    QTRY_COMPARE(dialog.model()->rowCount(), 1);
    auto *view = dialog.findChild<QTableView *>(u"productsView"_s);
    view->selectRow(0);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.selectedProductId(), blue);
}

void TestListingsPage::ordersPageResolvesUnknownItem()
{
    const qint64 product = addProduct(u"MYSTERY"_s, u"Mystery box"_s);
    addProduct(u"OTHER"_s, u"Other"_s);
    QSqlDatabase db = m_database->connection();
    IntegrationSettings settings;
    settings.companyId = m_company;
    settings.sellingWarehouseId = scalar(u"SELECT id FROM warehouses"_s);
    QVERIFY(SettingsRepository(db).save(settings).ok());
    Order order;
    order.companyId = m_company;
    order.saleId = 900;
    order.completedAt = QDateTime::currentDateTimeUtc();
    OrderLine unknown;
    unknown.saleLineId = 1;
    unknown.itemId = 4242;
    unknown.quantity = Decimal::fromInt(3);
    unknown.description = u"Box"_s;
    order.lines = {unknown};
    OrderBooking booking;
    booking.sellingWarehouseId = settings.sellingWarehouseId;
    QVERIFY(OrderRepository(db).importOrder(order, booking).ok());

    SyncHistoryService history(m_executor);
    OrdersPage page(m_executor, &history);
    page.setListingService(m_service.get());
    page.loadCompany(m_company);
    QTRY_COMPARE(page.ordersModel()->rowCount(), 1);
    page.selectOrderRow(0);
    QTRY_COMPARE(page.linesModel()->rowCount(), 1);
    auto *lines = page.findChild<QTableView *>(u"linesView"_s);
    lines->setCurrentIndex(page.linesModel()->index(0, 0));
    auto *resolve = page.findChild<QPushButton *>(u"resolveItemButton"_s);
    QTRY_VERIFY(resolve->isEnabled());

    testing::onNextModal([](QWidget *modal) {
        auto *picker = qobject_cast<ProductPickerDialog *>(modal);
        if (!picker) {
            modal->close();
            return;
        }
        picker->search(u"MYSTERY"_s);
        QTRY_COMPARE(picker->model()->rowCount(), 1);
        picker->findChild<QTableView *>(u"productsView"_s)->selectRow(0);
        picker->accept();
    });
    QSignalSpy resolved(&page, &OrdersPage::itemResolved);
    resolve->click();
    QTRY_COMPARE(resolved.count(), 1);
    QVERIFY2(resolved.constFirst().at(0).toBool(), qPrintable(resolved.constFirst().at(1).toString()));
    QCOMPARE(scalar(u"SELECT product_id FROM order_lines"_s), product);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stock_moves WHERE reason = 'sale'"_s), 1);
    QCOMPARE(scalar(u"SELECT item_id FROM listings WHERE product_id = %1"_s.arg(product)), 4242);
    QTRY_VERIFY(!resolve->isEnabled());
}

void TestListingsPage::importDialogImportsGoodFile()
{
    ImportDialog dialog(m_imports.get(), m_company, u"Acme"_s);
    QSignalSpy preview(&dialog, &ImportDialog::previewLoaded);
    dialog.setFilePath(writeFile(u"good.csv"_s, "Référence;Désignation;Prix;Marque\nA-1;Bol;3,50;X\nA-2;Tasse;2;Y\n"));
    QTRY_COMPARE(preview.count(), 1);
    QVERIFY(preview.constFirst().at(0).toBool());
    // Mapped from the French headers; the unknown column is left out.
    const ImportMapping mapping = dialog.mapping();
    QCOMPARE(mapping.value(ImportField::Sku, -1), 0);
    QCOMPARE(mapping.value(ImportField::Name, -1), 1);
    QCOMPARE(mapping.value(ImportField::Price, -1), 2);
    QCOMPARE(mapping.size(), 3);
    QCOMPARE(dialog.findChild<QTableWidget *>(u"previewTable"_s)->rowCount(), 2);

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.findChild<QPushButton *>(u"importButton"_s)->click();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().at(0).toBool());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 2);
    QCOMPARE(scalar(u"SELECT price FROM products WHERE sku = 'A-1'"_s), Decimal::parse(u"3.5")->units());
}

void TestListingsPage::importDialogListsProblems()
{
    ImportDialog dialog(m_imports.get(), m_company, u"Acme"_s);
    QSignalSpy preview(&dialog, &ImportDialog::previewLoaded);
    dialog.setFilePath(writeFile(u"bad.csv"_s, "SKU,Name,Price\nA-1,Bowl,1\nA-2,Cup,abc\n,Plate,2\n"));
    QTRY_COMPARE(preview.count(), 1);

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 0);
    auto *issues = dialog.findChild<QTableWidget *>(u"issuesTable"_s);
    QCOMPARE(issues->rowCount(), 2);
    QVERIFY(!issues->isHidden());
    const QStringList lines = dialog.issuesText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(u"3\tPrice\t"_s));
    QVERIFY(lines[2].startsWith(u"4\tSKU\t"_s));

    // The admin chooses to import the valid rows.
    dialog.setValidRowsOnly(true);
    dialog.startImport();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM products"_s), 1);
}

void TestListingsPage::importDialogRejectsLatin1()
{
    ImportDialog dialog(m_imports.get(), m_company, u"Acme"_s);
    QSignalSpy preview(&dialog, &ImportDialog::previewLoaded);
    dialog.setFilePath(writeFile(u"latin1.csv"_s, "SKU,Name\nA-1,Caf\xE9\n"));
    QTRY_COMPARE(preview.count(), 1);
    QVERIFY(!preview.constFirst().at(0).toBool());
    QVERIFY(dialog.findChild<QLabel *>(u"fileInfoLabel"_s)->text().contains(u"Line 2"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

QTEST_MAIN(TestListingsPage)
#include "tst_listingspage.moc"
