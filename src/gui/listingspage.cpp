#include "gui/listingspage.h"

#include "ui_listingspage.h"

#include "core/futures.h"
#include "gui/candidatechoicedialog.h"
#include "gui/disablelistingsdialog.h"
#include "gui/listingsmodel.h"
#include "gui/tableviewsetup.h"
#include "sync/listingservice.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

namespace posbridge {

namespace {

constexpr int SEARCH_DELAY_MS = 300;

const QList<ListingState> FILTER_STATES = {
    ListingState::NotListed,     ListingState::Pending,     ListingState::Linked, ListingState::Created,
    ListingState::PendingUpdate, ListingState::NeedsChoice, ListingState::Error};

} // namespace

ListingsPage::ListingsPage(ListingService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListingsPage>())
    , m_service(service)
    , m_model(new ListingsModel(service, this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->stateFilter->addItem(tr("All products"), -1);
    for (ListingState state : FILTER_STATES)
        m_ui->stateFilter->addItem(listingStateText(state), int(state));
    setUpListTable(m_ui->listingsView, m_model);

    // The same actions as the buttons, in the table's context menu.
    const QList<std::pair<QPushButton *, void (ListingsPage::*)()>> actions = {
        {m_ui->enableButton, &ListingsPage::enableSelected},
        {m_ui->disableButton, &ListingsPage::disableSelected},
        {m_ui->postNowButton, &ListingsPage::postSelected},
        {m_ui->chooseItemButton, &ListingsPage::chooseItemForSelected},
        {m_ui->unlinkButton, &ListingsPage::unlinkSelected},
    };
    for (const auto &[button, handler] : actions) {
        connect(button, &QPushButton::clicked, this, handler);
        auto *action = new QAction(button->text(), m_ui->listingsView);
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, this, handler);
        m_ui->listingsView->addAction(action);
    }

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SEARCH_DELAY_MS);
    connect(m_searchTimer, &QTimer::timeout, this, &ListingsPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, &ListingsPage::applyFilter);
    connect(m_ui->listingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListingsPage::updateButtons);
    connect(m_ui->listingsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(ListingsModel::StateRole).toInt() == int(ListingState::NeedsChoice))
            chooseItemForSelected();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListingsPage::updateButtons);
    connect(m_model, &ListingsModel::totalCountChanged, this, &ListingsPage::updateCountLabel);
    connect(m_model, &ListingsModel::pageLoaded, this, &ListingsPage::updateCountLabel);
    connect(m_model, &ListingsModel::loadFailed, this,
            [this](const QString &message) { report(false, tr("Listings"), message); });
    connect(m_service, &ListingService::listingsChanged, this, [this](qint64 companyId) {
        if (companyId == m_companyId)
            m_model->reload();
    });
    updateButtons();
}

ListingsPage::~ListingsPage() = default;

void ListingsPage::loadCompany(qint64 companyId)
{
    m_companyId = companyId;
    applyFilter();
}

void ListingsPage::setStateFilter(std::optional<ListingState> state)
{
    const int index = m_ui->stateFilter->findData(state ? int(*state) : -1);
    m_ui->stateFilter->setCurrentIndex(std::max(index, 0));
    applyFilter();
}

void ListingsPage::search(const QString &text)
{
    m_ui->searchEdit->setText(text);
    applyFilter();
}

void ListingsPage::applyFilter()
{
    m_searchTimer->stop();
    ListingFilter filter;
    filter.companyId = m_companyId;
    filter.text = m_ui->searchEdit->text();
    const int state = m_ui->stateFilter->currentData().toInt();
    if (state >= 0)
        filter.state = ListingState(state);
    m_model->setFilter(filter);
    updateCountLabel();
}

void ListingsPage::updateCountLabel()
{
    const qint64 total = m_model->totalCount();
    m_ui->countLabel->setText(total < 0 ? tr("Counting…") : tr("%n product(s)", nullptr, int(total)));
}

QList<const ListingRow *> ListingsPage::selectedRows() const
{
    QList<const ListingRow *> rows;
    for (const QModelIndex &index : m_ui->listingsView->selectionModel()->selectedRows()) {
        if (const ListingRow *row = m_model->rowAt(index.row()))
            rows << row;
    }
    return rows;
}

QList<qint64> ListingsPage::selectedProductIds() const
{
    QList<qint64> ids;
    for (const ListingRow *row : selectedRows())
        ids << row->product.id;
    return ids;
}

void ListingsPage::updateButtons()
{
    const QList<const ListingRow *> rows = selectedRows();
    bool anyEnabled = false;
    bool anyDisabled = false;
    bool anyLinked = false;
    for (const ListingRow *row : rows) {
        anyEnabled = anyEnabled || row->listing.enabled;
        anyDisabled = anyDisabled || !row->listing.enabled;
        anyLinked = anyLinked || row->listing.isLinked();
    }
    const bool oneNeedsChoice = rows.size() == 1 && rows.constFirst()->displayState() == ListingState::NeedsChoice;
    m_ui->enableButton->setEnabled(anyDisabled);
    m_ui->disableButton->setEnabled(anyEnabled);
    m_ui->postNowButton->setEnabled(anyEnabled);
    m_ui->chooseItemButton->setEnabled(oneNeedsChoice);
    m_ui->unlinkButton->setEnabled(anyLinked);
    const QList<QAction *> actions = m_ui->listingsView->actions();
    const QList<QPushButton *> buttons = {m_ui->enableButton, m_ui->disableButton, m_ui->postNowButton,
                                          m_ui->chooseItemButton, m_ui->unlinkButton};
    for (qsizetype i = 0; i < actions.size() && i < buttons.size(); ++i)
        actions[i]->setEnabled(buttons[i]->isEnabled());
}

void ListingsPage::report(bool ok, const QString &title, const QString &message)
{
    if (!ok)
        QMessageBox::warning(this, title, message);
    Q_EMIT actionFinished(ok, message);
}

void ListingsPage::enableSelected()
{
    const QList<qint64> ids = selectedProductIds();
    if (ids.isEmpty())
        return;
    const qint64 companyId = m_companyId;
    whenFinished(m_service->setEnabled(companyId, ids, true, false), this, [this, companyId, ids](VoidResult saved) {
        if (!saved) {
            report(false, tr("Enable Listing"), saved.error().message);
            return;
        }
        m_service->requestPosting(companyId, ids);
        report(true, tr("Enable Listing"), tr("%n product(s) will be posted to Lightspeed.", nullptr, int(ids.size())));
    });
}

void ListingsPage::disableSelected()
{
    const QList<const ListingRow *> rows = selectedRows();
    QList<qint64> ids;
    int linked = 0;
    for (const ListingRow *row : rows) {
        if (!row->listing.enabled)
            continue;
        ids << row->product.id;
        linked += row->listing.isLinked() ? 1 : 0;
    }
    if (ids.isEmpty())
        return;
    DisableListingsDialog dialog(int(ids.size()), linked, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool archive = dialog.archiveRequested();
    const qint64 companyId = m_companyId;
    whenFinished(m_service->setEnabled(companyId, ids, false, archive), this,
                 [this, companyId, ids, archive](VoidResult saved) {
                     if (!saved) {
                         report(false, tr("Disable Listing"), saved.error().message);
                         return;
                     }
                     if (archive)
                         m_service->requestPosting(companyId, ids);
                     report(true, tr("Disable Listing"), QString());
                 });
}

void ListingsPage::postSelected()
{
    QList<qint64> ids;
    for (const ListingRow *row : selectedRows()) {
        if (row->listing.enabled)
            ids << row->product.id;
    }
    if (ids.isEmpty())
        return;
    const qint64 companyId = m_companyId;
    // Listings in error go back in line first; the others are posted as they are.
    whenFinished(m_service->retry(companyId, ids), this, [this, companyId, ids](Result<int> retried) {
        if (!retried) {
            report(false, tr("Post Now"), retried.error().message);
            return;
        }
        m_service->requestPosting(companyId, ids);
        report(true, tr("Post Now"), QString());
    });
}

void ListingsPage::chooseItemForSelected()
{
    const QList<const ListingRow *> rows = selectedRows();
    if (rows.size() != 1 || rows.constFirst()->displayState() != ListingState::NeedsChoice)
        return;
    const Product product = rows.constFirst()->product;
    const qint64 listingId = rows.constFirst()->listing.id;
    const qint64 companyId = m_companyId;
    whenFinished(m_service->candidates(listingId), this,
                 [this, product, listingId, companyId](Result<QList<ListingCandidate>> candidates) {
                     if (!candidates) {
                         report(false, tr("Choose Item"), candidates.error().message);
                         return;
                     }
                     CandidateChoiceDialog dialog(product, *candidates, this);
                     if (dialog.exec() != QDialog::Accepted || dialog.selectedItemId() == 0)
                         return;
                     const qint64 itemId = dialog.selectedItemId();
                     whenFinished(m_service->chooseCandidate(companyId, listingId, itemId), this,
                                  [this, companyId, product](VoidResult chosen) {
                                      if (!chosen) {
                                          report(false, tr("Choose Item"), chosen.error().message);
                                          return;
                                      }
                                      m_service->requestPosting(companyId, {product.id});
                                      report(true, tr("Choose Item"), QString());
                                  });
                 });
}

void ListingsPage::unlinkSelected()
{
    QList<qint64> ids;
    for (const ListingRow *row : selectedRows()) {
        if (row->listing.isLinked())
            ids << row->product.id;
    }
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Unlink"),
                    tr("Unlink %n product(s) from their Lightspeed items?", nullptr, int(ids.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Their listings are disabled and the items stay on Lightspeed. Enable a product "
                              "again to match it or create its item anew."));
    QPushButton *unlink = box.addButton(tr("Unlink"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != unlink)
        return;
    whenFinished(m_service->unlink(m_companyId, ids), this, [this](VoidResult unlinked) {
        report(unlinked.ok(), tr("Unlink"), unlinked.ok() ? QString() : unlinked.error().message);
    });
}

} // namespace posbridge
