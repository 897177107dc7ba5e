#include "sync/synctext.h"

#include <QCoreApplication>
#include <QLocale>

namespace posbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncText", text);
}

} // namespace

QString syncJobName(SyncJob job)
{
    switch (job) {
    case SyncJob::OrderDownload:
        return tr("Order download");
    case SyncJob::InventoryUpload:
        return tr("Inventory upload");
    case SyncJob::Reconciliation:
        return tr("Reconciliation");
    case SyncJob::ProductPosting:
        return tr("Product posting");
    }
    return {};
}

QString runTriggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule:
        return tr("Schedule");
    case RunTrigger::Manual:
        return tr("Manual");
    case RunTrigger::Retry:
        return tr("Retry");
    }
    return {};
}

QString runResultName(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return tr("Running");
    case RunResult::Succeeded:
        return tr("Succeeded");
    case RunResult::Partial:
        return tr("Partial");
    case RunResult::Failed:
        return tr("Failed");
    case RunResult::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString eventLevelName(EventLevel level)
{
    switch (level) {
    case EventLevel::Info:
        return tr("Info");
    case EventLevel::Warning:
        return tr("Warning");
    case EventLevel::Error:
        return tr("Error");
    }
    return {};
}

QString orderStatusName(OrderStatus status)
{
    return status == OrderStatus::Cancelled ? tr("Cancelled") : tr("Completed");
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace posbridge
