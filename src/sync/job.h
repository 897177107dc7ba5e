#pragma once

#include "core/cancellation.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "core/syncrun.h"

#include <QSqlDatabase>

#include <functional>

namespace posbridge {

class Database;
class RunRecorder;
struct CompanyApi;

/** @brief Reports a job's progress: items done, items in all (0 when unknown), and what it is doing. */
using ProgressCallback = std::function<void(int done, int total, const QString &message)>;

/** @brief What a job needs for one run; everything lives at least as long as the run. */
struct JobContext
{
    qint64 companyId = 0;
    SyncJob job = SyncJob::OrderDownload;
    RunTrigger trigger = RunTrigger::Schedule;
    Database *database = nullptr;
    CompanyApi *api = nullptr;
    /** @brief The Lightspeed shop of the company's settings, resolved from its name when needed. */
    qint64 shopId = 0;
    RunRecorder *recorder = nullptr;
    CancellationToken cancel;
    const Clock *clock = &SystemClock::instance();
    ProgressCallback progress;

    /** @brief The calling thread's database connection. */
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] const IntegrationSettings &settings() const;
    void reportProgress(int done, int total, const QString &message) const;
};

/**
 * @brief One kind of sync work, run for one company on a worker thread.
 *
 * run() blocks. It records per-item events and counts through context.recorder; the caller
 * records the run's start and end. An error return ends the run as failed, except
 * ErrorCode::Cancelled, which ends it as cancelled. Whatever run() returns, the data it
 * committed stays consistent: jobs commit in units (a page of sales, one item's quantity)
 * that are complete on their own.
 */
class Job
{
public:
    virtual ~Job() = default;
    virtual VoidResult run(JobContext &context) = 0;
};

} // namespace posbridge
