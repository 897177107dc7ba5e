#include "gui/productpickerdialog.h"

#include "ui_productpickerdialog.h"

#include "gui/listingsmodel.h"
#include "gui/tableviewsetup.h"

#include <QPushButton>
#include <QTimer>

namespace posbridge {

namespace {
constexpr int SEARCH_DELAY_MS = 300;
} // namespace

ProductPickerDialog::ProductPickerDialog(ListingService *service, qint64 companyId, const QString &intro,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductPickerDialog>())
    , m_model(new ListingsModel(service, this))
    , m_searchTimer(new QTimer(this))
    , m_companyId(companyId)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    m_ui->introLabel->setVisible(!intro.isEmpty());
    setUpListTable(m_ui->productsView, m_model);
    for (int column = ListingsModel::ItemIdColumn; column < ListingsModel::ColumnCount; ++column)
        m_ui->productsView->hideColumn(column);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SEARCH_DELAY_MS);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductPickerDialog::updateOkButton);
    connect(m_ui->productsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductPickerDialog::updateOkButton);
    connect(m_ui->productsView, &QTableView::doubleClicked, this, &QDialog::accept);
    search(QString());
}

ProductPickerDialog::~ProductPickerDialog() = default;

void ProductPickerDialog::search(const QString &text)
{
    m_searchTimer->stop();
    ListingFilter filter;
    filter.companyId = m_companyId;
    filter.text = text;
    m_model->setFilter(filter);
}

qint64 ProductPickerDialog::selectedProductId() const
{
    const QModelIndexList rows = m_ui->productsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(ListingsModel::ProductIdRole).toLongLong();
}

void ProductPickerDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(selectedProductId() != 0);
}

} // namespace posbridge
