#include "gui/democredentialsdialog.h"

#include "ui_democredentialsdialog.h"

#include <QDir>

namespace posbridge {

DemoCredentialsDialog::DemoCredentialsDialog(const DemoInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DemoCredentialsDialog>())
{
    m_ui->setupUi(this);
    m_ui->emailEdit->setText(info.loginEmail);
    m_ui->passwordEdit->setText(info.loginPassword);
    m_ui->sandboxEdit->setText(info.sandboxUrl);
    m_ui->databaseEdit->setText(QDir::toNativeSeparators(info.databasePath));
    m_ui->logEdit->setText(QDir::toNativeSeparators(info.logPath));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DemoCredentialsDialog::~DemoCredentialsDialog() = default;

} // namespace posbridge
