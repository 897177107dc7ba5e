#pragma once

#include "sync/companysyncstatus.h"

#include <QAbstractTableModel>

namespace posbridge {

/** @brief The Dashboard's table of a company's jobs: switched on or off, last run and its result, next run. */
class JobScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduleModel)

public:
    enum Column
    {
        JobColumn,
        StateColumn,
        LastRunColumn,
        ResultColumn,
        NextRunColumn,
        ColumnCount,
    };

    explicit JobScheduleModel(QObject *parent = nullptr);

    /**
     * @brief Shows the jobs of the status; a company without a schedule yet shows the standard jobs as off.
     *
     * Rows are kept when the same jobs come back, so a view's selection survives the engine's
     * frequent updates.
     */
    void setStatus(const CompanySyncStatus &status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString stateText(const JobStatus &job) const;

    CompanySyncStatus m_status;
    QList<JobStatus> m_jobs;
};

} // namespace posbridge
