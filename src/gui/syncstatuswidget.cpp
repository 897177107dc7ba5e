#include "gui/syncstatuswidget.h"

#include "ui_syncstatuswidget.h"

#include "sync/syncengine.h"
#include "sync/synctext.h"

namespace posbridge {

SyncStatusWidget::SyncStatusWidget(SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncStatusWidget>())
    , m_engine(engine)
{
    m_ui->setupUi(this);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncStatusWidget::onEngineStatusChanged);
    connect(m_ui->cancelButton, &QToolButton::clicked, this, &SyncStatusWidget::onCancelClicked);
    setVisible(false);
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setCompany(qint64 companyId)
{
    m_companyId = companyId;
    show(m_engine->status(companyId));
}

void SyncStatusWidget::onEngineStatusChanged(qint64 companyId)
{
    if (companyId == m_companyId)
        show(m_engine->status(companyId));
}

void SyncStatusWidget::onCancelClicked()
{
    m_ui->cancelButton->setEnabled(false);
    m_engine->cancel(m_companyId);
}

void SyncStatusWidget::show(const CompanySyncStatus &status)
{
    if (m_companyId == 0 || !status.runningJob) {
        setVisible(false);
        m_ui->cancelButton->setEnabled(true);
        return;
    }
    const QString job = syncJobName(*status.runningJob);
    m_ui->jobLabel->setText(status.progressMessage.isEmpty() ? job : tr("%1: %2").arg(job, status.progressMessage));
    // A total of 0 means the job cannot tell how much is left: the bar shows activity instead.
    m_ui->progressBar->setRange(0, status.progressTotal);
    m_ui->progressBar->setValue(status.progressTotal > 0 ? status.progressDone : 0);
    setVisible(true);
}

} // namespace posbridge
