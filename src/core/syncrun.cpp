#include "core/syncrun.h"

#include "core/enumkeys.h"

namespace posbridge {

namespace {

constexpr EnumKey<SyncJob> JOB_KEYS[] = {
    {SyncJob::OrderDownload, u"order_download"},
    {SyncJob::InventoryUpload, u"inventory_upload"},
    {SyncJob::Reconciliation, u"reconciliation"},
    {SyncJob::ProductPosting, u"product_posting"},
};

constexpr EnumKey<RunTrigger> TRIGGER_KEYS[] = {
    {RunTrigger::Schedule, u"schedule"},
    {RunTrigger::Manual, u"manual"},
    {RunTrigger::Retry, u"retry"},
};

constexpr EnumKey<RunResult> RESULT_KEYS[] = {
    {RunResult::Running, u"running"}, {RunResult::Succeeded, u"succeeded"}, {RunResult::Partial, u"partial"},
    {RunResult::Failed, u"failed"},   {RunResult::Cancelled, u"cancelled"},
};

constexpr EnumKey<EventLevel> LEVEL_KEYS[] = {
    {EventLevel::Info, u"info"},
    {EventLevel::Warning, u"warning"},
    {EventLevel::Error, u"error"},
};

} // namespace

QString syncJobKey(SyncJob job)
{
    return enumKey(JOB_KEYS, job);
}

std::optional<SyncJob> syncJobFromKey(QStringView key)
{
    return enumFromKey(JOB_KEYS, key);
}

QString runTriggerKey(RunTrigger trigger)
{
    return enumKey(TRIGGER_KEYS, trigger);
}

std::optional<RunTrigger> runTriggerFromKey(QStringView key)
{
    return enumFromKey(TRIGGER_KEYS, key);
}

QString runResultKey(RunResult result)
{
    return enumKey(RESULT_KEYS, result);
}

std::optional<RunResult> runResultFromKey(QStringView key)
{
    return enumFromKey(RESULT_KEYS, key);
}

QString eventLevelKey(EventLevel level)
{
    return enumKey(LEVEL_KEYS, level);
}

std::optional<EventLevel> eventLevelFromKey(QStringView key)
{
    return enumFromKey(LEVEL_KEYS, key);
}

} // namespace posbridge
