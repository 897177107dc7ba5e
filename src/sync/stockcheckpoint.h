#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace posbridge {

/**
 * @brief What inventory upload and reconciliation know about Lightspeed's stock, stored as JSON.
 *
 * Times are Lightspeed's ItemShop timeStamps. Kept in sync_checkpoints under the inventory
 * upload job.
 */
struct StockCheckpoint
{
    /** @brief The latest ItemShop timeStamp read; the next read of changes starts there. */
    QDateTime seen;
    /**
     * @brief Items whose Lightspeed stock was changed by someone else, with the timeStamp of that change.
     *
     * Such a change may be a POS sale not yet downloaded, so the item is not written until an
     * order download covers the change (OrderDownloadCheckpoint::covered).
     */
    QHash<qint64, QDateTime> pending;

    [[nodiscard]] QString toJson() const;
    static StockCheckpoint fromJson(const QString &text);

    static Result<StockCheckpoint> load(QSqlDatabase db, qint64 companyId);
    VoidResult save(QSqlDatabase db, qint64 companyId) const;
};

} // namespace posbridge
