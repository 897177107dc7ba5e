#pragma once

#include "storage/listingqueries.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace posbridge {

class ListingService;

/** @brief The translated name of a listing state, as the Listings page shows it. */
QString listingStateText(ListingState state);

/**
 * @brief The products of a company with their listings, loaded page by page as the view scrolls.
 *
 * canFetchMore() and fetchMore() follow Qt's lazy-loading protocol. Each page is read in the
 * background by ListingService (keyset on the SKU, so every page costs the same) and inserted
 * when it arrives; the GUI thread never waits on the database. A page requested before the
 * last setFilter() or reload() is dropped when it arrives.
 */
class ListingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsModel)

public:
    enum Column
    {
        SkuColumn,
        NameColumn,
        PriceColumn,
        StateColumn,
        ItemIdColumn,
        SystemSkuColumn,
        CustomSkuColumn,
        UpcColumn,
        ErrorColumn,
        ColumnCount,
    };

    enum Role
    {
        ProductIdRole = Qt::UserRole + 1,
        ListingIdRole,
        StateRole, ///< the displayed ListingState, as int
        ItemIdRole,
    };

    static constexpr int DEFAULT_PAGE_SIZE = 200;

    explicit ListingsModel(ListingService *service, QObject *parent = nullptr);
    ~ListingsModel() override;

    /** @brief Shows the products that match filter, from the first page. */
    void setFilter(const ListingFilter &filter);
    [[nodiscard]] const ListingFilter &filter() const { return m_filter; }
    /** @brief Drops the rows and reads them again from the first page. */
    void reload();
    void setPageSize(int rows);

    /** @brief The row's data, or nullptr for a row out of range. */
    [[nodiscard]] const ListingRow *rowAt(int row) const;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    /** @brief The number of matching products, or -1 until it is known. */
    [[nodiscard]] qint64 totalCount() const { return m_totalCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** @brief Emitted after a page's rows were inserted; rowsAdded may be 0. */
    void pageLoaded(int rowsAdded);
    void loadFailed(const QString &message);
    void totalCountChanged(qint64 count);

private:
    QVariant displayData(const ListingRow &row, int column) const;

    ListingService *m_service = nullptr;
    ListingFilter m_filter;
    QList<ListingRow> m_rows;
    std::optional<ListingCursor> m_next;
    quint64 m_generation = 0;
    int m_pageSize = DEFAULT_PAGE_SIZE;
    qint64 m_totalCount = -1;
    bool m_loading = false;
    bool m_complete = true;
};

} // namespace posbridge
