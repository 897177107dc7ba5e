#pragma once

#include <QDir>
#include <QSize>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace posbridge {

class CompanyService;
class ConnectionManager;
class ConnectionRegistry;
class CsvExportService;
class CsvImportService;
class DatabaseExecutor;
class DemoEnvironment;
class ListingService;
class MainWindow;
class MemorySecretStore;
class SyncEngine;
class SyncHistoryService;

/**
 * @brief Drives the demo through the real main window and saves a PNG of every screen of the user guide.
 *
 * The demo database, its sandbox and their logs live in a temporary folder, and secrets stay
 * in memory, so a run never reads or changes the admin's own data or keychain. The session
 * logs in through the Fetch Token dialog, turns on order download and inventory upload on the
 * General Settings page, waits for the first runs, and then captures each company tab, the
 * Fetch Token, Export, Import and About dialogs.
 */
class ScreenshotSession
{
public:
    ScreenshotSession(const QDir &outputDir, QSize windowSize);
    ~ScreenshotSession();
    ScreenshotSession(const ScreenshotSession &) = delete;
    ScreenshotSession &operator=(const ScreenshotSession &) = delete;

    /** @brief Runs every step and returns the process exit status: 0 when every screenshot was saved. */
    int run();

private:
    bool startDemo();
    bool fetchToken();
    bool enableSync();
    bool waitForFirstRuns();
    bool captureTabs();
    bool captureDialog(QAction *action, const QString &fileName);
    bool save(QWidget *widget, const QString &fileName);
    void refreshPages();

    QDir m_outputDir;
    QSize m_windowSize;
    QTemporaryDir m_workDir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::shared_ptr<DatabaseExecutor> m_executor;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<SyncHistoryService> m_history;
    std::unique_ptr<CsvExportService> m_exports;
    std::unique_ptr<ListingService> m_listings;
    std::unique_ptr<CsvImportService> m_imports;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    bool m_ordersDownloaded = false;  ///< an order download succeeded
    bool m_inventoryUploaded = false; ///< an inventory upload finished, whatever its result
};

} // namespace posbridge
