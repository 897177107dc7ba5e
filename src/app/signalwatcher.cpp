#include "signalwatcher.h"

#include "logging.h"

#include <QApplication>
#include <QDialog>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace posbridge {

namespace {

int s_signalSockets[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_signalSockets[1], &byte, 1);
}

void setHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    // Close-on-exec, so that child processes such as a demo's sandbox do not inherit the sockets.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalSockets) != 0) {
        qCWarning(lcApp) << "Could not watch SIGINT and SIGTERM; they end POS Bridge without cleaning up";
        return;
    }
    m_notifier = new QSocketNotifier(s_signalSockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onSignalReceived);
    setHandler(onSignal);
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    setHandler(SIG_DFL);
    delete m_notifier;
    ::close(s_signalSockets[0]);
    ::close(s_signalSockets[1]);
    s_signalSockets[0] = s_signalSockets[1] = -1;
}

void SignalWatcher::onSignalReceived()
{
    char byte = 0;
    [[maybe_unused]] const auto readBytes = ::read(s_signalSockets[0], &byte, 1);
    qCInfo(lcApp) << "Quitting on signal" << int(byte);
    // A modal dialog, such as an error before the window opens or the unsaved-changes question,
    // runs an event loop of its own that quit() does not end. Reject each one, so unsaved changes are dropped.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            break;
    }
    QCoreApplication::quit();
}

} // namespace posbridge
