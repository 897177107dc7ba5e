#pragma once

// A main window as the application builds it: every service, a sync engine, one company,
// a fresh database in a temporary folder and secrets in memory. For tests that look at the
// whole window rather than at one page.

#include "gui/mainwindow.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/csvimportservice.h"
#include "sync/listingservice.h"
#include "sync/syncengine.h"
#include "sync/synchistoryservice.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace posbridge::testing {

struct MainWindowFixture
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    std::shared_ptr<DatabaseExecutor> executor;
    std::unique_ptr<ConnectionRegistry> registry;
    std::unique_ptr<ConnectionManager> connections;
    std::unique_ptr<CompanyService> companies;
    std::unique_ptr<SyncHistoryService> history;
    std::unique_ptr<CsvExportService> exports;
    std::unique_ptr<ListingService> listings;
    std::unique_ptr<CsvImportService> imports;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<MainWindow> window;
    qint64 companyId = 0;
    QString failure; ///< why the window could not be set up; empty when ready() is true

    /** Opens the database, adds the company "Test Company" and shows the window with it selected. */
    explicit MainWindowFixture(bool demo = false)
    {
        auto database = Database::open({dir.filePath(QStringLiteral("window.sqlite"))});
        if (!database) {
            failure = database.error().toLogString();
            return;
        }
        executor = std::make_shared<DatabaseExecutor>(*database);
        registry = std::make_unique<ConnectionRegistry>();
        connections = std::make_unique<ConnectionManager>(executor, secrets, *registry);
        companies = std::make_unique<CompanyService>(executor, &secrets);
        history = std::make_unique<SyncHistoryService>(executor);
        exports = std::make_unique<CsvExportService>(executor);
        listings = std::make_unique<ListingService>(executor);
        imports = std::make_unique<CsvImportService>(executor);
        engine = std::make_unique<SyncEngine>(executor, *connections);

        auto added = companies->addCompany(QStringLiteral("Test Company")).result();
        if (!added) {
            failure = added.error().toLogString();
            return;
        }
        companyId = added->id;

        window = std::make_unique<MainWindow>(MainWindowServices{companies.get(), connections.get(), history.get(),
                                                                 exports.get(), listings.get(), imports.get()});
        window->setSyncEngine(engine.get());
        if (demo) {
            DemoInfo info;
            info.sandboxUrl = QStringLiteral("http://127.0.0.1:9");
            info.loginEmail = QStringLiteral("admin@example.com");
            info.loginPassword = QStringLiteral("demo-password");
            info.companyName = QStringLiteral("Test Company");
            info.companyId = companyId;
            window->setDemo(info);
        }
        window->show();
        window->start(companyId);
        if (!QTest::qWaitFor([this] { return window->currentCompanyId() == companyId; }, 5000))
            failure = QStringLiteral("the window did not select the company");
    }

    ~MainWindowFixture()
    {
        window.reset();
        engine.reset();
        imports.reset();
        listings.reset();
        exports.reset();
        history.reset();
        companies.reset();
        connections.reset();
        registry.reset();
        if (executor)
            executor->waitForDone();
    }

    MainWindowFixture(const MainWindowFixture &) = delete;
    MainWindowFixture &operator=(const MainWindowFixture &) = delete;

    [[nodiscard]] bool ready() const { return failure.isEmpty(); }

    [[nodiscard]] QTabWidget *tabs() const { return window->findChild<QTabWidget *>(QStringLiteral("companyTabs")); }
};

} // namespace posbridge::testing
