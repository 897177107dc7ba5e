#include "gui/aboutdialog.h"

#include "ui_aboutdialog.h"

#include "gui/applicationicon.h"

namespace posbridge {

namespace {

constexpr int ICON_SIZE = 64;

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);

    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(ICON_SIZE, ICON_SIZE), devicePixelRatioF()));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(POSBRIDGE_VERSION)));
    m_ui->qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_ui->licenceTree->resizeColumnToContents(0);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace posbridge
