#pragma once

#include "gui/pagedtablemodel.h"
#include "storage/synchistoryrepository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace posbridge {

class SyncHistoryService;

/** @brief The runs of the Sync History, newest first, read page by page through SyncHistoryService. */
class SyncRunsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunsModel)

public:
    enum Column
    {
        CompanyColumn,
        JobColumn,
        TriggerColumn,
        StartedColumn,
        DurationColumn,
        ResultColumn,
        FetchedColumn,
        CreatedColumn,
        UpdatedColumn,
        SkippedColumn,
        FailedColumn,
        DripsColumn,
        MessageColumn,
        ColumnCount,
    };

    /** @brief Role under which every cell of a row returns the run's id (qint64). */
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit SyncRunsModel(SyncHistoryService *service, QObject *parent = nullptr);
    ~SyncRunsModel() override;

    /** @brief Shows the runs that match filter, starting from the newest. */
    void setFilter(const RunFilter &filter);
    [[nodiscard]] const RunFilter &filter() const { return m_filter; }
    /** @brief Reads the runs again from the newest, keeping the filter. */
    void refresh() { reload(); }
    /** @brief Names shown in the Company column; a company missing here shows as its id. */
    void setCompanyNames(const QHash<qint64, QString> &names);

    [[nodiscard]] std::optional<SyncRun> runAt(int row) const;
    /** @brief The row of the run with this id among the loaded rows, or -1. */
    [[nodiscard]] int rowOfRun(qint64 runId) const;
    /** @brief Replaces a loaded run with a newer copy of it, such as after it finished. */
    void updateRun(const SyncRun &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const SyncRun &run, int column) const;

    SyncHistoryService *m_service = nullptr;
    RunFilter m_filter;
    QList<SyncRun> m_runs;
    std::optional<RunCursor> m_next;
    QHash<qint64, QString> m_companyNames;
};

} // namespace posbridge
