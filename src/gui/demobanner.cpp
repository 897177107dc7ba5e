#include "gui/demobanner.h"

#include "ui_demobanner.h"

namespace posbridge {

DemoBanner::DemoBanner(const DemoInfo &info, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::DemoBanner>())
{
    m_ui->setupUi(this);
    m_ui->closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    setIcon(QStyle::SP_MessageBoxInformation);
    const QString text = tr("Demo: POS Bridge works on a demo database (%1) and is connected to the Lightspeed "
                            "sandbox at %2, not to a real Lightspeed account. For Actions › Fetch Token, log in on "
                            "the Lightspeed page with the e-mail %3 and the password %4.")
                             .arg(info.databasePath, info.sandboxUrl, info.loginEmail, info.loginPassword);
    m_ui->textLabel->setText(text);
    setAccessibleDescription(text);

    connect(m_ui->credentialsButton, &QPushButton::clicked, this, &DemoBanner::credentialsRequested);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &QWidget::hide);
}

DemoBanner::~DemoBanner() = default;

QString DemoBanner::text() const
{
    return m_ui->textLabel->text();
}

void DemoBanner::showSandboxStopped(int exitCode, bool crashed)
{
    setIcon(QStyle::SP_MessageBoxWarning);
    const QString text =
        crashed
            ? tr("Demo: the Lightspeed sandbox crashed or was killed, so the demo company cannot reach Lightspeed any "
                 "more. Quit and start the demo again; the sandbox's log may say what happened.")
            : tr("Demo: the Lightspeed sandbox stopped with exit code %1, so the demo company cannot reach "
                 "Lightspeed any more. Quit and start the demo again; the sandbox's log may say what happened.")
                  .arg(exitCode);
    m_ui->textLabel->setText(text);
    setAccessibleDescription(text);
    show();
}

void DemoBanner::setIcon(QStyle::StandardPixmap standardPixmap)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(standardPixmap, nullptr, this);
    m_ui->iconLabel->setPixmap(icon.pixmap(size, size));
}

} // namespace posbridge
