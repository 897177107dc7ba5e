#pragma once

#include <QObject>

class QSocketNotifier;

namespace posbridge {

/**
 * @brief Quits the application's event loop on SIGINT and SIGTERM, so that destructors run: the
 * database closes cleanly and a demo's sandbox is stopped.
 *
 * A signal handler may do almost nothing, so it writes one byte to a socket pair that a
 * QSocketNotifier watches in the event loop. Only one instance may exist at a time.
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    /** @brief Restores the default handlers. */
    ~SignalWatcher() override;

private:
    void onSignalReceived();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace posbridge
