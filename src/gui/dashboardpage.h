#pragma once

#include "storage/dashboardqueries.h"
#include "sync/companysyncstatus.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;

namespace Ui {
class DashboardPage;
}

namespace posbridge {

class ConnectionManager;
class DatabaseExecutor;
class JobScheduleModel;
class SyncEngine;
struct JobReport;

/**
 * @brief A company's Dashboard: connection and bucket, the jobs' schedule, today's counts and two charts.
 *
 * The schedule, connection and bucket follow the engine's and the connection manager's signals
 * without touching the database. The counts and charts come from DashboardQueries on the
 * database executor; they are read when a company is loaded and again shortly after the
 * engine reports a finished run of that company, with a burst of runs giving one read.
 *
 * NOTE: nothing else triggers a read, so with every job switched off "today" stays on the old
 * day after midnight until the company is selected again.
 */
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    /** @brief Days that the charts cover, today included. */
    static constexpr int CHART_DAYS = 30;
    /** @brief Wait after a finished run before reading the counts again, in milliseconds. */
    static constexpr int DEFAULT_REFRESH_DELAY_MS = 2000;

    DashboardPage(std::shared_ptr<DatabaseExecutor> executor, ConnectionManager *connections,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    /** @brief Follows the engine's schedule, bucket and finished runs; call once. */
    void setSyncEngine(SyncEngine *engine);
    /** @brief Shows the company (0 for none) and reads its counts. */
    void loadCompany(qint64 companyId);
    /** @brief Reads the counts and charts again, now. */
    void refresh();
    void setRefreshDelay(int ms);

    [[nodiscard]] qint64 companyId() const { return m_companyId; }
    [[nodiscard]] JobScheduleModel *jobModel() const { return m_jobModel; }
    [[nodiscard]] QChart *ordersChart() const { return m_ordersChart; }
    [[nodiscard]] QChart *durationsChart() const { return m_durationsChart; }
    /** @brief What the last read returned, or nothing before the first one. */
    [[nodiscard]] const std::optional<DashboardData> &data() const { return m_data; }

Q_SIGNALS:
    /** @brief The counts and charts of the company were read and shown. */
    void refreshed(qint64 companyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onJobFinished(const JobReport &report);
    void onStatusChanged(qint64 companyId);
    void onConnectionStateChanged(qint64 companyId, const QString &text);
    void showStatus(const CompanySyncStatus &status);
    void showData(const DashboardData &data);
    void showOrdersChart(const DashboardData &data);
    void showDurationsChart(const DashboardData &data);
    void applyPalette(QChart *chart) const;
    QChartView *addChartView(QWidget *container, QChart *chart);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    std::shared_ptr<DatabaseExecutor> m_executor;
    QPointer<ConnectionManager> m_connections;
    QPointer<SyncEngine> m_engine;
    JobScheduleModel *m_jobModel = nullptr;
    QChart *m_ordersChart = nullptr;
    QChart *m_durationsChart = nullptr;
    QTimer m_refreshTimer;
    std::optional<DashboardData> m_data;
    qint64 m_companyId = 0;
    quint64 m_generation = 0; ///< counts loads, so that the answer for an earlier company is dropped
    bool m_loading = false;
    bool m_reloadWhenDone = false;
};

} // namespace posbridge
