#pragma once

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace posbridge::sandbox {

class DataStore;
class SandboxClock;
struct SandboxConfig;

/**
 * @brief Simulates a shop floor: rings up sales and returns, commits some sales late and voids some.
 *
 * The rate is in sales per sandbox minute, so with a time scale F events come F times faster in
 * real time. A late sale gets a completeTime up to liveLateMinutes in the past but an updatetime of
 * now, as a register that was offline would send it.
 */
class LiveShop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveShop)

public:
    LiveShop(const SandboxConfig &config, DataStore &store, const SandboxClock &clock, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    /** @brief Sets the rate in sales per sandbox minute; takes effect at the next event. */
    void setRate(double salesPerMinute);
    /** @brief Rings up one event (a sale, a return or a void) at once. */
    void step();
    [[nodiscard]] QJsonObject stats() const;

private:
    bool ringUpSale();
    bool ringUpReturn();
    bool voidRecentSale();
    [[nodiscard]] int intervalMs() const;

    const SandboxConfig &m_config;
    DataStore &m_store;
    const SandboxClock &m_clock;
    QRandomGenerator m_random;
    QTimer m_timer;
    double m_salesPerMinute;
    QList<qint64> m_recentSales;
    qint64 m_sales = 0;
    qint64 m_returns = 0;
    qint64 m_lateCommits = 0;
    qint64 m_voids = 0;
};

} // namespace posbridge::sandbox
