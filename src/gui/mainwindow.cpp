#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/autostartentry.h"
#include "core/closedecision.h"
#include "core/futures.h"
#include "gui/aboutdialog.h"
#include "gui/connectioncontroller.h"
#include "gui/csvexportprogress.h"
#include "gui/dashboardpage.h"
#include "gui/demobanner.h"
#include "gui/democredentialsdialog.h"
#include "gui/exportdialog.h"
#include "gui/idnamelistmodel.h"
#include "gui/importdialog.h"
#include "gui/listingspage.h"
#include "gui/logging.h"
#include "gui/orderspage.h"
#include "gui/settingspage.h"
#include "gui/synchistorypage.h"
#include "gui/syncstatuswidget.h"
#include "gui/translations.h"
#include "gui/traycontroller.h"
#include "gui/warehousespage.h"
#include "storage/companyrepository.h"
#include "sync/companyservice.h"
#include "sync/csvexportservice.h"
#include "sync/syncengine.h"
#include "sync/synchistoryservice.h"
#include "sync/synctext.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace posbridge {

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_companies(services.companies)
    , m_exports(services.exports)
    , m_companyModel(new IdNameListModel(this))
{
    m_ui->setupUi(this);
    m_ui->companyList->setModel(m_companyModel);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 860});

    m_settingsPage = new SettingsPage(m_companies, this);
    m_warehousesPage = new WarehousesPage(m_companies, this);
    m_ui->companyTabs->addTab(m_settingsPage, tr("&General Settings"));
    m_ordersPage = new OrdersPage(m_companies->executor(), services.history, this);
    m_historyPage = new SyncHistoryPage(m_companies, services.history, m_exports, this);
    m_ui->companyTabs->addTab(m_warehousesPage, tr("&Warehouses"));
    m_listings = services.listings;
    m_imports = services.imports;
    if (m_listings) {
        m_listingsPage = new ListingsPage(m_listings, this);
        m_ui->companyTabs->insertTab(m_ui->companyTabs->indexOf(m_warehousesPage) + 1, m_listingsPage, tr("&Listings"));
        m_ordersPage->setListingService(m_listings);
    }
    m_ui->companyTabs->addTab(m_ordersPage, tr("&Orders"));
    m_ui->companyTabs->addTab(m_historyPage, tr("S&ync History"));
    m_dashboardPage = new DashboardPage(m_companies->executor(), services.connections, this);
    // First in the row, but the General Settings stay the tab that opens: a new company starts there.
    m_ui->companyTabs->insertTab(0, m_dashboardPage, tr("&Dashboard"));
    m_ui->companyTabs->setCurrentWidget(m_settingsPage);
    m_connectionController = new ConnectionController(services.connections, m_settingsPage, this);

    setUpActions();
    setUpLanguageMenu();
    setUpStartAtLogin();
    setUpStatusBar();
    setUpConnectionActions();

    connect(m_ui->companyList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCompanySelectionChanged);
    connect(m_settingsPage, &SettingsPage::dirtyChanged, this, &MainWindow::setWindowModified);
    connect(m_companies, &CompanyService::companiesChanged, this, [this] { reloadCompanies(m_currentCompanyId); });
    updateCompanyButtons();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    // Qt's standard keys for the platform. The form contains the keys of Linux desktops.
    m_ui->actionAddCompany->setShortcuts(QKeySequence::New);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionAddCompany, &QAction::triggered, this, &MainWindow::addCompany);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportData);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::showImport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->addCompanyButton, &QPushButton::clicked, this, &MainWindow::addCompany);
    connect(m_ui->renameCompanyButton, &QPushButton::clicked, this, &MainWindow::renameCompany);
    connect(m_ui->removeCompanyButton, &QPushButton::clicked, this, &MainWindow::removeCompany);
    connect(m_ui->companyList, &QListView::doubleClicked, this, &MainWindow::renameCompany);

    // Enabled by updateSyncStatus() for a company whose settings turn the job on.
    m_ui->actionSyncOrdersNow->setEnabled(false);
    m_ui->actionUploadInventoryNow->setEnabled(false);
    m_ui->actionPostProductsNow->setEnabled(false);
    connect(m_ui->actionSyncOrdersNow, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->runNow(m_currentCompanyId, SyncJob::OrderDownload);
    });
    connect(m_ui->actionUploadInventoryNow, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->runNow(m_currentCompanyId, SyncJob::InventoryUpload);
    });
    connect(m_ui->actionPostProductsNow, &QAction::triggered, this, [this] {
        if (m_engine)
            m_engine->runNow(m_currentCompanyId, SyncJob::ProductPosting);
    });
}

void MainWindow::setSyncEngine(SyncEngine *engine)
{
    if (m_engine || !engine)
        return;
    m_engine = engine;
    m_syncStatus = new SyncStatusWidget(engine, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    // Keep the progress left of the schedule and bucket labels.
    statusBar()->removeWidget(m_syncLabel);
    statusBar()->removeWidget(m_bucketLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_bucketLabel);
    m_syncLabel->show();
    m_bucketLabel->show();
    connect(engine, &SyncEngine::statusChanged, this, &MainWindow::onSyncStatusChanged);
    connect(engine, &SyncEngine::runFailed, this, &MainWindow::onSyncRunFailed);
    // Times in the status bar are relative to now; refresh them even when nothing changes.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    clock->start(1000);
    m_syncStatus->setCompany(m_currentCompanyId);
    m_dashboardPage->setSyncEngine(engine);
    updateSyncStatus();
}

void MainWindow::onSyncStatusChanged(qint64 companyId)
{
    if (companyId == m_currentCompanyId)
        updateSyncStatus();
}

void MainWindow::onSyncRunFailed(qint64 companyId, SyncJob job, const QString &message)
{
    if (companyId != m_currentCompanyId)
        return;
    statusBar()->showMessage(tr("%1 failed: %2").arg(syncJobName(job), message), 20'000);
}

void MainWindow::updateSyncStatus()
{
    const bool known = m_engine && m_currentCompanyId != 0;
    m_ui->actionSyncOrdersNow->setEnabled(known && m_engine->canRun(m_currentCompanyId, SyncJob::OrderDownload));
    m_ui->actionUploadInventoryNow->setEnabled(known && m_engine->canRun(m_currentCompanyId, SyncJob::InventoryUpload));
    m_ui->actionPostProductsNow->setEnabled(known && m_engine->canRun(m_currentCompanyId, SyncJob::ProductPosting));
    if (!known) {
        m_syncLabel->setText(tr("Last sync: — · Next sync: —"));
        return;
    }

    const CompanySyncStatus status = m_engine->status(m_currentCompanyId);
    const auto timeText = [](const QDateTime &at) {
        return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    };
    QString last = tr("—");
    if (const auto run = status.lastRun()) {
        last = run->lastResult == RunResult::Succeeded
                   ? timeText(run->lastRunAt)
                   : tr("%1 (%2)").arg(timeText(run->lastRunAt), runResultName(run->lastResult));
    }
    QString next = tr("—");
    if (status.paused)
        next = status.pausedReason;
    else if (status.runningJob)
        next = tr("running");
    else if (const auto run = status.nextRun())
        next = timeText(run->nextRunAt);
    m_syncLabel->setText(tr("Last sync: %1 · Next sync: %2").arg(last, next));
    // Until the engine has a reading, the label keeps what Test Connection measured, if anything.
    if (status.bucketKnown) {
        const QLocale locale;
        m_bucketLabel->setText(
            tr("Bucket: %1/%2")
                .arg(locale.toString(status.bucketLevel, 'f', 1), locale.toString(status.bucketSize, 'f', 0)));
    }
}

void MainWindow::setUpLanguageMenu()
{
    QMenu *menu = m_ui->viewMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString preferred = Translations::preferredLanguage();

    const auto addChoice = [this, menu, group, &preferred](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == preferred);
        action->setData(code);
        action->setObjectName(
            QStringLiteral("languageAction_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == Translations::preferredLanguage())
                return;
            Translations::setPreferredLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("POS Bridge uses the new language the next time it starts."));
        });
    };
    addChoice(QString(), tr("System Default"));
    menu->addSeparator();
    for (const InterfaceLanguage &language : Translations::available())
        addChoice(language.code, language.nativeName);
}

void MainWindow::setUpStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_bucketLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_bucketLabel->setObjectName(QStringLiteral("bucketStatusLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_syncLabel->setAccessibleName(tr("Last and next sync"));
    m_bucketLabel->setAccessibleName(tr("Rate-limit bucket level"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_bucketLabel);
    m_connectionLabel->setText(tr("No company selected"));
    m_syncLabel->setText(tr("Last sync: — · Next sync: —"));
    m_bucketLabel->setText(tr("Bucket: —"));
}

void MainWindow::setUpConnectionActions()
{
    ConnectionController *controller = m_connectionController;
    connect(m_ui->actionFetchToken, &QAction::triggered, controller, &ConnectionController::fetchToken);
    connect(m_ui->actionTestConnection, &QAction::triggered, controller, &ConnectionController::testConnection);
    connect(m_ui->actionDisconnect, &QAction::triggered, controller, &ConnectionController::disconnectCompany);
    connect(controller, &ConnectionController::actionsChanged, this, &MainWindow::updateConnectionActions);
    connect(controller, &ConnectionController::stateTextChanged, m_connectionLabel, &QLabel::setText);
    connect(controller, &ConnectionController::disconnectFinished, this, [this](bool disconnected) {
        if (disconnected)
            m_bucketLabel->setText(tr("Bucket: —"));
    });
    connect(controller, &ConnectionController::bucketLevelMeasured, this, [this](double level, double size) {
        const QLocale locale;
        m_bucketLabel->setText(tr("Bucket: %1/%2").arg(locale.toString(level, 'f', 1), locale.toString(size, 'f', 0)));
    });
    updateConnectionActions();
}

void MainWindow::updateConnectionActions()
{
    const ConnectionController *controller = m_connectionController;
    m_ui->actionFetchToken->setEnabled(controller->canFetchToken());
    m_ui->actionTestConnection->setEnabled(controller->canTestConnection());
    m_ui->actionDisconnect->setEnabled(controller->canDisconnect());
}

void MainWindow::start(qint64 preferredCompanyId)
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (preferredCompanyId == 0)
        preferredCompanyId = settings.value(lastCompanyKey()).toLongLong();
    reloadCompanies(preferredCompanyId);
}

QString MainWindow::lastCompanyKey() const
{
    // Per database: company IDs of the demo or another database mean nothing here.
    return QStringLiteral("window/lastCompany/%1").arg(m_companies->databaseUuid());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    if (m_currentCompanyId != 0)
        settings.setValue(lastCompanyKey(), m_currentCompanyId);
}

void MainWindow::reloadCompanies(qint64 selectId)
{
    whenFinished(m_companies->listCompanies(), this, [this, selectId](Result<QList<Company>> companies) {
        if (!companies) {
            QMessageBox::critical(this, tr("Companies"), companies.error().message);
            return;
        }
        QList<IdNameListModel::Row> rows;
        for (const Company &company : *companies)
            rows.append({company.id, company.name});

        m_changingSelection = true;
        m_companyModel->setRows(rows);
        m_changingSelection = false;

        int row = m_companyModel->rowOf(selectId);
        if (row < 0 && !rows.isEmpty())
            row = 0;
        selectCompanyRow(row);
        updateCompanyButtons();
        Q_EMIT companiesLoaded();
    });
}

void MainWindow::selectCompanyRow(int row)
{
    m_changingSelection = true;
    if (row >= 0)
        m_ui->companyList->setCurrentIndex(m_companyModel->index(row));
    else
        m_ui->companyList->setCurrentIndex({});
    m_changingSelection = false;
    const qint64 companyId = m_companyModel->idAt(row);
    if (companyId != m_currentCompanyId)
        showCompany(companyId);
}

void MainWindow::onCompanySelectionChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_changingSelection)
        return;
    const qint64 requested = current.isValid() ? m_companyModel->idAt(current.row()) : 0;
    if (requested == m_currentCompanyId)
        return;

    // Stay on the current company until the admin decides what happens to unsaved changes.
    m_changingSelection = true;
    m_ui->companyList->setCurrentIndex(previous);
    m_changingSelection = false;
    m_settingsPage->confirmLeave([this, requested] { selectCompanyRow(m_companyModel->rowOf(requested)); });
}

void MainWindow::showCompany(qint64 companyId)
{
    m_currentCompanyId = companyId;
    m_ui->pageStack->setCurrentIndex(companyId == 0 ? 0 : 1);
    m_dashboardPage->loadCompany(companyId);
    m_settingsPage->loadCompany(companyId);
    m_warehousesPage->loadCompany(companyId);
    m_ordersPage->loadCompany(companyId);
    m_historyPage->loadCompany(companyId);
    if (m_listingsPage)
        m_listingsPage->loadCompany(companyId);
    updateWindowTitle();
    m_bucketLabel->setText(tr("Bucket: —"));
    m_connectionController->setCompany(companyId);
    updateCompanyButtons();
    if (m_syncStatus)
        m_syncStatus->setCompany(companyId);
    updateSyncStatus();
    Q_EMIT currentCompanyChanged(companyId);
}

void MainWindow::updateWindowTitle()
{
    const int row = m_companyModel->rowOf(m_currentCompanyId);
    // The title ends with the application's name, or the X11 platform appends it once more.
    if (m_demo) {
        setWindowTitle(row >= 0 ? tr("%1 (Demo) — POS Bridge[*]").arg(m_companyModel->nameAt(row))
                                : tr("Demo — POS Bridge[*]"));
        return;
    }
    setWindowTitle(row >= 0 ? tr("%1 — POS Bridge[*]").arg(m_companyModel->nameAt(row)) : tr("POS Bridge[*]"));
}

void MainWindow::setDemo(const DemoInfo &info)
{
    if (m_demo)
        return;
    m_demo = info;

    // The banner sits above the company list and pages, so the central widget gains a column.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_demoBanner = new DemoBanner(info, column);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    layout->addWidget(m_demoBanner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(column);
    connect(m_demoBanner, &DemoBanner::credentialsRequested, this, &MainWindow::showDemoCredentials);

    auto *action = new QAction(tr("&Demo Credentials…"), this);
    action->setObjectName(QStringLiteral("actionDemoCredentials"));
    action->setToolTip(tr("Shows the e-mail and password for the sandbox's Lightspeed login page."));
    m_ui->helpMenu->insertAction(m_ui->actionAbout, action);
    m_ui->helpMenu->insertSeparator(m_ui->actionAbout);
    connect(action, &QAction::triggered, this, &MainWindow::showDemoCredentials);

    auto *demoLabel = new QLabel(tr("Demo"), this);
    demoLabel->setObjectName(QStringLiteral("demoStatusLabel"));
    demoLabel->setAccessibleName(tr("Demo mode"));
    demoLabel->setToolTip(tr("A demo database, connected to the Lightspeed sandbox at %1.").arg(info.sandboxUrl));
    statusBar()->addPermanentWidget(demoLabel);
    updateWindowTitle();
}

void MainWindow::showDemoCredentials()
{
    if (!m_demo)
        return;
    if (!m_credentialsDialog) {
        m_credentialsDialog = new DemoCredentialsDialog(*m_demo, this);
        m_credentialsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_credentialsDialog->show();
    m_credentialsDialog->raise();
    m_credentialsDialog->activateWindow();
}

void MainWindow::showDemoSandboxStopped(int exitCode, bool crashed)
{
    if (m_demoBanner)
        m_demoBanner->showSandboxStopped(exitCode, crashed);
}

void MainWindow::updateCompanyButtons()
{
    const bool selected = m_currentCompanyId != 0;
    m_ui->renameCompanyButton->setEnabled(selected);
    m_ui->removeCompanyButton->setEnabled(selected);
    m_ui->actionImport->setEnabled(selected && m_imports);
}

void MainWindow::addCompany()
{
    m_settingsPage->confirmLeave([this] {
        bool accepted = false;
        const QString name = QInputDialog::getText(this, tr("New Company"), tr("Name of the new company:"),
                                                   QLineEdit::Normal, QString(), &accepted);
        if (!accepted)
            return;
        whenFinished(m_companies->addCompany(name), this, [this](Result<Company> added) {
            if (!added) {
                QMessageBox::warning(this, tr("New Company"), added.error().message);
                return;
            }
            reloadCompanies(added->id);
        });
    });
}

void MainWindow::renameCompany()
{
    const int row = m_companyModel->rowOf(m_currentCompanyId);
    if (row < 0)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Rename Company"), tr("New name of the company:"),
                                               QLineEdit::Normal, m_companyModel->nameAt(row), &accepted);
    if (!accepted)
        return;
    whenFinished(m_companies->renameCompany(m_currentCompanyId, name), this, [this](VoidResult renamed) {
        if (!renamed)
            QMessageBox::warning(this, tr("Rename Company"), renamed.error().message);
    });
}

void MainWindow::removeCompany()
{
    const int row = m_companyModel->rowOf(m_currentCompanyId);
    if (row < 0)
        return;
    const qint64 companyId = m_currentCompanyId;
    QMessageBox box(QMessageBox::Warning, tr("Remove Company"),
                    tr("Remove the company “%1”?").arg(m_companyModel->nameAt(row)), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Its warehouses, Lightspeed settings and stored secrets are deleted. This cannot be "
                              "undone."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    whenFinished(m_companies->removeCompany(companyId), this, [this](VoidResult removed) {
        if (!removed) {
            QMessageBox::warning(this, tr("Remove Company"), removed.error().message);
            return;
        }
        // The settings page held the removed company; forget its unsaved edits.
        m_settingsPage->loadCompany(0);
        m_currentCompanyId = 0;
        reloadCompanies(0);
    });
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::exportData()
{
    whenFinished(m_companies->listCompanies(), this, [this](Result<QList<Company>> companies) {
        if (!companies) {
            QMessageBox::warning(this, tr("Export"), companies.error().message);
            return;
        }
        ExportDialog dialog(m_exports->kinds(), *companies, m_currentCompanyId, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto *progress = CsvExportProgress::start(m_exports, dialog.request(), this);
        connect(progress, &CsvExportProgress::finished, this,
                [this](bool, const QString &message) { statusBar()->showMessage(message, 10'000); });
    });
}

void MainWindow::showImport()
{
    const int row = m_companyModel->rowOf(m_currentCompanyId);
    if (!m_imports || row < 0)
        return;
    ImportDialog dialog(m_imports, m_currentCompanyId, m_companyModel->nameAt(row), this);
    dialog.exec();
}

void MainWindow::setUpStartAtLogin()
{
    auto *action = new QAction(tr("Start at Lo&gin"), this);
    action->setObjectName(QStringLiteral("actionStartAtLogin"));
    action->setCheckable(true);
    action->setToolTip(tr("Starts POS Bridge in the system tray when you log in to this computer."));
    const auto entry = [] {
        return AutostartEntry(QStringLiteral(POSBRIDGE_APP_ID), QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--minimized")});
    };
    action->setChecked(entry().isEnabled());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(action);
    connect(action, &QAction::toggled, this, [this, action, entry](bool enabled) {
        const VoidResult changed = entry().setEnabled(enabled, QCoreApplication::translate("main", "POS Bridge"));
        if (!changed) {
            qCWarning(lcGui).noquote() << "Could not change the autostart entry:" << changed.error().toLogString();
            QMessageBox::warning(this, tr("Start at Login"), changed.error().message);
            const QSignalBlocker blocker(action);
            action->setChecked(!enabled);
        }
    });
}

void MainWindow::setTrayController(TrayController *tray)
{
    if (m_tray || !tray)
        return;
    m_tray = tray;
    connect(tray, &TrayController::openRequested, this, &MainWindow::showFromTray);
    connect(tray, &TrayController::quitRequested, this, &MainWindow::quitApplication);
    connect(tray, &TrayController::companyRequested, this, [this](qint64 companyId) {
        showFromTray();
        const int row = m_companyModel->rowOf(companyId);
        if (row >= 0 && companyId != m_currentCompanyId)
            m_settingsPage->confirmLeave([this, companyId] { selectCompanyRow(m_companyModel->rowOf(companyId)); });
        m_ui->companyTabs->setCurrentWidget(m_dashboardPage);
    });
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::quitApplication()
{
    m_quitRequested = true;
    // The unsaved-changes prompt needs the window on screen.
    if (isHidden() && m_settingsPage->isDirty())
        showFromTray();
    close();
}

QString MainWindow::keepSyncingSettingsKey()
{
    return QStringLiteral("tray/keepSyncingOnClose");
}

bool MainWindow::hideInTrayOnClose()
{
    if (m_quitRequested || !m_tray)
        return false;
    QSettings settings;
    const QVariant stored = settings.value(keepSyncingSettingsKey());
    const std::optional<bool> remembered = stored.isValid() ? std::optional<bool>(stored.toBool()) : std::nullopt;
    CloseAction action = decideCloseAction(m_tray->isIconVisible(), m_tray->model()->anySyncEnabled(), remembered);
    if (action == CloseAction::Ask) {
        QMessageBox box(QMessageBox::Question, tr("Keep Syncing?"),
                        tr("POS Bridge can keep syncing in the system tray after the window closes."),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Syncing stops when POS Bridge quits. Quit from the tray icon's menu later."));
        QPushButton *keep = box.addButton(tr("Keep Syncing in Tray"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        auto *remember = new QCheckBox(tr("Don't ask again"), &box);
        box.setCheckBox(remember);
        box.exec();
        if (box.clickedButton() != keep && box.clickedButton() != quit)
            return true; // Cancel: the window stays open.
        const bool keepSyncing = box.clickedButton() == keep;
        if (remember->isChecked())
            settings.setValue(keepSyncingSettingsKey(), keepSyncing);
        action = keepSyncing ? CloseAction::HideToTray : CloseAction::Quit;
    }
    if (action == CloseAction::HideToTray) {
        saveWindowState();
        hide();
        // Unsaved changes get their prompt again at the next close.
        m_closeConfirmed = false;
        return true;
    }
    // The tray icon would keep the application running without a window.
    m_quitRequested = true;
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !m_settingsPage->isDirty()) {
        if (hideInTrayOnClose()) {
            event->ignore();
            return;
        }
        saveWindowState();
        event->accept();
        // A window hidden in the tray does not end the application by closing.
        if (m_quitRequested && m_tray && m_tray->isIconVisible())
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    event->ignore();
    m_settingsPage->confirmLeave([this] {
        m_closeConfirmed = true;
        close();
    });
}

} // namespace posbridge
