#pragma once

class QAbstractItemModel;
class QTableView;

namespace posbridge {

/**
 * @brief Sets up a read-only list table: compact rows of fixed height and columns that fit the first rows.
 *
 * Column widths are fitted once, when the model first has rows. They are capped so that one long
 * message cannot push the other columns out of sight, and the admin can resize them afterwards.
 */
void setUpListTable(QTableView *view, QAbstractItemModel *model);

} // namespace posbridge
