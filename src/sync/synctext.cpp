#include "sync/synctext.h"

#include <QCoreApplication>
#include <QLocale>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

} // namespace

QString syncJobName(SyncJob job)
{
    switch (job) {
    case SyncJob::OrderDownload:
        return Messages::tr("Order download");
    case SyncJob::InventoryUpload:
        return Messages::tr("Inventory upload");
    case SyncJob::Reconciliation:
        return Messages::tr("Reconciliation");
    case SyncJob::ProductPosting:
        return Messages::tr("Product posting");
    }
    return {};
}

QString runTriggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule:
        return Messages::tr("Schedule");
    case RunTrigger::Manual:
        return Messages::tr("Manual");
    case RunTrigger::Retry:
        return Messages::tr("Retry");
    }
    return {};
}

QString runResultName(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return Messages::tr("Running");
    case RunResult::Succeeded:
        return Messages::tr("Succeeded");
    case RunResult::Partial:
        return Messages::tr("Partial");
    case RunResult::Failed:
        return Messages::tr("Failed");
    case RunResult::Cancelled:
        return Messages::tr("Cancelled");
    }
    return {};
}

QString eventLevelName(EventLevel level)
{
    switch (level) {
    case EventLevel::Info:
        return Messages::tr("Info");
    case EventLevel::Warning:
        return Messages::tr("Warning");
    case EventLevel::Error:
        return Messages::tr("Error");
    }
    return {};
}

QString orderStatusName(OrderStatus status)
{
    return status == OrderStatus::Cancelled ? Messages::tr("Cancelled") : Messages::tr("Completed");
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return Messages::tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return Messages::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return Messages::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return Messages::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace posbridge
