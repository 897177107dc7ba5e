#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief The kinds of background work a company runs. */
enum class SyncJob
{
    OrderDownload,
    InventoryUpload,
    Reconciliation,
    ProductPosting,
};

QString syncJobKey(SyncJob job);
std::optional<SyncJob> syncJobFromKey(QStringView key);

/** @brief How a run started. */
enum class RunTrigger
{
    Schedule,
    Manual, ///< Actions › … Now
    Retry,  ///< Retry failed items in the Sync History
};

QString runTriggerKey(RunTrigger trigger);
std::optional<RunTrigger> runTriggerFromKey(QStringView key);

/** @brief How a run ended. */
enum class RunResult
{
    Running,
    Succeeded, ///< every item done
    Partial,   ///< the run finished but some items failed
    Failed,    ///< the run stopped on an error
    Cancelled, ///< the admin or shutdown cancelled it
};

QString runResultKey(RunResult result);
std::optional<RunResult> runResultFromKey(QStringView key);

/** @brief One run of one job for one company, as shown in the Sync History. */
struct SyncRun
{
    qint64 id = 0;
    qint64 companyId = 0;
    SyncJob job = SyncJob::OrderDownload;
    RunTrigger trigger = RunTrigger::Schedule;
    RunResult result = RunResult::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    int fetched = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int failed = 0;
    Decimal dripsUsed; ///< Lightspeed rate-limit cost of the run's requests
    QString message;

    [[nodiscard]] qint64 durationMs() const { return finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : -1; }
};

/** @brief Severity of a run event. */
enum class EventLevel
{
    Info,
    Warning,
    Error,
};

QString eventLevelKey(EventLevel level);
std::optional<EventLevel> eventLevelFromKey(QStringView key);

/** @brief Something that happened to one item during a run: imported, skipped, rejected… */
struct SyncEvent
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 companyId = 0;
    QDateTime at;
    EventLevel level = EventLevel::Info;
    QString entity;       ///< "sale", "item", "product", "itemShop"
    QString lightspeedId; ///< saleID, itemID… as text
    qint64 localId = 0;   ///< order, product or listing id
    int httpStatus = 0;
    QString message; ///< never contains a secret
    bool retryable = false;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::SyncRun)
Q_DECLARE_METATYPE(posbridge::SyncEvent)
