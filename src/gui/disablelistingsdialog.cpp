#include "gui/disablelistingsdialog.h"

#include "ui_disablelistingsdialog.h"

namespace posbridge {

DisableListingsDialog::DisableListingsDialog(int productCount, int linkedCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisableListingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(tr("Disable the listing of %n product(s)?", nullptr, productCount));
    m_ui->archiveCheck->setEnabled(linkedCount > 0);
    if (linkedCount == 0)
        m_ui->archiveCheck->setToolTip(tr("None of these products has a Lightspeed item."));
}

DisableListingsDialog::~DisableListingsDialog() = default;

bool DisableListingsDialog::archiveRequested() const
{
    return m_ui->archiveCheck->isEnabled() && m_ui->archiveCheck->isChecked();
}

void DisableListingsDialog::setArchiveRequested(bool archive)
{
    m_ui->archiveCheck->setChecked(archive);
}

} // namespace posbridge
