#include "gui/orderspage.h"

#include "ui_orderspage.h"

#include "core/futures.h"
#include "gui/displayformat.h"
#include "gui/orderlinesmodel.h"
#include "gui/ordersmodel.h"
#include "gui/productpickerdialog.h"
#include "gui/returnsmodel.h"
#include "gui/tableviewsetup.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/listingservice.h"
#include "sync/synchistoryservice.h"
#include "sync/synctext.h"

#include <QScrollBar>
#include <QTimer>

#include <limits>

namespace posbridge {

namespace {

// Typing and date changes apply after this pause, so each keystroke does not start a query.
constexpr int FILTER_DELAY_MS = 400;
// A sync run refreshes the lists after this pause, so a burst of runs costs one query.
constexpr int REFRESH_DELAY_MS = 2000;

QDateTime startOfLocalDay(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

OrdersPage::OrdersPage(std::shared_ptr<DatabaseExecutor> executor, SyncHistoryService *history, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrdersPage>())
    , m_executor(std::move(executor))
    , m_ordersModel(new OrdersModel(m_executor, this))
    , m_linesModel(new OrderLinesModel(m_executor, this))
    , m_returnsModel(new ReturnsModel(m_executor, this))
    , m_filterTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->ordersView, m_ordersModel);
    setUpListTable(m_ui->linesView, m_linesModel);
    setUpListTable(m_ui->returnsView, m_returnsModel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FILTER_DELAY_MS);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(REFRESH_DELAY_MS);

    setUpFilters();
    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::onCurrentOrderChanged);
    connect(m_ordersModel, &QAbstractItemModel::modelReset, this, &OrdersPage::onCurrentOrderChanged);
    connect(m_ordersModel, &PagedTableModel::loadFailed, this, &OrdersPage::showMessage);
    connect(m_returnsModel, &PagedTableModel::loadFailed, this, &OrdersPage::showMessage);
    connect(m_linesModel, &OrderLinesModel::loadFailed, this, &OrdersPage::showMessage);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OrdersPage::applyFilters);
    connect(m_refreshTimer, &QTimer::timeout, this, &OrdersPage::onRefreshTimeout);
    connect(history, &SyncHistoryService::runChanged, this, &OrdersPage::onRunChanged);
    connect(m_ui->resolveItemButton, &QPushButton::clicked, this, &OrdersPage::resolveSelectedItem);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::updateLineActions);
    connect(m_linesModel, &QAbstractItemModel::modelReset, this, &OrdersPage::updateLineActions);
    connect(m_linesModel, &OrderLinesModel::loaded, this, &OrdersPage::updateLineActions);
    m_ui->resolveItemButton->setVisible(false);
}

void OrdersPage::setListingService(ListingService *service)
{
    m_listings = service;
    m_ui->resolveItemButton->setVisible(service != nullptr);
    updateLineActions();
}

void OrdersPage::updateLineActions()
{
    const QModelIndex current = m_ui->linesView->currentIndex();
    const auto line = current.isValid() ? m_linesModel->lineAt(current.row()) : std::nullopt;
    m_ui->resolveItemButton->setEnabled(m_listings && line && line->unmatched && line->line.itemId != 0);
}

void OrdersPage::resolveSelectedItem()
{
    const QModelIndex current = m_ui->linesView->currentIndex();
    const auto line = current.isValid() ? m_linesModel->lineAt(current.row()) : std::nullopt;
    if (!m_listings || !line || !line->unmatched || line->line.itemId == 0)
        return;
    const qint64 itemId = line->line.itemId;
    const qint64 companyId = m_companyId;
    ProductPickerDialog picker(m_listings, companyId,
                               tr("Choose the product that Lightspeed sells as item %1 (“%2”). Its unknown lines "
                                  "are then booked, and later sales of the item find the product.")
                                   .arg(itemId)
                                   .arg(line->line.description),
                               this);
    if (picker.exec() != QDialog::Accepted || picker.selectedProductId() == 0)
        return;
    whenFinished(m_listings->rematchItem(companyId, itemId, picker.selectedProductId()), this,
                 [this, itemId](Result<RematchOutcome> outcome) {
                     if (!outcome) {
                         showMessage(outcome.error().message);
                         Q_EMIT itemResolved(false, outcome.error().message);
                         return;
                     }
                     const QString message = tr("Item %1 now belongs to the product; %n unknown line(s) were booked.",
                                                nullptr, outcome->linesMatched)
                                                 .arg(itemId);
                     showMessage(message);
                     const qint64 orderId = m_linesModel->orderId();
                     applyFilters();
                     m_linesModel->setOrder(0);
                     m_linesModel->setOrder(orderId);
                     Q_EMIT itemResolved(true, message);
                 });
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::setUpFilters()
{
    m_ui->statusCombo->addItem(tr("All"), -1);
    m_ui->statusCombo->addItem(orderStatusName(OrderStatus::Completed), int(OrderStatus::Completed));
    m_ui->statusCombo->addItem(orderStatusName(OrderStatus::Cancelled), int(OrderStatus::Cancelled));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &OrdersPage::applyFilters);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilters);
    connect(m_ui->unmatchedCheck, &QCheckBox::toggled, this, &OrdersPage::applyFilters);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->fromDateEdit->setEnabled(checked);
        m_ui->toDateEdit->setEnabled(checked);
        applyFilters();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &OrdersPage::applyFilters);
}

void OrdersPage::loadCompany(qint64 companyId)
{
    m_companyId = companyId;
    applyFilters();
}

OrderFilter OrdersPage::currentOrderFilter() const
{
    OrderFilter filter;
    filter.companyId = m_companyId;
    filter.text = m_ui->searchEdit->text().trimmed();
    if (const int status = m_ui->statusCombo->currentData().toInt(); status >= 0)
        filter.status = OrderStatus(status);
    filter.unmatchedOnly = m_ui->unmatchedCheck->isChecked();
    if (m_ui->dateRangeCheck->isChecked()) {
        filter.completedFrom = startOfLocalDay(m_ui->fromDateEdit->date());
        filter.completedBefore = startOfLocalDay(m_ui->toDateEdit->date().addDays(1));
    }
    return filter;
}

ReturnFilter OrdersPage::currentReturnFilter() const
{
    // Returns have no unknown-items flag of their own; the other filters apply to them too.
    const OrderFilter orders = currentOrderFilter();
    ReturnFilter filter;
    filter.companyId = orders.companyId;
    filter.text = orders.text;
    if (orders.status)
        filter.cancelled = *orders.status == OrderStatus::Cancelled;
    filter.createdFrom = orders.completedFrom;
    filter.createdBefore = orders.completedBefore;
    return filter;
}

void OrdersPage::applyFilters()
{
    m_filterTimer->stop();
    m_ui->messageLabel->clear();
    m_ordersModel->setFilter(currentOrderFilter());
    m_returnsModel->setFilter(currentReturnFilter());
    updateCount();
}

void OrdersPage::updateCount()
{
    const quint64 generation = ++m_countGeneration;
    m_ui->countLabel->clear();
    if (m_companyId == 0)
        return;
    const OrderFilter orders = currentOrderFilter();
    const ReturnFilter returns = currentReturnFilter();
    auto future = m_executor->run([orders, returns](Database &db) -> Result<std::pair<qint64, qint64>> {
        OrderQueries queries(db.connection());
        const auto orderCount = queries.countOrders(orders);
        if (!orderCount)
            return orderCount.error();
        const auto returnCount = queries.countReturns(returns);
        if (!returnCount)
            return returnCount.error();
        return std::make_pair(*orderCount, *returnCount);
    });
    whenFinished(future, this, [this, generation](Result<std::pair<qint64, qint64>> counts) {
        if (generation != m_countGeneration || !counts)
            return;
        m_ui->countLabel->setText(tr("%1, %2").arg(tr("%n order(s)", nullptr, clampedCount(counts->first)),
                                                   tr("%n return(s)", nullptr, clampedCount(counts->second))));
    });
}

void OrdersPage::selectOrderRow(int row)
{
    m_ui->ordersView->setCurrentIndex(m_ordersModel->index(row, 0));
}

void OrdersPage::onCurrentOrderChanged()
{
    const auto summary = m_ordersModel->orderAt(m_ui->ordersView->currentIndex().row());
    m_linesModel->setOrder(summary ? summary->order.id : 0);
    if (!summary) {
        m_ui->orderSummaryLabel->setText(tr("Select an order to see its lines."));
        return;
    }
    const Order &order = summary->order;
    QString text =
        tr("Lightspeed sale %1, ticket %2, completed %3, total %4.")
            .arg(QString::number(order.saleId), order.ticketNumber.isEmpty() ? tr("none") : order.ticketNumber,
                 localDateTimeText(order.completedAt), moneyText(order.total));
    if (order.status == OrderStatus::Cancelled)
        text += u' ' + tr("Cancelled on %1 after the sale was voided.").arg(localDateTimeText(order.cancelledAt));
    if (summary->hasUnmatchedLines)
        text += u' ' + tr("Highlighted lines are unknown items.");
    m_ui->orderSummaryLabel->setText(text);
}

void OrdersPage::onRunChanged(qint64 companyId)
{
    if (companyId == m_companyId && m_companyId != 0)
        m_refreshTimer->start();
}

void OrdersPage::onRefreshTimeout()
{
    // Reloading would throw away the rows the admin scrolled to; only the top of a list refreshes itself.
    const bool ordersAtTop =
        m_ui->ordersView->verticalScrollBar()->value() == 0 && m_ordersModel->rowCount() <= m_ordersModel->pageSize();
    const bool returnsAtTop = m_ui->returnsView->verticalScrollBar()->value() == 0 &&
                              m_returnsModel->rowCount() <= m_returnsModel->pageSize();
    if (!ordersAtTop || !returnsAtTop || m_ui->ordersView->currentIndex().isValid()) {
        showMessage(tr("New orders may have arrived. Use Refresh to see them."));
        return;
    }
    applyFilters();
}

void OrdersPage::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

} // namespace posbridge
