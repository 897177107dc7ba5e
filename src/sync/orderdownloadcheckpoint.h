#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/**
 * @brief The progress of a company's order download, stored as JSON in sync_checkpoints.
 *
 * Every time is Lightspeed's (the sale's updatetime, an ItemShop timeStamp), never this
 * computer's clock, since the two need not agree.
 */
struct OrderDownloadCheckpoint
{
    /** @brief updatetime of the last sale of the last committed page; the next run reads from it minus the overlap. */
    QDateTime cursor;
    /**
     * @brief The sales already handled whose updatetime equals the cursor.
     *
     * Lightspeed's times have whole seconds, so a later sale can share the cursor's time. The list
     * distinguishes it from one that was read already.
     */
    QList<qint64> cursorSales;
    /**
     * @brief The Lightspeed time up to which every stock change comes from sales already downloaded.
     *
     * Set when a download completes: the latest of its cursor and the latest ItemShop timeStamp
     * seen before it started. Inventory upload defers an item whose Lightspeed stock changed later.
     */
    QDateTime covered;
    /** @brief The updatetime from which the first run read; set once that run completed. */
    QDateTime firstReadFrom;
    /**
     * @brief Sales last changed before this time are imported without stock moves.
     *
     * Set when the back-office stock was counted after those sales (the demo does so), so they
     * are not deducted twice. Invalid: every imported sale moves stock.
     */
    QDateTime stockFrom;

    /** @brief Moves the cursor to a handled sale's updatetime, if later, and remembers the sale. */
    void advance(const QDateTime &updateTime, qint64 saleId);
    /** @brief True when a sale with this updatetime may not have been read before. */
    [[nodiscard]] bool isUnread(const QDateTime &updateTime, qint64 saleId) const;
    /** @brief True once a download has completed. */
    [[nodiscard]] bool hasCompleted() const { return covered.isValid() || firstReadFrom.isValid(); }
    /** @brief Where sales not handled yet begin: the cursor, or where the first run read from. */
    [[nodiscard]] QDateTime unreadFrom() const { return cursor.isValid() ? cursor : firstReadFrom; }

    [[nodiscard]] QString toJson() const;
    /** @brief Parses the stored text; a bare ISO time, as older checkpoints hold, is read as the cursor. */
    static OrderDownloadCheckpoint fromJson(const QString &text);

    /** @brief Reads the company's checkpoint; an empty one when there is none. */
    static Result<OrderDownloadCheckpoint> load(QSqlDatabase db, qint64 companyId);
    VoidResult save(QSqlDatabase db, qint64 companyId) const;
};

} // namespace posbridge
