#include "sync/reconciliationjob.h"

#include "sync/runrecorder.h"
#include "sync/stockpublisher.h"

#include <QCoreApplication>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationJob)
};

} // namespace

VoidResult ReconciliationJob::run(JobContext &context)
{
    if (context.shopId <= 0)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("Choose the Lightspeed shop in the General Settings first."));
    StockPublisher publisher(context);
    if (auto loaded = publisher.load(); !loaded)
        return loaded;
    if (auto read = publisher.readAll(); !read)
        return read;
    if (auto saved = publisher.saveObservations(); !saved)
        return saved;

    for (qint64 itemId : publisher.itemsWithoutRow()) {
        SyncEvent event;
        event.level = EventLevel::Warning;
        event.entity = QStringLiteral("item");
        event.lightspeedId = QString::number(itemId);
        event.message =
            Messages::tr("Lightspeed has no stock row of item %1 for the shop; the item may be archived.").arg(itemId);
        context.recorder->addEvent(event);
    }

    auto candidates = publisher.candidates(false);
    if (!candidates)
        return candidates.error();
    context.recorder->counts().fetched = int(candidates->size());
    const VoidResult published = publisher.publish(*candidates);
    const VoidResult saved = publisher.saveObservations();
    if (!published)
        return published;
    return saved;
}

} // namespace posbridge
