#include "logging.h"
#include "signalwatcher.h"

#include "core/futures.h"
#include "gui/applicationicon.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "gui/traycontroller.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/csvimportservice.h"
#include "sync/demoenvironment.h"
#include "sync/listingexport.h"
#include "sync/listingservice.h"
#include "sync/scheduledpostingjob.h"
#include "sync/syncengine.h"
#include "sync/synchistoryservice.h"
#include "sync/traystatemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace posbridge;

namespace {

using namespace std::chrono_literals;
constexpr auto FIRST_PRUNE_DELAY = 30s;
constexpr auto PRUNE_INTERVAL = 24h;

struct Options
{
    QString databasePath; ///< empty when --database was not given
    bool demo = false;
    bool minimized = false;
};

Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Links the companies of a back office to Lightspeed Retail POS (R-Series)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Opens the SQLite database at <path> instead of the default one (%1). The "
                                        "POSBRIDGE_DATABASE environment variable sets it too; this option wins. With "
                                        "--demo, <path> is the demo database instead.")
            .arg(Database::defaultPath()),
        QApplication::translate("main", "path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Starts a demo: runs posbridge-sandbox, a stand-in for Lightspeed, on this "
                                        "computer and opens a fresh demo database (%1 unless --database is given) "
                                        "whose company \"Demo Store\" is set up for it. Each demo run deletes the "
                                        "previous demo database and its keychain entries; the real database is never "
                                        "opened. posbridge-sandbox is looked for next to posbridge, then at the path "
                                        "in POSBRIDGE_SANDBOX, then on PATH. Its log goes to %2.")
            .arg(DemoOptions::defaultDatabasePath(), DemoOptions::defaultLogPath()));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QApplication::translate("main", "Starts in the system tray without opening the window, or with the window "
                                        "minimized when the desktop has no tray. View › Start at Login uses it."));
    parser.addOption(database);
    parser.addOption(demo);
    parser.addOption(minimized);
    parser.process(app);

    Options options;
    options.databasePath = parser.value(database);
    options.demo = parser.isSet(demo);
    options.minimized = parser.isSet(minimized);
    return options;
}

int reportFatal(const QString &message)
{
    std::fprintf(stderr, "posbridge: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("main", "POS Bridge"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("posbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("POS Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(POSBRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(POSBRIDGE_APP_ID));
    QApplication app(argc, argv);
    const QString language = Translations::install(app);
    QApplication::setWindowIcon(applicationIcon());

    const Options options = parseCommandLine(app);
    const SignalWatcher signalWatcher;
    KeychainSecretStore secrets;

    // Declared before the database so that the sandbox stops after everything that uses it.
    std::unique_ptr<DemoEnvironment> demo;
    std::shared_ptr<Database> database;
    if (options.demo) {
        DemoOptions demoOptions;
        demoOptions.databasePath =
            options.databasePath.isEmpty() ? DemoOptions::defaultDatabasePath() : options.databasePath;
        demoOptions.logPath = DemoOptions::defaultLogPath();
        qCInfo(lcApp).noquote() << "Starting the demo; the sandbox logs to" << demoOptions.logPath;
        demo = std::make_unique<DemoEnvironment>(&secrets);
        auto started = demo->start(demoOptions);
        if (!started)
            return reportFatal(started.error().message);
        database = *started;
    } else {
        auto opened = Database::open({options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath});
        if (!opened)
            return reportFatal(opened.error().message);
        database = *opened;
    }
    qCInfo(lcApp).noquote() << "Using database" << database->path() << "with the interface in" << language;

    auto executor = std::make_shared<DatabaseExecutor>(database);
    CompanyService companies(executor, &secrets);
    // One registry and one manager for the whole app: every company and worker on the same
    // Lightspeed connection must share its rate limiter and its token refreshes.
    ConnectionRegistry registry;
    ConnectionManager connections(executor, secrets, registry);

    SyncHistoryService history(executor);
    CsvExportService exports(executor);
    exports.registerKind(listingsExportKind());
    exports.registerKind(stockLevelsExportKind());
    ListingService listings(executor);
    CsvImportService imports(executor);

    // Close the runs that an earlier process left open. This runs on the database executor
    // ahead of the window's first queries.
    (void)history.markInterruptedRuns();

    // Apply each company's history retention period shortly after start-up, so that the first
    // pages do not wait behind it, and then once a day.
    QTimer pruneTimer;
    QObject::connect(&pruneTimer, &QTimer::timeout, &history, [&history, &pruneTimer] {
        (void)history.pruneExpiredHistory();
        pruneTimer.setInterval(PRUNE_INTERVAL);
    });
    pruneTimer.start(FIRST_PRUNE_DELAY);

    SyncEngine engine(executor, connections);
    engine.registerJob(productPostingKind());
    engine.watchSettings(&companies);
    engine.watchHistory(&history);
    // Post Now on the Listings page runs posting for the company; the pending listings it marked are posted.
    QObject::connect(&listings, &ListingService::postingRequested, &engine,
                     [&engine](qint64 companyId) { engine.runNow(companyId, SyncJob::ProductPosting); });

    TrayStateModel trayModel;
    trayModel.watch(&engine, &connections);
    TrayController tray(&trayModel, &engine);
    const auto loadTrayCompanies = [&companies, &trayModel] {
        whenFinished(companies.listCompanies(), &trayModel, [&trayModel](const Result<QList<Company>> &list) {
            if (!list) {
                qCWarning(lcApp).noquote()
                    << "Could not list the companies for the tray:" << list.error().toLogString();
                return;
            }
            QList<std::pair<qint64, QString>> rows;
            for (const Company &company : *list)
                rows.append({company.id, company.name});
            trayModel.setCompanies(rows);
        });
    };
    QObject::connect(&companies, &CompanyService::companiesChanged, &trayModel, loadTrayCompanies);
    loadTrayCompanies();

    MainWindow window({&companies, &connections, &history, &exports, &listings, &imports});
    window.setSyncEngine(&engine);
    window.setTrayController(&tray);
    if (demo) {
        window.setDemo(demo->info());
        QObject::connect(demo.get(), &DemoEnvironment::sandboxStopped, &window, &MainWindow::showDemoSandboxStopped);
    }
    const bool inTray = tray.showIcon();
    // With the icon in the tray, a dialog closing while the window is hidden must not end the
    // application; MainWindow quits by itself once its close is accepted.
    if (inTray)
        QApplication::setQuitOnLastWindowClosed(false);
    if (options.minimized && inTray)
        qCInfo(lcApp) << "Starting in the system tray";
    else if (options.minimized)
        window.showMinimized();
    else
        window.show();
    window.start(demo ? demo->info().companyId : 0);
    engine.start();
    const int status = app.exec();
    // Cancel the running jobs and wait for the worker threads while everything they use still exists.
    engine.stop();
    return status;
}
