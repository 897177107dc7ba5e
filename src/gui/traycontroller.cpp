#include "gui/traycontroller.h"

#include "gui/logging.h"
#include "sync/syncengine.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace posbridge {

namespace {

// The jobs that Sync Now starts. Reconciliation compares every item and runs on its own schedule.
constexpr SyncJob SYNC_NOW_JOBS[] = {SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::ProductPosting};

} // namespace

TrayController::TrayController(TrayStateModel *model, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_engine(engine)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_companySeparator = m_menu->addSeparator();
    m_syncNow = m_menu->addAction(tr("&Sync Now"));
    m_syncNow->setObjectName(QStringLiteral("traySyncNowAction"));
    m_syncNow->setToolTip(tr("Downloads orders, uploads inventory and posts products now, for every company that "
                             "has them switched on."));
    m_pauseAll = m_menu->addAction(tr("&Pause All"));
    m_pauseAll->setObjectName(QStringLiteral("trayPauseAllAction"));
    m_pauseAll->setToolTip(tr("Stops every company's syncing until Resume All; running jobs are cancelled."));
    m_resumeAll = m_menu->addAction(tr("&Resume All"));
    m_resumeAll->setObjectName(QStringLiteral("trayResumeAllAction"));
    m_menu->addSeparator();
    m_open = m_menu->addAction(tr("&Open POS Bridge"));
    m_open->setObjectName(QStringLiteral("trayOpenAction"));
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));

    connect(m_syncNow, &QAction::triggered, this, &TrayController::syncAllNow);
    connect(m_pauseAll, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->setAllPaused(true);
    });
    connect(m_resumeAll, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->setAllPaused(false);
    });
    connect(m_open, &QAction::triggered, this, &TrayController::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_model, &TrayStateModel::changed, this, &TrayController::updateActions);
    connect(m_model, &TrayStateModel::notificationRequested, this, &TrayController::onNotificationRequested);
    updateActions();
}

TrayController::~TrayController() = default;

bool TrayController::showIcon()
{
    if (m_icon)
        return true;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcGui) << "The desktop has no system tray; closing the window quits";
        return false;
    }
    m_icon = new QSystemTrayIcon(iconFor(m_model->state()), this);
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(m_model->toolTip());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    m_icon->show();
    return true;
}

bool TrayController::isIconVisible() const
{
    return m_icon && m_icon->isVisible();
}

QIcon TrayController::iconFor(TrayState state)
{
    switch (state) {
    case TrayState::Syncing:
        return QIcon(QStringLiteral(":/icons/tray-syncing.svg"));
    case TrayState::Attention:
        return QIcon(QStringLiteral(":/icons/tray-attention.svg"));
    case TrayState::Idle:
        break;
    }
    return QIcon(QStringLiteral(":/icons/tray-idle.svg"));
}

void TrayController::syncAllNow()
{
    if (!m_engine)
        return;
    int started = 0;
    for (const TrayCompany &company : m_model->companies()) {
        for (const SyncJob job : SYNC_NOW_JOBS) {
            if (m_engine->runNow(company.companyId, job, RunTrigger::Manual))
                ++started;
        }
    }
    qCInfo(lcGui) << "Sync Now from the tray started" << started << "jobs";
}

void TrayController::rebuildCompanies()
{
    const QList<TrayCompany> companies = m_model->companies();
    if (companies.size() != m_companyActions.size()) {
        qDeleteAll(m_companyActions);
        m_companyActions.clear();
        for (qsizetype i = 0; i < companies.size(); ++i) {
            auto *action = new QAction(m_menu.get());
            m_menu->insertAction(m_companySeparator, action);
            m_companyActions.append(action);
            connect(action, &QAction::triggered, this,
                    [this, action] { Q_EMIT companyRequested(action->data().toLongLong()); });
        }
    }
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const TrayCompany &company = companies.at(i);
        QAction *action = m_companyActions.at(i);
        action->setData(company.companyId);
        // A company name may contain "&", which a menu would take for a mnemonic.
        QString name = company.name;
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        action->setText(tr("%1 — %2").arg(name, company.detail));
        action->setIcon(iconFor(company.state));
    }
    m_companySeparator->setVisible(!companies.isEmpty());
}

void TrayController::updateActions()
{
    rebuildCompanies();
    const bool paused = m_model->isAllPaused();
    m_pauseAll->setVisible(!paused);
    m_resumeAll->setVisible(paused);
    m_pauseAll->setEnabled(m_engine != nullptr);
    m_resumeAll->setEnabled(m_engine != nullptr);
    m_syncNow->setEnabled(m_engine != nullptr && !paused && m_model->anySyncEnabled());

    const TrayState state = m_model->state();
    if (m_icon) {
        if (state != m_shownState)
            m_icon->setIcon(iconFor(state));
        m_icon->setToolTip(m_model->toolTip());
    }
    m_shownState = state;
}

void TrayController::onNotificationRequested(const QString &title, const QString &message)
{
    qCInfo(lcGui).noquote() << "Notification:" << title;
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QSystemTrayIcon::Warning);
}

} // namespace posbridge
