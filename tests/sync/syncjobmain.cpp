// posbridge-syncjob: runs one sync job for one company of a database and exits. The crash test
// starts it, kills it with SIGKILL (at random moments, or through POSBRIDGE_FAULT_POINT, see
// sync/faultpoint.h), and starts it again.
//
// Usage: posbridge-syncjob --database PATH --company ID --job order_download|inventory_upload|reconciliation
//                          [--look-back-days N]
// The company's secrets come from the environment, since the test's keychain is in memory:
// POSBRIDGE_SYNCJOB_CLIENT_SECRET, POSBRIDGE_SYNCJOB_ACCESS_TOKEN and POSBRIDGE_SYNCJOB_REFRESH_TOKEN.
// The last output line is the run's report as JSON. Exit code: 0 when the run succeeded or
// partly succeeded, 1 when it failed, 2 for bad arguments or a database that cannot be opened.

#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/synchistoryrepository.h"
#include "sync/connectionmanager.h"
#include "sync/inventoryuploadjob.h"
#include "sync/jobrunner.h"
#include "sync/orderdownloadjob.h"
#include "sync/reconciliationjob.h"
#include "sync/shopdirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace posbridge;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "posbridge-syncjob: %s\n", qPrintable(message));
    return 2;
}

bool storeSecret(MemorySecretStore &store, const QString &uuid, qint64 companyId, SecretKind kind, const char *variable)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() || store.write({uuid, companyId, kind}, value).result().ok();
}

std::unique_ptr<Job> createJob(SyncJob job, const OrderDownloadOptions &download)
{
    switch (job) {
    case SyncJob::OrderDownload:
        return std::make_unique<OrderDownloadJob>(download);
    case SyncJob::InventoryUpload:
        return std::make_unique<InventoryUploadJob>();
    case SyncJob::Reconciliation:
        return std::make_unique<ReconciliationJob>();
    case SyncJob::ProductPosting:
        break;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("SQLite file"),
                                            QStringLiteral("path"));
    const QCommandLineOption companyOption(QStringLiteral("company"), QStringLiteral("company ID"),
                                           QStringLiteral("id"));
    const QCommandLineOption jobOption(QStringLiteral("job"), QStringLiteral("job key"), QStringLiteral("job"));
    const QCommandLineOption lookBackOption(QStringLiteral("look-back-days"),
                                            QStringLiteral("days the first order download reads back"),
                                            QStringLiteral("days"));
    parser.addOptions({databaseOption, companyOption, jobOption, lookBackOption});
    parser.addHelpOption();
    parser.process(app);

    const qint64 companyId = parser.value(companyOption).toLongLong();
    const auto job = syncJobFromKey(parser.value(jobOption));
    if (companyId <= 0 || !job || parser.value(databaseOption).isEmpty())
        return fail(QStringLiteral("--database, --company and --job are required"));
    OrderDownloadOptions download;
    if (parser.isSet(lookBackOption))
        download.initialLookBackMs = parser.value(lookBackOption).toLongLong() * 24 * 3600 * 1000;
    auto instance = createJob(*job, download);
    if (!instance)
        return fail(QStringLiteral("no such job: %1").arg(parser.value(jobOption)));

    DatabaseOptions options;
    options.path = parser.value(databaseOption);
    options.takeInstanceLock = false;
    auto database = Database::open(options);
    if (!database)
        return fail(database.error().toLogString());
    const QString uuid = (*database)->uuid();

    // Runs a killed process left open are closed first, as the application does at start-up.
    (void)SyncHistoryRepository((*database)->connection()).markInterruptedRuns(QDateTime::currentDateTimeUtc());

    MemorySecretStore secrets;
    if (!storeSecret(secrets, uuid, companyId, SecretKind::ClientSecret, "POSBRIDGE_SYNCJOB_CLIENT_SECRET") ||
        !storeSecret(secrets, uuid, companyId, SecretKind::AccessToken, "POSBRIDGE_SYNCJOB_ACCESS_TOKEN") ||
        !storeSecret(secrets, uuid, companyId, SecretKind::RefreshToken, "POSBRIDGE_SYNCJOB_REFRESH_TOKEN"))
        return fail(QStringLiteral("could not store the secrets"));

    auto executor = std::make_shared<DatabaseExecutor>(*database);
    ConnectionRegistry registry;
    ConnectionManager connections(executor, secrets, registry);
    ShopDirectory shops;
    JobRunner runner(*database, connections, shops);
    const JobReport report = runner.run({companyId, *job, RunTrigger::Manual}, *instance, CancellationToken());

    const QJsonObject json{{QStringLiteral("runId"), report.runId},
                           {QStringLiteral("result"), runResultKey(report.result)},
                           {QStringLiteral("created"), report.counts.created},
                           {QStringLiteral("updated"), report.counts.updated},
                           {QStringLiteral("skipped"), report.counts.skipped},
                           {QStringLiteral("failed"), report.counts.failed},
                           {QStringLiteral("drips"), report.drips},
                           {QStringLiteral("message"), report.message}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    executor->waitForDone();
    (*database)->releaseThreadConnection();
    return report.result == RunResult::Succeeded || report.result == RunResult::Partial ? 0 : 1;
}
