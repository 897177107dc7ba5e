#pragma once

#include "core/syncrun.h"
#include "gui/mainwindowservices.h"
#include "sync/demoinfo.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace posbridge {

class CompanyService;
class ConnectionController;
class ConnectionManager;
class CsvExportService;
class CsvImportService;
class DashboardPage;
class DemoBanner;
class DemoCredentialsDialog;
class IdNameListModel;
class ListingService;
class ListingsPage;
class OrdersPage;
class SettingsPage;
class SyncEngine;
class SyncHistoryPage;
class SyncHistoryService;
class SyncStatusWidget;
class TrayController;
class WarehousesPage;

/** @brief The company list beside the selected company's pages, with the menus and status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** @brief Loads the company list and selects the company with this id, or the first one. */
    void start(qint64 preferredCompanyId = 0);

    [[nodiscard]] qint64 currentCompanyId() const { return m_currentCompanyId; }
    [[nodiscard]] DashboardPage *dashboardPage() const { return m_dashboardPage; }
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }
    [[nodiscard]] WarehousesPage *warehousesPage() const { return m_warehousesPage; }
    [[nodiscard]] OrdersPage *ordersPage() const { return m_ordersPage; }
    [[nodiscard]] SyncHistoryPage *syncHistoryPage() const { return m_historyPage; }
    /** @brief The Listings tab, or nullptr when the window has no ListingService. */
    [[nodiscard]] ListingsPage *listingsPage() const { return m_listingsPage; }
    /** @brief Opens File › Import… for the selected company. */
    void showImport();
    /** @brief Fetch Token, Test Connection and Disconnect of the selected company. */
    [[nodiscard]] ConnectionController *connectionController() const { return m_connectionController; }

    /**
     * @brief Marks the window as a demo: "Demo" in the title, a banner with the sandbox's login,
     * and Help › Demo Credentials.
     */
    void setDemo(const DemoInfo &info);
    [[nodiscard]] bool isDemo() const { return m_demo.has_value(); }
    /** @brief The demo banner, or nullptr outside a demo. */
    [[nodiscard]] DemoBanner *demoBanner() const { return m_demoBanner; }
    /** @brief Opens the Demo Credentials window, or raises it when it is open already. */
    void showDemoCredentials();
    /** @brief Tells the admin in the demo banner that the sandbox stopped; crashed includes being killed. */
    void showDemoSandboxStopped(int exitCode, bool crashed);

    /**
     * @brief Binds the status bar and Actions › Sync Orders Now / Upload Inventory Now to the engine.
     *
     * Without an engine those actions stay disabled and the status bar shows no sync.
     */
    void setSyncEngine(SyncEngine *engine);

    /**
     * @brief Lets closing the window keep the application syncing in the tray, and binds the tray's menu.
     *
     * Without a tray controller, or while its icon is not shown, closing the window quits.
     */
    void setTrayController(TrayController *tray);
    /** @brief Shows, raises and activates the window, after it was hidden in the tray or minimized. */
    void showFromTray();
    /** @brief Closes the window (after the unsaved-changes prompt) and then quits the application. */
    void quitApplication();

    /** @brief QSettings key of the remembered answer to "keep syncing in the tray?"; absent until remembered. */
    static QString keepSyncingSettingsKey();

Q_SIGNALS:
    /** @brief Emitted after the company list was loaded or reloaded. */
    void companiesLoaded();
    /** @brief Emitted when the selected company changes; 0 when none is selected. */
    void currentCompanyChanged(qint64 companyId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpLanguageMenu();
    [[nodiscard]] QString lastCompanyKey() const;
    void saveWindowState();
    void setUpStatusBar();
    void setUpConnectionActions();
    void updateConnectionActions();
    void reloadCompanies(qint64 selectId);
    void onCompanySelectionChanged(const QModelIndex &current, const QModelIndex &previous);
    void selectCompanyRow(int row);
    void showCompany(qint64 companyId);
    void addCompany();
    void renameCompany();
    void removeCompany();
    void updateCompanyButtons();
    void showAbout();
    void updateWindowTitle();
    void exportData();
    void updateSyncStatus();
    void onSyncStatusChanged(qint64 companyId);
    void onSyncRunFailed(qint64 companyId, SyncJob job, const QString &message);
    void setUpStartAtLogin();
    /** Decides whether closing hides the window in the tray; false lets the close go on. */
    bool hideInTrayOnClose();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CompanyService *m_companies = nullptr;
    CsvExportService *m_exports = nullptr;
    IdNameListModel *m_companyModel = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    WarehousesPage *m_warehousesPage = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    SyncHistoryPage *m_historyPage = nullptr;
    ListingsPage *m_listingsPage = nullptr;
    ListingService *m_listings = nullptr;
    CsvImportService *m_imports = nullptr;
    ConnectionController *m_connectionController = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_bucketLabel = nullptr;
    SyncEngine *m_engine = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    std::optional<DemoInfo> m_demo;
    DemoBanner *m_demoBanner = nullptr;
    QPointer<DemoCredentialsDialog> m_credentialsDialog;
    qint64 m_currentCompanyId = 0;
    bool m_changingSelection = false;
    bool m_closeConfirmed = false;
    TrayController *m_tray = nullptr;
    bool m_quitRequested = false;
};

} // namespace posbridge
