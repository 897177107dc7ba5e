#include "gui/candidatechoicedialog.h"

#include "ui_candidatechoicedialog.h"

#include <QLocale>
#include <QPushButton>

namespace posbridge {

CandidateChoiceDialog::CandidateChoiceDialog(const Product &product, const QList<ListingCandidate> &candidates,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CandidateChoiceDialog>())
    , m_candidates(candidates)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Several Lightspeed items match the product “%1” (SKU %2). Choose the one that is "
                                 "this product; POS Bridge then links them and makes the item's name, price and "
                                 "cost match the product.")
                                  .arg(product.name, product.sku));

    const QStringList headers = {tr("Item ID"), tr("System SKU"), tr("Custom SKU"), tr("Manufacturer SKU"),
                                 tr("UPC"),     tr("EAN"),        tr("Price"),      tr("Description")};
    QTableWidget *table = m_ui->candidatesTable;
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(candidates.size()));
    for (int row = 0; row < candidates.size(); ++row) {
        const ListingCandidate &c = candidates[row];
        const QStringList values = {QString::number(c.itemId),
                                    c.systemSku,
                                    c.customSku,
                                    c.manufacturerSku,
                                    c.upc,
                                    c.ean,
                                    QLocale().toString(c.defaultPrice.toDouble(), 'f', 2),
                                    c.description};
        for (int column = 0; column < values.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(values[column]));
    }
    table->resizeColumnsToContents();
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidateChoiceDialog::updateOkButton);
    connect(table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    updateOkButton();
}

CandidateChoiceDialog::~CandidateChoiceDialog() = default;

qint64 CandidateChoiceDialog::selectedItemId() const
{
    const QModelIndexList rows = m_ui->candidatesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_candidates.value(rows.constFirst().row()).itemId;
}

void CandidateChoiceDialog::selectItem(qint64 itemId)
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates[row].itemId == itemId)
            m_ui->candidatesTable->selectRow(row);
    }
}

void CandidateChoiceDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(selectedItemId() != 0);
}

} // namespace posbridge
