#include "screenshotsession.h"

#include "gui/connectioncontroller.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/webview/fetchtokendialog.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/databaseexecutor.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/csvimportservice.h"
#include "sync/demoenvironment.h"
#include "sync/jobrunner.h"
#include "sync/listingexport.h"
#include "sync/listingservice.h"
#include "sync/scheduledpostingjob.h"
#include "sync/syncengine.h"
#include "sync/synchistoryservice.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>

namespace posbridge {

namespace {

Q_LOGGING_CATEGORY(lcScreenshots, "posbridge.screenshots")

constexpr int PAGE_TIMEOUT_MS = 20'000;
constexpr int FIRST_RUNS_TIMEOUT_MS = 120'000;
constexpr int SCHEDULED_UPLOAD_WAIT_MS = 10'000;
// Time for a page to receive its rows and repaint before it is captured.
constexpr int PAINT_DELAY_MS = 1'500;
// How long a selected row may take to fill the details below it, and how many rows are tried.
constexpr int DETAILS_DELAY_MS = 500;
constexpr int MAX_ROWS_TRIED = 20;

/** Processes events until condition() is true or timeoutMs passed; returns whether it became true. */
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void processEventsFor(int milliseconds)
{
    waitFor([] { return false; }, milliseconds);
}

/** Runs script in the page and returns its value, or an invalid QVariant after five seconds. */
QVariant runScript(QWebEnginePage *page, const QString &script)
{
    // The callback may come after the timeout, so it writes into shared state rather than locals.
    auto result = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    page->runJavaScript(script, [result](const QVariant &value) { *result = {true, value}; });
    if (!waitFor([result] { return result->first; }, 5'000))
        return {};
    return result->second;
}

/** Waits until the page has loaded a document with the element of this id. */
bool waitForElement(QWebEnginePage *page, const QString &id)
{
    const QString script =
        QStringLiteral("document.readyState === 'complete' && document.getElementById('%1') !== null").arg(id);
    return waitFor([page, &script] { return runScript(page, script).toBool(); }, PAGE_TIMEOUT_MS);
}

/** The file name for a tab: "Sync &History" becomes "sync-history.png". */
QString fileNameForTab(QString text)
{
    text = text.remove(u'&').toLower();
    text.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return text + QStringLiteral(".png");
}

/**
 * Selects the first row of the page's first table whose selection fills another table of the
 * page, such as the lines of an order or the events of a run, so the screenshot shows both.
 */
void selectRowWithDetails(QWidget *page)
{
    const QList<QTableView *> views = page->findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
            continue;
        const auto detailsShown = [view, &views] {
            return std::any_of(views.cbegin(), views.cend(), [view](const QTableView *other) {
                return other != view && other->isVisible() && other->model() && other->model()->rowCount() > 0;
            });
        };
        for (int row = 0; row < std::min(view->model()->rowCount(), MAX_ROWS_TRIED); ++row) {
            view->selectRow(row);
            if (waitFor(detailsShown, DETAILS_DELAY_MS))
                return;
        }
        view->selectRow(0);
        return;
    }
}

} // namespace

ScreenshotSession::ScreenshotSession(const QDir &outputDir, QSize windowSize)
    : m_outputDir(outputDir)
    , m_windowSize(windowSize)
{
}

ScreenshotSession::~ScreenshotSession()
{
    // Everything that uses the database and the sandbox goes first, the sandbox last.
    if (m_engine)
        m_engine->stop();
    m_window.reset();
    m_engine.reset();
    m_imports.reset();
    m_listings.reset();
    m_exports.reset();
    m_history.reset();
    m_companies.reset();
    m_connections.reset();
    m_registry.reset();
    if (m_executor)
        m_executor->waitForDone();
    m_executor.reset();
    m_demo.reset();
}

int ScreenshotSession::run()
{
    if (!m_workDir.isValid() || !m_outputDir.mkpath(QStringLiteral("."))) {
        qCCritical(lcScreenshots).noquote()
            << "Cannot create the folders" << m_workDir.path() << "and" << m_outputDir.absolutePath();
        return 1;
    }
    if (!startDemo() || !fetchToken() || !enableSync() || !waitForFirstRuns())
        return 1;
    refreshPages();
    if (!captureTabs())
        return 1;

    const auto action = [this](const char *name) { return m_window->findChild<QAction *>(QString::fromLatin1(name)); };
    const bool saved = captureDialog(action("actionExport"), QStringLiteral("export.png")) &&
                       captureDialog(action("actionImport"), QStringLiteral("import.png")) &&
                       captureDialog(action("actionAbout"), QStringLiteral("about.png"));
    return saved ? 0 : 1;
}

bool ScreenshotSession::startDemo()
{
    DemoOptions options;
    options.databasePath = m_workDir.filePath(QStringLiteral("demo.sqlite"));
    options.logPath = m_workDir.filePath(QStringLiteral("sandbox.log"));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_demo = std::make_unique<DemoEnvironment>(m_secrets.get());
    auto started = m_demo->start(options);
    if (!started) {
        qCCritical(lcScreenshots).noquote() << "The demo did not start:" << started.error().toLogString();
        return false;
    }

    m_executor = std::make_shared<DatabaseExecutor>(*started);
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, *m_secrets, *m_registry);
    m_companies = std::make_unique<CompanyService>(m_executor, m_secrets.get());
    m_history = std::make_unique<SyncHistoryService>(m_executor);
    m_exports = std::make_unique<CsvExportService>(m_executor);
    m_exports->registerKind(listingsExportKind());
    m_exports->registerKind(stockLevelsExportKind());
    m_listings = std::make_unique<ListingService>(m_executor);
    m_imports = std::make_unique<CsvImportService>(m_executor);
    m_engine = std::make_unique<SyncEngine>(m_executor, *m_connections);
    m_engine->registerJob(productPostingKind());
    m_engine->watchSettings(m_companies.get());
    m_engine->watchHistory(m_history.get());
    QObject::connect(m_engine.get(), &SyncEngine::jobFinished, m_engine.get(), [this](const JobReport &report) {
        if (report.job == SyncJob::OrderDownload && report.result == RunResult::Succeeded)
            m_ordersDownloaded = true;
        if (report.job == SyncJob::InventoryUpload)
            m_inventoryUploaded = true;
    });

    m_window = std::make_unique<MainWindow>(MainWindowServices{m_companies.get(), m_connections.get(), m_history.get(),
                                                               m_exports.get(), m_listings.get(), m_imports.get()});
    m_window->setSyncEngine(m_engine.get());
    m_window->setDemo(m_demo->info());
    m_window->resize(m_windowSize);
    m_window->move(0, 0);
    m_window->show();
    m_window->start(m_demo->info().companyId);
    m_engine->start();

    auto *fetchToken = m_window->findChild<QAction *>(QStringLiteral("actionFetchToken"));
    if (!waitFor([fetchToken] { return fetchToken->isEnabled(); }, PAGE_TIMEOUT_MS)) {
        qCCritical(lcScreenshots) << "The demo company's settings did not load.";
        return false;
    }
    return true;
}

bool ScreenshotSession::fetchToken()
{
    ConnectionController *controller = m_window->connectionController();
    m_window->findChild<QAction *>(QStringLiteral("actionFetchToken"))->trigger();
    FetchTokenDialog *dialog = controller->fetchTokenDialog();
    if (!dialog || !waitForElement(dialog->page(), QStringLiteral("email"))) {
        qCCritical(lcScreenshots) << "The sandbox's login page did not open in the Fetch Token dialog.";
        return false;
    }
    if (!save(dialog, QStringLiteral("fetch-token.png")))
        return false;

    // Log in and authorize as an admin would, through the sandbox's own pages.
    const DemoInfo &info = m_demo->info();
    runScript(dialog->page(), QStringLiteral("document.getElementById('email').value = '%1';"
                                             "document.getElementById('password').value = '%2';"
                                             "document.getElementById('login').click();")
                                  .arg(info.loginEmail, info.loginPassword));
    if (!waitForElement(dialog->page(), QStringLiteral("authorize"))) {
        qCCritical(lcScreenshots) << "The sandbox did not accept the demo login.";
        return false;
    }
    runScript(dialog->page(), QStringLiteral("document.getElementById('authorize').click();"));
    if (!waitFor([controller] { return !controller->isBusy() && controller->canTestConnection(); }, PAGE_TIMEOUT_MS)) {
        qCCritical(lcScreenshots) << "Fetch Token did not store the tokens.";
        return false;
    }
    return true;
}

bool ScreenshotSession::enableSync()
{
    SettingsPage *page = m_window->settingsPage();
    auto *saveButton = page->findChild<QAbstractButton *>(QStringLiteral("saveButton"));
    for (const char *name : {"orderDownloadCheck", "inventoryUploadCheck"}) {
        auto *check = page->findChild<QAbstractButton *>(QString::fromLatin1(name));
        if (!check->isChecked())
            check->click();
    }
    if (!waitFor([saveButton] { return saveButton->isEnabled(); }, PAGE_TIMEOUT_MS)) {
        qCCritical(lcScreenshots) << "The General Settings page cannot save the sync switches.";
        return false;
    }

    bool saved = false;
    const QMetaObject::Connection connection =
        QObject::connect(m_companies.get(), &CompanyService::settingsSaved, [&saved] { saved = true; });
    saveButton->click();
    const bool done = waitFor([&saved] { return saved; }, PAGE_TIMEOUT_MS);
    QObject::disconnect(connection);
    if (!done) {
        qCCritical(lcScreenshots) << "Saving the General Settings failed.";
        return false;
    }
    // The guide describes the sync options, so the screenshot shows them open.
    auto *syncOptions = page->findChild<QAbstractButton *>(QStringLiteral("syncOptionsToggle"));
    if (syncOptions && !syncOptions->isChecked())
        syncOptions->click();
    return true;
}

bool ScreenshotSession::waitForFirstRuns()
{
    qCInfo(lcScreenshots) << "Waiting for the first order download and inventory upload";
    if (!waitFor([this] { return m_ordersDownloaded; }, FIRST_RUNS_TIMEOUT_MS)) {
        qCCritical(lcScreenshots) << "No order download succeeded within" << FIRST_RUNS_TIMEOUT_MS / 1000 << "s.";
        return false;
    }
    // The first upload follows the first download. Upload Inventory Now starts it if the
    // schedule has not run it a few seconds later.
    auto *uploadNow = m_window->findChild<QAction *>(QStringLiteral("actionUploadInventoryNow"));
    if (!waitFor([this] { return m_inventoryUploaded; }, SCHEDULED_UPLOAD_WAIT_MS) && uploadNow->isEnabled())
        uploadNow->trigger();
    if (!waitFor([this] { return m_inventoryUploaded; }, FIRST_RUNS_TIMEOUT_MS)) {
        qCCritical(lcScreenshots) << "No inventory upload ran within" << FIRST_RUNS_TIMEOUT_MS / 1000 << "s.";
        return false;
    }
    return true;
}

void ScreenshotSession::refreshPages()
{
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>(QStringLiteral("refreshButton"))) {
        if (button->isEnabled())
            button->click();
    }
    processEventsFor(PAINT_DELAY_MS);
}

bool ScreenshotSession::captureTabs()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("companyTabs"));
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        processEventsFor(PAINT_DELAY_MS / 3);
        selectRowWithDetails(tabs->currentWidget());
        processEventsFor(PAINT_DELAY_MS);
        if (!save(m_window.get(), fileNameForTab(tabs->tabText(index))))
            return false;
    }
    tabs->setCurrentIndex(0);
    return true;
}

bool ScreenshotSession::captureDialog(QAction *action, const QString &fileName)
{
    if (!action || !action->isEnabled()) {
        qCCritical(lcScreenshots).noquote() << "The action for" << fileName << "is missing or disabled.";
        return false;
    }

    // The dialog runs its own event loop, so a timer inside that loop captures and closes it.
    bool done = false;
    bool saved = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [this, &poll, &done, &saved, &fileName] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll.stop();
        processEventsFor(PAINT_DELAY_MS / 3);
        saved = save(modal, fileName);
        modal->close();
        done = true;
    });
    poll.start();
    action->trigger();
    if (!waitFor([&done] { return done; }, PAGE_TIMEOUT_MS)) {
        qCCritical(lcScreenshots).noquote() << "No dialog opened for" << fileName;
        return false;
    }
    return saved;
}

bool ScreenshotSession::save(QWidget *widget, const QString &fileName)
{
    widget->raise();
    processEventsFor(PAINT_DELAY_MS / 3);
    // Reading the screen captures what the X server shows, the web view included, which
    // widget->grab() can leave blank. grab() serves where the platform cannot read the screen.
    QPixmap pixmap;
    if (QScreen *screen = widget->screen())
        pixmap = screen->grabWindow(widget->winId());
    if (pixmap.isNull())
        pixmap = widget->grab();

    const QString path = m_outputDir.filePath(fileName);
    if (!pixmap.save(path, "PNG")) {
        qCCritical(lcScreenshots).noquote() << "Cannot write" << path;
        return false;
    }
    qCInfo(lcScreenshots).noquote() << "Saved" << path;
    return true;
}

} // namespace posbridge
