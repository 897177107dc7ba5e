#pragma once

#include "core/syncrun.h"
#include "gui/pagedtablemodel.h"

#include <QList>

#include <optional>

namespace posbridge {

class SyncHistoryService;

/** @brief The per-item events of one run, oldest first, read page by page through SyncHistoryService. */
class SyncEventsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEventsModel)

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        EntityColumn,
        LightspeedIdColumn,
        LocalIdColumn,
        HttpStatusColumn,
        MessageColumn,
        ColumnCount,
    };

    explicit SyncEventsModel(SyncHistoryService *service, QObject *parent = nullptr);
    ~SyncEventsModel() override;

    /** @brief Shows the events of a run; 0 shows none. problemsOnly keeps warnings and errors. */
    void setRun(qint64 runId, bool problemsOnly = false);
    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] bool problemsOnly() const { return m_problemsOnly; }
    /** @brief Reads the run's events again from the first. */
    void refresh() { reload(); }
    /** @brief Appends the events the run recorded since the last page, keeping the loaded ones; for a running run. */
    void fetchNewEvents() { resume(); }
    [[nodiscard]] std::optional<SyncEvent> eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(quint64 generation) override;
    void clearRows() override;

private:
    QVariant displayData(const SyncEvent &event, int column) const;

    SyncHistoryService *m_service = nullptr;
    qint64 m_runId = 0;
    bool m_problemsOnly = false;
    QList<SyncEvent> m_events;
    qint64 m_lastEventId = 0; ///< keyset cursor: the id of the last loaded event
};

} // namespace posbridge
