#pragma once

#include "core/integrationsettings.h"
#include "core/syncrun.h"
#include "sync/job.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace posbridge {

struct OrderDownloadOptions;

/** @brief What the scheduler needs to know about one kind of job. */
struct JobKind
{
    SyncJob job = SyncJob::OrderDownload;
    /** @brief Creates the job for one run. */
    std::function<std::unique_ptr<Job>()> create;
    /** @brief Whether the company's settings let the job run, on schedule or on demand. */
    std::function<bool(const IntegrationSettings &)> isEnabled;
    /** @brief The company's interval between two scheduled runs, in seconds. */
    std::function<int(const IntegrationSettings &)> intervalSeconds;
    /** @brief Jobs that a scheduled run of this job is preceded by, when they are enabled (a cycle's order). */
    QList<SyncJob> runsAfter;
};

/**
 * @brief The kinds of job the engine schedules.
 *
 * Order download, inventory upload and reconciliation are built in; another kind (product
 * posting) is added with add() before the engine starts.
 */
class JobCatalog
{
public:
    /** @brief A catalogue with the built-in kinds. */
    explicit JobCatalog(const OrderDownloadOptions &orderDownload);

    /** @brief Adds a kind, or replaces the kind of the same job. */
    void add(JobKind kind);
    [[nodiscard]] const JobKind *find(SyncJob job) const;
    /** @brief Every kind, in the order a cycle runs them. */
    [[nodiscard]] const QList<JobKind> &kinds() const { return m_kinds; }

private:
    QList<JobKind> m_kinds;
};

} // namespace posbridge
