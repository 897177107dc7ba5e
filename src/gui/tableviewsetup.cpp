#include "gui/tableviewsetup.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace posbridge {

namespace {

constexpr int MAX_FITTED_COLUMN_WIDTH = 320;
// Rows that fitting looks at; a page of 200 rows would cost tens of milliseconds on the GUI thread.
constexpr int FIT_SAMPLE_ROWS = 40;

void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int columns = view->horizontalHeader()->count();
    for (int column = 0; column < columns; ++column)
        view->setColumnWidth(column, std::min(view->columnWidth(column), MAX_FITTED_COLUMN_WIDTH));
}

} // namespace

void setUpListTable(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setResizeContentsPrecision(FIT_SAMPLE_ROWS);

    // Fit once: refitting on every page would make the columns jump while the admin scrolls.
    auto fitted = std::make_shared<bool>(false);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view, model, fitted] {
        if (*fitted || model->rowCount() == 0)
            return;
        *fitted = true;
        fitColumns(view);
    });
}

} // namespace posbridge
