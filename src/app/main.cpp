#include "gui/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace posbridge;

namespace {

Q_LOGGING_CATEGORY(lcApp, "posbridge.app", QtInfoMsg)

using namespace std::chrono_literals;
constexpr auto FIRST_PRUNE_DELAY = 30s;
constexpr auto PRUNE_INTERVAL = 24h;

struct Options
{
    QString databasePath;
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
                                        "POSBRIDGE_DATABASE environment variable sets it too; this option wins.")
            .arg(Database::defaultPath()),
        QApplication::translate("main", "path"));
    parser.addOption(database);
    parser.process(app);

    Options options;
    options.databasePath = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
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
    QApplication::setDesktopFileName(QStringLiteral("posbridge"));
    QApplication app(argc, argv);

    const Options options = parseCommandLine(app);

    auto database = Database::open({options.databasePath});
    if (!database)
        return reportFatal(database.error().message);
    qCInfo(lcApp).noquote() << "Using database" << (*database)->path();

    auto executor = std::make_shared<DatabaseExecutor>(*database);
    KeychainSecretStore secrets;
    CompanyService companies(executor, &secrets);
    SyncHistoryService history(executor);
    CsvExportService exports(executor);

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

    MainWindow window(&companies, &history, &exports);
    window.show();
    window.start();
    return app.exec();
}
