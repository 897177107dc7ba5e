#include "gui/warehousespage.h"

#include "ui_warehousespage.h"

#include "core/futures.h"
#include "gui/idnamelistmodel.h"
#include "sync/companyservice.h"

#include <QInputDialog>
#include <QMessageBox>

namespace posbridge {

WarehousesPage::WarehousesPage(CompanyService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WarehousesPage>())
    , m_service(service)
    , m_model(new IdNameListModel(this))
{
    m_ui->setupUi(this);
    m_ui->warehouseList->setModel(m_model);
    connect(m_ui->addButton, &QPushButton::clicked, this, &WarehousesPage::addWarehouse);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &WarehousesPage::renameWarehouse);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WarehousesPage::removeWarehouse);
    connect(m_ui->warehouseList, &QListView::doubleClicked, this, &WarehousesPage::renameWarehouse);
    connect(m_ui->warehouseList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WarehousesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WarehousesPage::updateButtons);
    connect(m_service, &CompanyService::warehousesChanged, this, [this](qint64 companyId) {
        if (companyId == m_companyId)
            reload();
    });
    updateButtons();
}

WarehousesPage::~WarehousesPage() = default;

void WarehousesPage::loadCompany(qint64 companyId)
{
    m_companyId = companyId;
    m_model->setRows({});
    reload();
}

int WarehousesPage::warehouseCount() const
{
    return m_model->rowCount();
}

void WarehousesPage::reload()
{
    const quint64 generation = ++m_generation;
    if (m_companyId == 0) {
        updateButtons();
        return;
    }
    whenFinished(m_service->listWarehouses(m_companyId), this, [this, generation](Result<QList<Warehouse>> warehouses) {
        if (generation != m_generation)
            return;
        if (!warehouses) {
            showError(tr("Warehouses"), warehouses.error().message);
            return;
        }
        const qint64 selectedId = m_model->idAt(selectedRow());
        QList<IdNameListModel::Row> rows;
        for (const Warehouse &warehouse : *warehouses)
            rows.append({warehouse.id, warehouse.name});
        m_model->setRows(rows);
        const int row = m_model->rowOf(selectedId);
        if (row >= 0)
            m_ui->warehouseList->setCurrentIndex(m_model->index(row));
        Q_EMIT loaded();
    });
}

int WarehousesPage::selectedRow() const
{
    const QModelIndex current = m_ui->warehouseList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WarehousesPage::updateButtons()
{
    const bool hasCompany = m_companyId != 0;
    const bool hasSelection = selectedRow() >= 0;
    m_ui->addButton->setEnabled(hasCompany);
    m_ui->renameButton->setEnabled(hasSelection);
    m_ui->removeButton->setEnabled(hasSelection);
}

void WarehousesPage::addWarehouse()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Add Warehouse"), tr("Name of the new warehouse:"),
                                               QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    whenFinished(m_service->addWarehouse(m_companyId, name), this, [this](Result<Warehouse> added) {
        if (!added)
            showError(tr("Add Warehouse"), added.error().message);
    });
}

void WarehousesPage::renameWarehouse()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Rename Warehouse"), tr("New name of the warehouse:"),
                                               QLineEdit::Normal, m_model->nameAt(row), &accepted);
    if (!accepted)
        return;
    whenFinished(m_service->renameWarehouse(m_model->idAt(row), name), this, [this](VoidResult renamed) {
        if (!renamed)
            showError(tr("Rename Warehouse"), renamed.error().message);
    });
}

void WarehousesPage::removeWarehouse()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model->nameAt(row);
    const auto answer = QMessageBox::question(this, tr("Remove Warehouse"), tr("Remove the warehouse “%1”?").arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    whenFinished(m_service->removeWarehouse(m_model->idAt(row)), this, [this](VoidResult removed) {
        if (!removed)
            showError(tr("Remove Warehouse"), removed.error().message);
    });
}

void WarehousesPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace posbridge
