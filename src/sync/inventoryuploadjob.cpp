#include "sync/inventoryuploadjob.h"

#include "sync/runrecorder.h"
#include "sync/stockpublisher.h"

#include <QCoreApplication>

namespace posbridge {

VoidResult InventoryUploadJob::run(JobContext &context)
{
    if (context.shopId <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("InventoryUploadJob",
                                                     "Choose the Lightspeed shop in the General Settings first."));
    StockPublisher publisher(context);
    if (auto loaded = publisher.load(); !loaded)
        return loaded;
    auto candidates = publisher.candidates(true);
    if (!candidates)
        return candidates.error();
    context.recorder->counts().fetched = int(candidates->size());
    if (candidates->isEmpty()) {
        context.reportProgress(0, 0, QCoreApplication::translate("InventoryUploadJob", "No stock changed"));
        return {};
    }

    if (auto read = publisher.readChanges(); !read)
        return read;
    if (auto read = publisher.readUnknown(*candidates); !read)
        return read;
    if (auto saved = publisher.saveObservations(); !saved)
        return saved;
    const VoidResult published = publisher.publish(*candidates);
    // Whatever stopped the writes, keep what was learned about pending changes.
    const VoidResult saved = publisher.saveObservations();
    if (!published)
        return published;
    return saved;
}

} // namespace posbridge
