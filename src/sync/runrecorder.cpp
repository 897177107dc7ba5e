#include "sync/runrecorder.h"

namespace posbridge {

RunRecorder::RunRecorder(QSqlDatabase db, qint64 companyId, SyncJob job, RunTrigger trigger, const Clock &clock)
    : m_history(std::move(db), clock)
    , m_clock(clock)
    , m_companyId(companyId)
    , m_job(job)
    , m_trigger(trigger)
{
}

Result<qint64> RunRecorder::start()
{
    auto id = m_history.startRun(m_companyId, m_job, m_trigger);
    if (!id)
        return id.error();
    m_runId = *id;
    return m_runId;
}

void RunRecorder::addEvent(SyncEvent event)
{
    event.companyId = m_companyId;
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    m_events << std::move(event);
}

Result<qint64> RunRecorder::recordNow(SyncEvent event)
{
    event.companyId = m_companyId;
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    return m_history.addEvent(m_runId, event);
}

VoidResult RunRecorder::flushEvents()
{
    if (m_events.isEmpty())
        return {};
    const auto ids = m_history.addEvents(m_runId, m_events);
    if (!ids)
        return ids.error();
    m_events.clear();
    return {};
}

void RunRecorder::discardEvents()
{
    m_events.clear();
}

VoidResult RunRecorder::hold(SyncJob job, const QString &entityKey, qint64 eventId, const QString &reason)
{
    return m_history.hold(m_companyId, job, entityKey, eventId, reason);
}

VoidResult RunRecorder::finish(RunResult result, Decimal dripsUsed, const QString &message)
{
    const VoidResult flushed = flushEvents();
    const VoidResult finished = m_history.finishRun(m_runId, result, m_counts, dripsUsed, message);
    if (!flushed)
        return flushed;
    return finished;
}

} // namespace posbridge
