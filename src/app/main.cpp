#include "logging.h"
#include "signalwatcher.h"

#include "gui/applicationicon.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/csvimportservice.h"
#include "sync/demoenvironment.h"
#include "sync/listingservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace posbridge;

namespace {

struct Options
{
    QString databasePath; ///< empty when --database was not given
    bool demo = false;
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
    parser.addOption(database);
    parser.addOption(demo);
    parser.process(app);

    Options options;
    options.databasePath = parser.value(database);
    options.demo = parser.isSet(demo);
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
    ListingService listings(executor);
    CsvImportService imports(executor);

    MainWindow window(&companies);
    window.setListingServices(&listings, &imports);
    if (demo) {
        window.setDemo(demo->info());
        QObject::connect(demo.get(), &DemoEnvironment::sandboxStopped, &window, &MainWindow::showDemoSandboxStopped);
    }
    window.show();
    window.start(demo ? demo->info().companyId : 0);
    return app.exec();
}
