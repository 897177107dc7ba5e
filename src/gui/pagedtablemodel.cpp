#include "gui/pagedtablemodel.h"

#include "core/error.h"
#include "gui/logging.h"

namespace posbridge {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_complete && !m_failed;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    requestPage(m_generation);
}

void PagedTableModel::reload()
{
    const bool wasLoading = m_loading;
    beginResetModel();
    clearRows();
    ++m_generation;
    m_complete = false;
    m_failed = false;
    m_loading = false;
    // Views and model testers may request the first page while they handle the reset. In that
    // case this fetchMore() finds the page under way and does nothing.
    endResetModel();
    fetchMore({});
    if (wasLoading && !m_loading)
        Q_EMIT loadingChanged(false);
}

void PagedTableModel::resume()
{
    if (m_loading || m_failed)
        return;
    m_complete = false;
    fetchMore({});
}

void PagedTableModel::completePage(quint64 generation, int rowsAdded, bool last)
{
    if (!isCurrent(generation))
        return;
    m_complete = last;
    setLoading(false);
    Q_EMIT pageLoaded(rowsAdded);
}

void PagedTableModel::failPage(quint64 generation, const Error &error)
{
    if (!isCurrent(generation))
        return;
    m_failed = true;
    setLoading(false);
    qCWarning(lcGui).noquote() << "Could not load a page of" << metaObject()->className() << ":" << error.toLogString();
    Q_EMIT loadFailed(error.message);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace posbridge
