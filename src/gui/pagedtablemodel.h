#pragma once

#include <QAbstractTableModel>

namespace posbridge {

struct Error;

/**
 * @brief A table model that loads its rows page by page, in the background, as the view scrolls.
 *
 * canFetchMore() and fetchMore() follow Qt's lazy-loading protocol: a view requests the next
 * page when its last row comes into sight. A subclass starts the query in requestPage() and,
 * when the result arrives on the GUI thread, inserts the rows and calls completePage(); the GUI
 * thread never waits on the database. reload() drops the rows and starts again from the first
 * page; a page that arrives for an earlier generation (before a reload) is ignored.
 */
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr int DEFAULT_PAGE_SIZE = 200;

    ~PagedTableModel() override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    /** @brief True once the last page has arrived. */
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

Q_SIGNALS:
    /** @brief Emitted after a page's rows were inserted; rowsAdded may be 0. */
    void pageLoaded(int rowsAdded);
    /** @brief Emitted when a page could not be read; loading stops until the next reload(). */
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

protected:
    explicit PagedTableModel(QObject *parent = nullptr);

    /** @brief Drops every row and requests the first page. */
    void reload();
    /** @brief Asks again for rows after the last one, for a list that grows at its end; keeps the loaded rows. */
    void resume();
    /** @brief Starts reading the next page; the subclass then calls completePage() or failPage(). */
    virtual void requestPage(quint64 generation) = 0;
    /** @brief Drops the subclass's rows and its position; called between beginResetModel() and endResetModel(). */
    virtual void clearRows() = 0;

    /** @brief Whether a page requested with this generation still belongs to the current rows. */
    [[nodiscard]] bool isCurrent(quint64 generation) const { return generation == m_generation; }
    /** @brief Ends a request after the subclass inserted its rows; last is true when no page follows. */
    void completePage(quint64 generation, int rowsAdded, bool last);
    void failPage(quint64 generation, const Error &error);

private:
    void setLoading(bool loading);

    quint64 m_generation = 0;
    int m_pageSize = DEFAULT_PAGE_SIZE;
    bool m_loading = false;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace posbridge
