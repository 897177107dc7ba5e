#include "guitesthelpers.h"
#include "resulttext.h"
#include "sandboxconnection.h"

#include "gui/connectioncontroller.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/webview/fetchtokendialog.h"
#include "lightspeed/connectionregistry.h"
#include "lightspeed/tokenendpoint.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "storage/settingsrepository.h"
#include "sync/companyservice.h"
#include "sync/connectionmanager.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace posbridge;
using namespace Qt::StringLiterals;
using posbridge::testing::answerNextMessage;
using posbridge::testing::answerNextMessageWithText;
using posbridge::testing::child;
using posbridge::testing::errorText;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

// ctest hides debug output through QT_LOGGING_RULES, and only a category filter turns it back on.
void enableDebugOutput(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrncmp(category->categoryName(), "posbridge.", 10) == 0)
        category->setEnabled(QtDebugMsg, true);
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

/** Runs script in the page and returns its value, or an invalid QVariant after five seconds. */
QVariant runScript(QWebEnginePage *page, const QString &script)
{
    // The callback may come after a timeout, so it writes into shared state rather than locals.
    auto result = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    page->runJavaScript(script, [result](const QVariant &value) { *result = {true, value}; });
    if (!QTest::qWaitFor([result] { return result->first; }, 5000))
        return {};
    return result->second;
}

/** Waits until the page has finished loading a document that contains the element with this id. */
bool waitForElement(QWebEnginePage *page, const QString &id)
{
    // Scripts sent while a navigation is under way can be dropped, so each check follows a load.
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    const QString script = u"document.readyState === 'complete' && document.getElementById('%1') !== null"_s.arg(id);
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (runScript(page, script).toBool())
            return true;
        loaded.wait(int(std::min<qint64>(deadline.remainingTime(), 500)));
    }
    return false;
}

QByteArray readDatabaseFiles(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

/** Receives what the app hands to the system browser, so that no browser starts. */
class SystemBrowser : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Fetch Token through the real web engine and the sandbox's HTML pages, with Test Connection
// and Disconnect. One window, database and sandbox serve every test, in the order declared.
class TestFetchToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void fetchTokenFillsForm();
    void tokensOnlyInKeychain();
    void testConnectionShowsAccount();
    void denialKeepsTokens();
    void closingDialogKeepsTokens_data();
    void closingDialogKeepsTokens();
    void forgedStateStoresNothing();
    void invalidScopeExplained();
    void wrongSecretKeepsTypedValues();
    void loadFailureOffersRetry_data();
    void loadFailureOffersRetry();
    void fetchTokenNeedsCredentials();
    void otherAccountIsFieldError();
    void otherSitesOpenInSystemBrowser();
    void expiredAuthorizationRenewedByFetch();
    void disconnectRevokesTokens();
    void failedRevokeOffersLocalForget();

private:
    FetchTokenDialog *openFetchDialog();
    void logIn(FetchTokenDialog *dialog);
    void decide(FetchTokenDialog *dialog, const QString &buttonId);
    IntegrationSecrets storedSecrets();
    IntegrationSettings storedSettings();
    QString bannerText() const;
    void typeInto(const char *editName, const QString &text);

    std::unique_ptr<QTcpServer> m_redirectHost;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<DatabaseExecutor> m_executor;
    KeychainSecretStore m_secrets;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SyncHistoryService> m_history;
    std::unique_ptr<CsvExportService> m_exports;
    std::unique_ptr<MainWindow> m_window;
    SettingsPage *m_page = nullptr;
    ConnectionController *m_controller = nullptr;
    qint64 m_companyId = 0;
    QString m_databasePath;
};

void TestFetchToken::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    s_previousFilter = QLoggingCategory::installFilter(enableDebugOutput);
    s_previousHandler = qInstallMessageHandler(captureMessage);

    // The Redirect URI points at a port this test listens on, so a load of it would show up here.
    m_redirectHost = std::make_unique<QTcpServer>();
    QVERIFY(m_redirectHost->listen(QHostAddress::LocalHost));
    const QString redirectUri = u"https://127.0.0.1:%1/posbridge/callback"_s.arg(m_redirectHost->serverPort());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s, u"--redirect-uri"_s, redirectUri});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));

    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(u"fetchtoken.sqlite"_s);
    auto database = Database::open({m_databasePath});
    QVERIFY2(database.ok(), errorText(database).constData());
    m_executor = std::make_shared<DatabaseExecutor>(*database);
    m_companies = std::make_unique<CompanyService>(m_executor, &m_secrets);
    m_registry = std::make_unique<ConnectionRegistry>();
    m_connections = std::make_unique<ConnectionManager>(m_executor, m_secrets, *m_registry);

    // The company as an admin leaves it before connecting: no AccountID, a shop name in lower case.
    const auto company = m_companies->addCompany(u"Sandbox Store"_s).result();
    QVERIFY2(company.ok(), errorText(company).constData());
    m_companyId = company->id;
    IntegrationSettings settings;
    settings.companyId = m_companyId;
    settings.posEnabled = true;
    settings.clientId = m_sandbox->clientId();
    settings.shopName = u"downtown"_s;
    settings.redirectUri = redirectUri;
    settings.authorizeUrl = m_sandbox->authorizeUrl().toString();
    settings.tokenUrl = m_sandbox->tokenUrl().toString();
    settings.revokeUrl = m_sandbox->revokeUrl().toString();
    settings.apiBaseUrl = m_sandbox->apiBaseUrl().toString();
    const auto saved = m_companies->saveSettings(settings, m_sandbox->clientSecret()).result();
    QVERIFY2(saved.ok(), errorText(saved).constData());

    m_history = std::make_unique<SyncHistoryService>(m_executor);
    m_exports = std::make_unique<CsvExportService>(m_executor);
    m_window = std::make_unique<MainWindow>(
        MainWindowServices{m_companies.get(), m_connections.get(), m_history.get(), m_exports.get()});
    m_page = m_window->settingsPage();
    m_controller = m_window->connectionController();
    m_window->show();
    m_window->start(m_companyId);
    QTRY_VERIFY(m_page->isLoaded() && !m_page->isBusy());
}

void TestFetchToken::cleanupTestCase()
{
    m_window.reset();
    m_connections.reset();
    m_registry.reset();
    m_companies.reset();
    m_executor.reset();
    m_sandbox.reset();
    QCOMPARE(m_redirectHost->hasPendingConnections(), false);
    qInstallMessageHandler(s_previousHandler);
    QLoggingCategory::installFilter(s_previousFilter);
}

void TestFetchToken::init()
{
    // A test that failed half-way may have left its dialog open.
    if (FetchTokenDialog *dialog = m_controller->fetchTokenDialog())
        dialog->reject();
    QTRY_VERIFY(!m_controller->isBusy());
    m_page->clearMessage();
}

FetchTokenDialog *TestFetchToken::openFetchDialog()
{
    auto *action = child<QAction>(m_window.get(), "actionFetchToken");
    if (!QTest::qWaitFor([action] { return action->isEnabled(); }, 5000))
        return nullptr;
    action->trigger();
    FetchTokenDialog *dialog = m_controller->fetchTokenDialog();
    if (!dialog || !waitForElement(dialog->page(), u"email"_s))
        return nullptr;
    return dialog;
}

void TestFetchToken::logIn(FetchTokenDialog *dialog)
{
    runScript(dialog->page(),
              u"document.getElementById('email').value = '%1';"
              "document.getElementById('password').value = '%2';"
              "document.getElementById('login').click();"_s.arg(m_sandbox->loginEmail(), m_sandbox->loginPassword()));
    QVERIFY(waitForElement(dialog->page(), u"authorize"_s));
}

void TestFetchToken::decide(FetchTokenDialog *dialog, const QString &buttonId)
{
    runScript(dialog->page(), u"document.getElementById('%1').click();"_s.arg(buttonId));
}

IntegrationSecrets TestFetchToken::storedSecrets()
{
    return m_secrets.readCompany(m_executor->database()->uuid(), m_companyId).result().value();
}

IntegrationSettings TestFetchToken::storedSettings()
{
    const qint64 companyId = m_companyId;
    return m_executor
        ->run([companyId](Database &db) { return SettingsRepository(db.connection()).load(companyId).value(); })
        .result();
}

QString TestFetchToken::bannerText() const
{
    auto *banner = child<QLabel>(m_page, "bannerText");
    return banner->isVisible() ? banner->text() : QString();
}

void TestFetchToken::typeInto(const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(m_page, editName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestFetchToken::fetchTokenFillsForm()
{
    auto *stateLabel = child<QLabel>(m_page, "connectionStateLabel");
    QTRY_COMPARE(stateLabel->text(), u"Not connected — use Fetch Token"_s);
    QVERIFY(child<QLineEdit>(m_page, "authTokenEdit")->text().isEmpty());
    QVERIFY(!child<QAction>(m_window.get(), "actionTestConnection")->isEnabled());

    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->profile()->isOffTheRecord());
    QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), m_sandbox->baseUrl().toString());
    logIn(dialog);
    decide(dialog, u"authorize"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(bannerText()));
    QTRY_VERIFY(!m_controller->fetchTokenDialog());

    auto *authToken = child<QLineEdit>(m_page, "authTokenEdit");
    auto *refreshToken = child<QLineEdit>(m_page, "refreshTokenEdit");
    QVERIFY(!authToken->text().isEmpty());
    QCOMPARE(authToken->echoMode(), QLineEdit::Password);
    QVERIFY(!refreshToken->text().isEmpty());
    QCOMPARE(refreshToken->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QLineEdit>(m_page, "tokenReceivedEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(m_page, "accountIdEdit")->text(), m_sandbox->accountId());
    auto *shops = child<QComboBox>(m_page, "shopNameCombo");
    QCOMPARE(shops->count(), 2);
    QCOMPARE(shops->currentText(), u"Downtown"_s);
    QVERIFY(child<QComboBox>(m_page, "employeeCombo")->count() > 0);
    QVERIFY2(!m_page->isDirty(), "Fetch Token left the form with unsaved changes");
    QVERIFY2(bannerText().contains(m_sandbox->accountId()), qPrintable(bannerText()));

    const QString connected = u"Connected to account %1"_s.arg(m_sandbox->accountId());
    QTRY_COMPARE(stateLabel->text(), connected);
    QCOMPARE(child<QLabel>(m_window.get(), "connectionStatusLabel")->text(), connected);
    QVERIFY(child<QAction>(m_window.get(), "actionTestConnection")->isEnabled());
    QVERIFY(child<QAction>(m_window.get(), "actionDisconnect")->isEnabled());

    const IntegrationSettings saved = storedSettings();
    QCOMPARE(saved.accountId, m_sandbox->accountId());
    QCOMPARE(saved.shopName, u"Downtown"_s);
    QCOMPARE(saved.shopId, 1);
    QVERIFY(saved.tokenReceivedOn.isValid());
}

void TestFetchToken::tokensOnlyInKeychain()
{
    const IntegrationSecrets secrets = storedSecrets();
    QVERIFY(secrets.hasTokens());

    const QByteArray database = readDatabaseFiles(m_databasePath);
    QVERIFY(!database.isEmpty());
    QStringList log;
    {
        const QMutexLocker locker(&s_logMutex);
        log = s_log;
    }
    QVERIFY(log.size() > 10);
    const QString joinedLog = log.join(u'\n');
    for (const QString &secret : {secrets.accessToken, secrets.refreshToken, secrets.clientSecret}) {
        QVERIFY(!database.contains(secret.toUtf8()));
        QVERIFY(!joinedLog.contains(secret));
    }
}

void TestFetchToken::testConnectionShowsAccount()
{
    QString messageText;
    answerNextMessage(QMessageBox::Ok, &messageText);
    QSignalSpy finished(m_controller, &ConnectionController::testConnectionFinished);
    child<QAction>(m_window.get(), "actionTestConnection")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY(!messageText.isEmpty());
    QVERIFY2(messageText.contains(m_sandbox->accountId()), qPrintable(messageText));
    QVERIFY2(messageText.contains(u"Shops: 2"_s), qPrintable(messageText));
    QVERIFY2(messageText.contains(u"drips"_s), qPrintable(messageText));
    QVERIFY(child<QLabel>(m_window.get(), "bucketStatusLabel")->text().contains(u'/'));
}

void TestFetchToken::denialKeepsTokens()
{
    const IntegrationSecrets before = storedSecrets();
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    logIn(dialog);
    decide(dialog, u"deny"_s);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(bannerText().contains(u"declined"_s), qPrintable(bannerText()));
    QCOMPARE(storedSecrets(), before);
    QTRY_VERIFY(!m_controller->fetchTokenDialog());
}

void TestFetchToken::closingDialogKeepsTokens_data()
{
    QTest::addColumn<bool>("useCancelButton");
    QTest::newRow("Cancel button") << true;
    QTest::newRow("window closed") << false;
}

void TestFetchToken::closingDialogKeepsTokens()
{
    QFETCH(bool, useCancelButton);
    const IntegrationSecrets before = storedSecrets();
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    if (useCancelButton)
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    else
        dialog->close();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(bannerText().contains(u"cancelled"_s), qPrintable(bannerText()));
    QCOMPARE(storedSecrets(), before);
    QTRY_VERIFY(!m_controller->fetchTokenDialog());
}

void TestFetchToken::forgedStateStoresNothing()
{
    const IntegrationSecrets before = storedSecrets();
    m_sandbox->control("POST", u"/sandbox/counters/reset"_s);
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);

    QUrl forged(storedSettings().redirectUri);
    forged.setQuery(u"code=forged-code&state=forged-state"_s);
    dialog->page()->load(forged);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(bannerText().contains(u"forged"_s), qPrintable(bannerText()));
    QCOMPARE(storedSecrets(), before);
    // The forged code was never offered to the token endpoint.
    const QJsonObject routes = m_sandbox->control("GET", u"/sandbox/counters"_s).object().value(u"routes"_s).toObject();
    QVERIFY(!routes.contains(u"oauth.token"_s));
}

void TestFetchToken::invalidScopeExplained()
{
    const IntegrationSecrets before = storedSecrets();
    typeInto("scopesEdit", u"employee:no_such_scope"_s);
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    child<QAction>(m_window.get(), "actionFetchToken")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(bannerText().contains(u"scopes"_s), qPrintable(bannerText()));
    QCOMPARE(storedSecrets(), before);
    m_page->revert();
}

void TestFetchToken::wrongSecretKeepsTypedValues()
{
    const IntegrationSecrets before = storedSecrets();
    typeInto("clientSecretEdit", u"typed-but-wrong"_s);
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    logIn(dialog);
    decide(dialog, u"authorize"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(bannerText().contains(u"Client Secret"_s), qPrintable(bannerText()));
    QVERIFY2(bannerText().contains(u"Client authentication failed"_s), qPrintable(bannerText()));
    QCOMPARE(storedSecrets(), before);
    // What the admin typed stays in the form, unsaved.
    QCOMPARE(m_page->currentClientSecret(), u"typed-but-wrong"_s);
    QVERIFY(m_page->isDirty());
    m_page->revert();
}

void TestFetchToken::loadFailureOffersRetry_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("host refuses the connection") << u"refused"_s << u"refused"_s;
    QTest::newRow("TLS handshake answered in plain HTTP") << u"tls"_s << u"TLS"_s;
}

void TestFetchToken::loadFailureOffersRetry()
{
    QFETCH(QString, failure);
    QFETCH(QString, expectedReason);

    const IntegrationSecrets before = storedSecrets();
    QUrl authorizeUrl = m_sandbox->authorizeUrl();
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    authorizeUrl.setPort(server.serverPort());
    if (failure == u"refused") {
        server.close();
    } else {
        // A server that answers the TLS handshake in plain HTTP, as a misconfigured proxy would.
        authorizeUrl.setScheme(u"https"_s);
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }
    typeInto("authorizeUrlEdit", authorizeUrl.toString());

    child<QAction>(m_window.get(), "actionFetchToken")->trigger();
    FetchTokenDialog *dialog = m_controller->fetchTokenDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->loadError().isEmpty(), 10000);
    QVERIFY2(dialog->loadError().contains(expectedReason), qPrintable(dialog->loadError()));
    QVERIFY2(dialog->loadError().contains(u"127.0.0.1"_s), qPrintable(dialog->loadError()));
    auto *retry = child<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isVisible());

    retry->click();
    QVERIFY(dialog->loadError().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->loadError().isEmpty(), 10000);
    QVERIFY(retry->isVisible());

    dialog->reject();
    QTRY_VERIFY(!m_controller->fetchTokenDialog());
    QCOMPARE(storedSecrets(), before);
    m_page->revert();
}

void TestFetchToken::fetchTokenNeedsCredentials()
{
    auto *action = child<QAction>(m_window.get(), "actionFetchToken");
    QTRY_VERIFY(action->isEnabled());
    for (const char *editName : {"clientIdEdit", "clientSecretEdit", "redirectUriEdit", "tokenUrlEdit"}) {
        typeInto(editName, QString());
        QVERIFY2(!action->isEnabled(), editName);
        m_page->revert();
        QVERIFY2(action->isEnabled(), editName);
    }
    typeInto("redirectUriEdit", u"http://backoffice.example/callback"_s);
    QVERIFY(!action->isEnabled());
    m_page->revert();
}

void TestFetchToken::otherAccountIsFieldError()
{
    const IntegrationSecrets before = storedSecrets();
    typeInto("accountIdEdit", u"999999"_s);
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    logIn(dialog);
    decide(dialog, u"authorize"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!finished.first().first().toBool());

    auto *issue = child<QLabel>(m_page, "accountIdIssue");
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(u"999999"_s), qPrintable(issue->text()));
    QVERIFY2(issue->text().contains(m_sandbox->accountId()), qPrintable(issue->text()));
    QCOMPARE(storedSecrets(), before);
    QCOMPARE(storedSettings().accountId, m_sandbox->accountId());
    QCOMPARE(child<QLineEdit>(m_page, "accountIdEdit")->text(), u"999999"_s);

    m_page->revert();
    QVERIFY(!issue->isVisible());
}

void TestFetchToken::otherSitesOpenInSystemBrowser()
{
    SystemBrowser browser;
    QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);

    runScript(dialog->page(), u"window.open('https://help.example.test/popup');"_s);
    QTRY_COMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.constFirst(), QUrl(u"https://help.example.test/popup"_s));
    runScript(dialog->page(), u"const link = document.createElement('a');"
                              "link.href = 'https://docs.example.test/terms';"
                              "document.body.appendChild(link);"
                              "link.click();"_s);
    QTRY_COMPARE(browser.opened.size(), 2);
    QCOMPARE(browser.opened.at(1), QUrl(u"https://docs.example.test/terms"_s));

    // The dialog stays on the login page.
    QVERIFY(waitForElement(dialog->page(), u"email"_s));
    QCOMPARE(dialog->page()->url().host(), m_sandbox->baseUrl().host());
    QDesktopServices::unsetUrlHandler(u"https"_s);
    dialog->reject();
    QTRY_VERIFY(!m_controller->fetchTokenDialog());
}

void TestFetchToken::expiredAuthorizationRenewedByFetch()
{
    m_sandbox->control("POST", u"/sandbox/tokens/revoke"_s, QJsonObject{{u"clientId"_s, m_sandbox->clientId()}});
    answerNextMessage(QMessageBox::Ok);
    QSignalSpy tested(m_controller, &ConnectionController::testConnectionFinished);
    child<QAction>(m_window.get(), "actionTestConnection")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 10000);
    QVERIFY(!tested.first().first().toBool());
    auto *stateLabel = child<QLabel>(m_page, "connectionStateLabel");
    QTRY_COMPARE(stateLabel->text(), u"Authorization expired — use Fetch Token"_s);

    QSignalSpy renewed(m_connections.get(), &ConnectionManager::authorizationRenewed);
    QSignalSpy finished(m_controller, &ConnectionController::fetchTokenFinished);
    FetchTokenDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    logIn(dialog);
    decide(dialog, u"authorize"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(bannerText()));
    QTRY_COMPARE(renewed.count(), 1);
    QCOMPARE(renewed.first().first().toLongLong(), m_companyId);
    QTRY_COMPARE(stateLabel->text(), u"Connected to account %1"_s.arg(m_sandbox->accountId()));
}

void TestFetchToken::disconnectRevokesTokens()
{
    const IntegrationSecrets before = storedSecrets();
    QVERIFY(before.hasTokens());
    QSignalSpy finished(m_controller, &ConnectionController::disconnectFinished);
    answerNextMessageWithText(u"Disconnect"_s);
    child<QAction>(m_window.get(), "actionDisconnect")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().first().toBool());

    const IntegrationSecrets after = storedSecrets();
    QVERIFY(after.accessToken.isEmpty());
    QVERIFY(after.refreshToken.isEmpty());
    QCOMPARE(after.clientSecret, before.clientSecret);
    QVERIFY(child<QLineEdit>(m_page, "authTokenEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_page, "tokenReceivedEdit")->text().isEmpty());
    QTRY_COMPARE(child<QLabel>(m_page, "connectionStateLabel")->text(), u"Not connected — use Fetch Token"_s);
    QTRY_VERIFY(!storedSettings().tokenReceivedOn.isValid());

    TokenEndpointConfig config;
    config.tokenUrl = m_sandbox->tokenUrl();
    config.clientId = m_sandbox->clientId();
    config.clientSecret = m_sandbox->clientSecret();
    const auto refreshed = TokenEndpoint(config).refresh(before.refreshToken);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, ErrorCode::AuthorizationExpired);
}

void TestFetchToken::failedRevokeOffersLocalForget()
{
    // Tokens from the sandbox without the browser, installed the way Fetch Token installs them.
    const auto tokens = lightspeedtest::fetchTokens(*m_sandbox);
    QVERIFY2(tokens.ok(), errorText(tokens).constData());
    const auto installed = m_connections->installTokens(m_companyId, *tokens).result();
    QVERIFY2(installed.ok(), errorText(installed).constData());
    QTRY_VERIFY(m_page->hasStoredTokens());
    QTRY_VERIFY(child<QAction>(m_window.get(), "actionDisconnect")->isEnabled());
    const QJsonObject fault{{u"target"_s, u"oauth.revoke"_s}, {u"error"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}};
    m_sandbox->control("POST", u"/sandbox/faults"_s, fault);

    QSignalSpy finished(m_controller, &ConnectionController::disconnectFinished);
    answerNextMessageWithText(u"Disconnect"_s);
    child<QAction>(m_window.get(), "actionDisconnect")->trigger();
    answerNextMessageWithText(u"Forget Tokens Locally"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(finished.first().first().toBool());
    m_sandbox->control("POST", u"/sandbox/faults/clear"_s);

    QVERIFY(!storedSecrets().hasTokens());
    QVERIFY2(bannerText().contains(u"Lightspeed still holds"_s), qPrintable(bannerText()));
    QTRY_COMPARE(child<QLabel>(m_page, "connectionStateLabel")->text(), u"Not connected — use Fetch Token"_s);
}

QTEST_MAIN(TestFetchToken)
#include "tst_fetchtoken.moc"
