#pragma once

#include <QAbstractListModel>
#include <QList>

namespace posbridge {

/** @brief A list of (id, name) rows, for the company and warehouse lists. */
class IdNameListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdNameListModel)

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    struct Row
    {
        qint64 id = 0;
        QString name;
    };

    explicit IdNameListModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] QString nameAt(int row) const;
    /** @brief Row of the item with this id, or -1. */
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace posbridge
