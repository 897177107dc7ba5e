#pragma once

#include "storage/synchistoryrepository.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SyncHistoryPage;
}

namespace posbridge {

class CompanyService;
class CsvExportService;
class SyncEventsModel;
class SyncHistoryService;
class SyncRunsModel;

/**
 * @brief The Sync History tab: runs with filters, the selected run's item events, retry and CSV export.
 *
 * Every query goes through SyncHistoryService, so the page does not block the GUI thread on the
 * database. The models load further pages as the admin scrolls.
 */
class SyncHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryPage)

public:
    SyncHistoryPage(CompanyService *companies, SyncHistoryService *history, CsvExportService *exports,
                    QWidget *parent = nullptr);
    ~SyncHistoryPage() override;

    /** @brief Shows the runs of the company selected in the main window; the filter can still show all. */
    void loadCompany(qint64 companyId);

    [[nodiscard]] SyncRunsModel *runsModel() const { return m_runsModel; }
    [[nodiscard]] SyncEventsModel *eventsModel() const { return m_eventsModel; }
    /** @brief The filter the page applies, built from its controls. */
    [[nodiscard]] RunFilter currentFilter() const;
    /** @brief Id of the run selected in the list, or 0. */
    [[nodiscard]] qint64 selectedRunId() const;
    /** @brief Selects the run in this row of the list and shows its events. */
    void selectRow(int row);

Q_SIGNALS:
    /** @brief Emitted after a retry request was handled, with the status line it produced. */
    void retryFinished(bool succeeded);

private:
    void setUpFilters();
    void reloadCompanies();
    void applyFilters();
    void updateCount();
    void onRunChanged(qint64 companyId, qint64 runId);
    void updateChangedRuns();
    void onCurrentRunChanged();
    void onRunsPageLoaded();
    void onRefreshTimeout();
    void showRunDetails();
    void updateRetryButton();
    void retryFailedItems();
    void exportRuns();
    void exportEvents();
    QString chooseExportFile(const QString &title, const QString &fileName);
    void showStatus(const QString &text);

    std::unique_ptr<Ui::SyncHistoryPage> m_ui;
    CompanyService *m_companies = nullptr;
    SyncHistoryService *m_history = nullptr;
    CsvExportService *m_exports = nullptr;
    SyncRunsModel *m_runsModel = nullptr;
    SyncEventsModel *m_eventsModel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_dateTimer = nullptr;
    QTimer *m_changedRunsTimer = nullptr;
    QSet<qint64> m_changedRuns;
    QHash<qint64, QString> m_companyNames;
    qint64 m_companyFilter = 0;
    qint64 m_reselectRunId = 0;
    quint64 m_countGeneration = 0;
    bool m_updatingFilters = false;
};

} // namespace posbridge
