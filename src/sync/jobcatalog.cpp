#include "sync/jobcatalog.h"

#include "sync/inventoryuploadjob.h"
#include "sync/orderdownloadjob.h"
#include "sync/reconciliationjob.h"

namespace posbridge {

JobCatalog::JobCatalog(const OrderDownloadOptions &orderDownload)
{
    JobKind download;
    download.job = SyncJob::OrderDownload;
    download.create = [orderDownload] { return std::make_unique<OrderDownloadJob>(orderDownload); };
    download.isEnabled = [](const IntegrationSettings &s) { return s.posEnabled && s.orderDownloadEnabled; };
    download.intervalSeconds = [](const IntegrationSettings &s) { return s.orderDownloadIntervalSeconds; };
    add(download);

    JobKind upload;
    upload.job = SyncJob::InventoryUpload;
    upload.create = [] { return std::make_unique<InventoryUploadJob>(); };
    upload.isEnabled = [](const IntegrationSettings &s) { return s.posEnabled && s.inventoryUploadEnabled; };
    upload.intervalSeconds = [](const IntegrationSettings &s) { return s.inventoryUploadIntervalSeconds; };
    upload.runsAfter = {SyncJob::OrderDownload};
    add(upload);

    JobKind reconciliation;
    reconciliation.job = SyncJob::Reconciliation;
    reconciliation.create = [] { return std::make_unique<ReconciliationJob>(); };
    // Reconciliation writes stock, so it belongs to the inventory upload's switch.
    reconciliation.isEnabled = [](const IntegrationSettings &s) { return s.posEnabled && s.inventoryUploadEnabled; };
    reconciliation.intervalSeconds = [](const IntegrationSettings &s) { return s.reconciliationIntervalSeconds; };
    reconciliation.runsAfter = {SyncJob::OrderDownload};
    add(reconciliation);
}

void JobCatalog::add(JobKind kind)
{
    for (JobKind &existing : m_kinds) {
        if (existing.job == kind.job) {
            existing = std::move(kind);
            return;
        }
    }
    m_kinds.append(std::move(kind));
}

const JobKind *JobCatalog::find(SyncJob job) const
{
    for (const JobKind &kind : m_kinds) {
        if (kind.job == job)
            return &kind;
    }
    return nullptr;
}

} // namespace posbridge
