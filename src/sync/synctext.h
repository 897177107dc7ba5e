#pragma once

#include "core/order.h"
#include "core/syncrun.h"

#include <QString>

namespace posbridge {

/** @brief Translated name of a job, as the Sync History and exports show it ("Order download"). */
QString syncJobName(SyncJob job);
/** @brief Translated name of how a run started ("Schedule", "Manual", "Retry"). */
QString runTriggerName(RunTrigger trigger);
/** @brief Translated name of how a run ended ("Succeeded", "Partial"…). */
QString runResultName(RunResult result);
/** @brief Translated name of an event level ("Info", "Warning", "Error"). */
QString eventLevelName(EventLevel level);
/** @brief Translated name of an order status ("Completed", "Cancelled"). */
QString orderStatusName(OrderStatus status);
/** @brief A run's duration for display: "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min"; "—" when unknown. */
QString durationText(qint64 ms);

} // namespace posbridge
