#include "sandbox/logging.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace posbridge::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/** Quits the event loop on SIGINT and SIGTERM, through a socket pair because a handler may do little. */
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto readBytes = ::read(g_signalPipe[0], &byte, 1);
        qCInfo(lcSandbox) << "Stopping on signal";
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void printBanner(const SandboxServer &server, qint64 startupMs)
{
    const SandboxConfig &config = server.config();
    const QString base = server.baseUrl();
    QString text;
    text +=
        u"Lightspeed Retail (R-Series) sandbox, account %1, ready in %2 ms.\n\n"_s.arg(config.accountId).arg(startupMs);
    text += u"Paste into the POS Bridge form:\n"_s;
    text += u"  Client ID:      %1\n"_s.arg(config.client.clientId);
    text += u"  Client Secret:  %1\n"_s.arg(config.client.clientSecret);
    text += u"  Redirect URI:   %1\n"_s.arg(config.client.redirectUri);
    text += u"  AccountID:      %1\n"_s.arg(config.accountId);
    text += u"  Authorize URL:  %1/auth/oauth/authorize\n"_s.arg(base);
    text += u"  Token URL:      %1/auth/oauth/token\n"_s.arg(base);
    text += u"  Revoke URL:     %1/auth/oauth/revoke\n"_s.arg(base);
    text += u"  API base URL:   %1/API/V3\n\n"_s.arg(base);
    text += u"Log in on the authorize page with:\n"_s;
    text += u"  E-mail:         %1\n"_s.arg(config.loginEmail);
    text += u"  Password:       %1\n\n"_s.arg(config.loginPassword);
    text += u"Start page: %1/   State: %1/sandbox/state   Time scale: %2\n"_s.arg(base).arg(config.timeScale);

    const QJsonObject ready{
        {u"baseUrl"_s, base},
        {u"authorizeUrl"_s, base + u"/auth/oauth/authorize"_s},
        {u"tokenUrl"_s, base + u"/auth/oauth/token"_s},
        {u"revokeUrl"_s, base + u"/auth/oauth/revoke"_s},
        {u"apiBaseUrl"_s, base + u"/API/V3"_s},
        {u"clientId"_s, config.client.clientId},
        {u"clientSecret"_s, config.client.clientSecret},
        {u"redirectUri"_s, config.client.redirectUri},
        {u"accountId"_s, config.accountId},
        {u"loginEmail"_s, config.loginEmail},
        {u"loginPassword"_s, config.loginPassword},
    };
    text +=
        u"POSBRIDGE-SANDBOX READY "_s + QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)) + u'\n';
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"posbridge-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(POSBRIDGE_VERSION));

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    if (parsed.exitNow) {
        std::fputs(parsed.output.toUtf8().constData(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    if (!parsed.config.bindAddress.isLoopback()) {
        qCWarning(lcSandbox).noquote() << "WARNING: listening on the non-loopback address"
                                       << parsed.config.bindAddress.toString()
                                       << "- anyone who reaches it can use the demo credentials";
    }

    // Installed before the data is seeded, so a signal during start-up quits as soon as the loop runs.
    installSignalHandlers(app);
    SandboxServer server(parsed.config);
    QString error;
    if (!server.start(&error)) {
        qCCritical(lcSandbox).noquote() << error;
        return 1;
    }
    printBanner(server, startup.elapsed());
    qCInfo(lcSandbox).noquote() << "Listening on" << server.baseUrl();
    const int code = app.exec();
    qCInfo(lcSandbox) << "Stopped";
    return code;
}
