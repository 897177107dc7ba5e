// Measures how fast the Sync History page shows its first page over a large history.
// See bench/README.md for how to run it and what the numbers mean.

#include "historydatagenerator.h"

#include "gui/synceventsmodel.h"
#include "gui/syncrunsmodel.h"
#include "gui/tableviewsetup.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/synchistoryservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace posbridge;

namespace {

// The design's target: the Sync History over 1,000,000 events opens in under 0.3 s.
constexpr double TARGET_SECONDS = 0.3;
constexpr int REPEATS = 3;

struct Options
{
    QString databasePath;
    bool keep = false;
    bool measure = true;
    HistoryDataSpec spec;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a SQLite database with a large sync history and measures how fast the Sync History page shows it."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Writes the database to <path> (default: a temporary file, "
                                                     "deleted at the end). An existing file must not be in use."),
                                      QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keeps the database after the run; open it with posbridge "
                                                 "--database <path> to see the history in the app."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Number of runs (default 100000)."),
                                  QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Number of events (default 1000000)."),
                                    QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    QStringLiteral("Orders per company for the Orders page (default 0)."),
                                    QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption noMeasure(QStringLiteral("no-measure"),
                                       QStringLiteral("Only builds the database (with --keep, a demo database)."));
    parser.addOptions({database, keep, runs, events, orders, noMeasure});
    parser.process(app);

    Options options;
    options.databasePath = parser.value(database);
    options.keep = parser.isSet(keep);
    options.measure = !parser.isSet(noMeasure);
    options.spec.runs = std::max(1, parser.value(runs).toInt());
    options.spec.events = std::max<qint64>(0, parser.value(events).toLongLong());
    options.spec.ordersPerCompany = std::max(0, parser.value(orders).toInt());
    return options;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QStringLiteral("unknown");
}

void report(const char *what, double seconds)
{
    std::printf("%-40s %.3f s = %.2f × target\n", what, seconds, seconds / TARGET_SECONDS);
    std::fflush(stdout);
}

/** Waits until the model's next page has arrived, then paints the view; returns false on failure or timeout. */
bool waitForPage(PagedTableModel *model, QTableView *view)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(model, &PagedTableModel::pageLoaded, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(model, &PagedTableModel::loadFailed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "page failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (model->isLoading())
        loop.exec();
    else
        ok = model->rowCount() > 0;
    view->viewport()->repaint();
    return ok;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

int generate(const QString &path, const HistoryDataSpec &spec)
{
    auto database = Database::open({path});
    if (!database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(database.error().toLogString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto generated = HistoryDataGenerator(spec).generate((*database)->connection());
    if (!generated) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(generated.error().toLogString()));
        return 1;
    }
    std::printf("generated %lld runs, %lld events and %lld orders in %.1f s\n", generated->runs, generated->events,
                generated->orders, double(timer.elapsed()) / 1000.0);
    (*database)->releaseThreadConnection();
    return 0;
}

struct Fixture
{
    std::shared_ptr<Database> database;
    std::shared_ptr<DatabaseExecutor> executor;
    std::unique_ptr<SyncHistoryService> service;
    QList<qint64> companies;
    qint64 biggestRun = 0;
};

int measure(const QString &path)
{
    // A fresh Database, executor and service, as in a newly started app. Like the main window,
    // the executor has read the company list before the history page opens.
    Fixture fixture;
    auto database = Database::open({path});
    if (!database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(database.error().toLogString()));
        return 1;
    }
    fixture.database = *database;
    fixture.executor = std::make_shared<DatabaseExecutor>(fixture.database);
    fixture.service = std::make_unique<SyncHistoryService>(fixture.executor);
    const auto companies =
        fixture.executor->run([](Database &db) { return CompanyRepository(db.connection()).list(); }).result();
    if (!companies || companies->isEmpty()) {
        std::fprintf(stderr, "the database has no companies\n");
        return 1;
    }
    for (const Company &company : *companies)
        fixture.companies << company.id;
    fixture.biggestRun = fixture.executor
                             ->run([](Database &db) {
                                 QSqlQuery query(db.connection());
                                 query.exec(QStringLiteral("SELECT run_id FROM sync_events GROUP BY run_id ORDER BY "
                                                           "COUNT(*) DESC LIMIT 1"));
                                 return query.next() ? query.value(0).toLongLong() : qint64(0);
                             })
                             .result();

    QTableView view;
    view.resize(1200, 700);
    view.show();
    QElapsedTimer timer;

    RunFilter companyFilter;
    companyFilter.companyId = fixture.companies.first();
    timer.start();
    auto *runs = new SyncRunsModel(fixture.service.get(), &view);
    setUpListTable(&view, runs);
    runs->setFilter(companyFilter);
    if (!waitForPage(runs, &view))
        return 1;
    report("history open (first page, cold)", double(timer.nsecsElapsed()) / 1e9);

    QList<double> warm;
    for (int i = 0; i < REPEATS; ++i) {
        timer.restart();
        auto *again = new SyncRunsModel(fixture.service.get(), &view);
        setUpListTable(&view, again);
        again->setFilter(companyFilter);
        if (!waitForPage(again, &view))
            return 1;
        warm << double(timer.nsecsElapsed()) / 1e9;
        delete runs;
        runs = again;
    }
    report("history open (first page, warm)", median(warm));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        const char *name;
        RunFilter filter;
    };
    QList<Case> cases;
    cases.append({"filter: all companies", RunFilter{}});
    RunFilter job = companyFilter;
    job.job = SyncJob::InventoryUpload;
    cases.append({"filter: company + job", job});
    RunFilter failed;
    failed.result = RunResult::Failed;
    cases.append({"filter: failed runs, all companies", failed});
    RunFilter everything = job;
    everything.result = RunResult::Partial;
    everything.startedFrom = now.addDays(-120);
    everything.startedBefore = now.addDays(-60);
    cases.append({"filter: company + job + result + dates", everything});
    RunFilter week = companyFilter;
    week.startedFrom = now.addDays(-97);
    week.startedBefore = now.addDays(-90);
    cases.append({"filter: one week three months ago", week});

    for (const Case &c : cases) {
        QList<double> times;
        for (int i = 0; i < REPEATS; ++i) {
            runs->setFilter(RunFilter{}); // switch away first, so each repeat applies the filter anew
            waitForPage(runs, &view);
            timer.restart();
            runs->setFilter(c.filter);
            if (!waitForPage(runs, &view))
                return 1;
            times << double(timer.nsecsElapsed()) / 1e9;
        }
        report(c.name, median(times));
    }

    QList<double> pages;
    runs->setFilter(RunFilter{});
    waitForPage(runs, &view);
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        runs->fetchMore({});
        if (!waitForPage(runs, &view))
            return 1;
        pages << double(timer.nsecsElapsed()) / 1e9;
    }
    report("scroll: next page of 200 runs", median(pages));

    QTableView eventsView;
    eventsView.resize(1200, 400);
    eventsView.show();
    auto *events = new SyncEventsModel(fixture.service.get(), &eventsView);
    setUpListTable(&eventsView, events);
    timer.restart();
    events->setRun(fixture.biggestRun);
    if (!waitForPage(events, &eventsView))
        return 1;
    report("details: events of the largest run", double(timer.nsecsElapsed()) / 1e9);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "posbridge.*.info=false");
    QApplication app(argc, argv);
    const Options options = parseOptions(app);

    QTemporaryDir temporary;
    const QString path = options.databasePath.isEmpty() ? temporary.filePath(QStringLiteral("bench-history.sqlite"))
                                                        : options.databasePath;
    temporary.setAutoRemove(!options.keep);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s already exists; choose a path that does not exist yet\n", qPrintable(path));
        return 1;
    }

    std::printf("machine: %s, %d logical cores, load average %s\n", qPrintable(cpuModel()), QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    if (const int failed = generate(path, options.spec); failed != 0)
        return failed;
    std::printf("database: %s (%.0f MiB)\n", qPrintable(path), double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    int result = 0;
    if (options.measure) {
        std::printf("target: %.1f s from creating the model to the first page on screen\n", TARGET_SECONDS);
        result = measure(path);
    }
    if (options.keep)
        std::printf("kept %s\n", qPrintable(path));
    return result;
}
