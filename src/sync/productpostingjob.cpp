#include "sync/productpostingjob.h"

#include "lightspeed/apiclient.h"
#include "lightspeed/apierrors.h"
#include "lightspeed/retailapi.h"
#include "storage/database.h"
#include "storage/listingrepository.h"
#include "storage/postingrepository.h"
#include "sync/itemlookup.h"
#include "sync/logging.h"

#include <array>

namespace posbridge {

namespace {

PostedItem postedItemOf(const Item &item)
{
    PostedItem posted;
    posted.itemId = item.itemId;
    posted.systemSku = item.systemSku;
    posted.customSku = item.customSku;
    posted.upc = item.upc;
    posted.description = item.description;
    posted.defaultPrice = item.defaultPrice().value_or(Decimal());
    posted.defaultCost = item.defaultCost;
    return posted;
}

ListingCandidate candidateOf(const Item &item)
{
    ListingCandidate candidate;
    candidate.itemId = item.itemId;
    candidate.systemSku = item.systemSku;
    candidate.customSku = item.customSku;
    candidate.manufacturerSku = item.manufacturerSku;
    candidate.upc = item.upc;
    candidate.ean = item.ean;
    candidate.description = item.description;
    candidate.defaultPrice = item.defaultPrice().value_or(Decimal());
    candidate.defaultCost = item.defaultCost;
    return candidate;
}

ItemChanges creationOf(const Product &product)
{
    ItemChanges item;
    item.description = product.name;
    item.customSku = product.sku;
    if (!product.upc.isEmpty())
        item.upc = product.upc;
    if (!product.ean.isEmpty())
        item.ean = product.ean;
    if (!product.manufacturerSku.isEmpty())
        item.manufacturerSku = product.manufacturerSku;
    item.defaultCost = product.cost;
    item.defaultPrice = product.price;
    return item;
}

// Errors that concern the whole connection rather than one item stop the run.
bool stopsTheRun(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Unauthorized:
    case ErrorCode::AuthorizationExpired:
    case ErrorCode::Forbidden:
    case ErrorCode::Cancelled:
    case ErrorCode::Database:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainDenied:
    case ErrorCode::Keychain:
        return true;
    default:
        return false;
    }
}

} // namespace

ProductPostingJob::ProductPostingJob(Database &database, ApiClient &client, RetailApi &api,
                                     IntegrationSettings settings, PostingJobOptions options)
    : m_database(database)
    , m_client(client)
    , m_api(api)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
{
}

Result<PostingOutcome> ProductPostingJob::runRecorded(Database &database, ApiClient &client, RetailApi &api,
                                                      const IntegrationSettings &settings, RunTrigger trigger,
                                                      const CancellationToken &cancel, const ProgressFunction &progress,
                                                      const PostingJobOptions &options)
{
    SyncHistoryRepository history(database.connection());
    const auto runId = history.startRun(settings.companyId, SyncJob::ProductPosting, trigger);
    if (!runId)
        return runId.error();
    ProductPostingJob job(database, client, api, settings, options);
    PostingOutcome outcome = job.run(*runId, cancel, progress);
    if (auto finished = history.finishRun(*runId, outcome.result, outcome.counts,
                                          Decimal::parse(QString::number(outcome.drips, 'f', 4)).value_or(Decimal()),
                                          outcome.message);
        !finished)
        return finished.error();
    return outcome;
}

PostingOutcome ProductPostingJob::run(qint64 runId, const CancellationToken &cancel, const ProgressFunction &progress)
{
    m_runId = runId;
    m_cancel = &cancel;
    m_progress = progress;
    m_outcome = PostingOutcome{};
    m_outcome.runId = runId;
    m_done = 0;
    m_total = 0;
    m_transientInARow = 0;
    const double dripsBefore = m_client.stats().drips;

    if (!m_settings.posEnabled) {
        m_outcome.message = tr("Lightspeed POS Enabled is off, so no product was posted.");
        return m_outcome;
    }

    PostingRepository listings(m_database.connection());
    if (auto requeued = listings.requeueReleasedErrors(m_settings.companyId); !requeued) {
        stopOn(requeued.error());
        return m_outcome;
    }
    const std::array steps = {&ProductPostingJob::archiveRequested, &ProductPostingJob::postPending,
                              &ProductPostingJob::pushUpdates};
    for (const auto step : steps) {
        if ((this->*step)() == Step::Stop)
            break;
    }

    m_outcome.drips = m_client.stats().drips - dripsBefore;
    if (m_outcome.result == RunResult::Succeeded && m_outcome.counts.failed > 0)
        m_outcome.result = RunResult::Partial;
    if (m_outcome.message.isEmpty()) {
        m_outcome.message = tr("%1 created, %2 linked or updated, %3 waiting for a choice, %4 failed.")
                                .arg(m_outcome.counts.created)
                                .arg(m_outcome.counts.updated)
                                .arg(m_outcome.counts.skipped)
                                .arg(m_outcome.counts.failed);
    }
    return m_outcome;
}

ProductPostingJob::Step ProductPostingJob::archiveRequested()
{
    PostingRepository listings(m_database.connection());
    const auto requests = listings.archiveRequests(m_settings.companyId, 1000);
    if (!requests)
        return stopOn(requests.error());
    for (const PostingEntry &entry : *requests) {
        if (!m_options.productIds.isEmpty() && !m_options.productIds.contains(entry.product.id))
            continue;
        if (cancelled())
            return Step::Stop;
        const VoidResult archived = m_api.archiveItem(entry.listing.itemId, *m_cancel);
        if (!archived && archived.error().code != ErrorCode::NotFound) {
            // The request stays, so the next run tries again.
            if (failItem(entry, archived.error(), tr("archive item %1").arg(entry.listing.itemId)) == Step::Stop)
                return Step::Stop;
            continue;
        }
        if (auto recorded = listings.recordArchived(entry.listing.id); !recorded)
            return stopOn(recorded.error());
        m_transientInARow = 0;
        ++m_outcome.counts.updated;
        recordEvent(EventLevel::Info, entry,
                    archived
                        ? tr("Archived Lightspeed item %1 of SKU %2.").arg(entry.listing.itemId).arg(entry.product.sku)
                        : tr("Lightspeed item %1 of SKU %2 no longer exists; the link was dropped.")
                              .arg(entry.listing.itemId)
                              .arg(entry.product.sku));
    }
    return Step::Continue;
}

ProductPostingJob::Step ProductPostingJob::postPending()
{
    PostingRepository listings(m_database.connection());
    if (auto marked = listings.markChangedAsPendingUpdate(m_settings.companyId); !marked)
        return stopOn(marked.error());

    // Items already linked to another product of the company are not offered again.
    const auto linked = ListingRepository(m_database.connection()).listLinked(m_settings.companyId);
    if (!linked)
        return stopOn(linked.error());
    QSet<qint64> linkedItems;
    for (const Listing &listing : *linked)
        linkedItems.insert(listing.itemId);

    ItemLookup lookup(m_api, m_settings.skuMatchingOrder, *m_cancel);
    qint64 after = 0;
    while (true) {
        const auto page = listings.entries(m_settings.companyId, ListingState::Pending, after, m_options.pageSize,
                                           m_options.productIds);
        if (!page)
            return stopOn(page.error());
        if (page->isEmpty())
            return Step::Continue;
        after = page->constLast().listing.id;
        m_total += int(page->size());

        QList<ProductIdentifiers> subjects;
        for (const PostingEntry &entry : *page)
            subjects << entry.product.identifiers();
        if (auto prepared = lookup.prepare(subjects, m_options.catalogueWalkThreshold); !prepared) {
            if (stopsTheRun(prepared.error()) || !ApiErrors::isTransient(prepared.error()))
                return stopOn(prepared.error());
            qCWarning(lcSync).noquote() << "Reading the catalogue failed; matching item by item:"
                                        << prepared.error().toLogString();
        }

        for (const PostingEntry &entry : *page) {
            if (cancelled())
                return Step::Stop;
            if (postEntry(entry, lookup, linkedItems) == Step::Stop)
                return Step::Stop;
            if (const auto current = ListingRepository(m_database.connection()).findByProduct(entry.product.id);
                current.ok() && current->has_value() && (*current)->itemId != 0)
                linkedItems.insert((*current)->itemId);
            ++m_done;
            reportProgress(tr("Posting %1").arg(entry.product.sku));
        }
    }
}

ProductPostingJob::Step ProductPostingJob::postEntry(const PostingEntry &entry, ItemLookup &lookup,
                                                     const QSet<qint64> &linkedItems)
{
    if (entry.createUnconfirmed) {
        // An earlier create request may have reached Lightspeed: look before creating again.
        const auto existing = lookup.findByCustomSku(entry.product.sku);
        if (!existing)
            return failItem(entry, existing.error(), tr("look up SKU %1").arg(entry.product.sku));
        if (!existing->isEmpty())
            return linkExisting(entry, existing->constFirst(), true);
    }

    const auto found = lookup.match(entry.product.identifiers(), linkedItems);
    if (!found)
        return failItem(entry, found.error(), tr("match SKU %1").arg(entry.product.sku));
    m_transientInARow = 0;
    switch (found->decision.action) {
    case PostingDecision::Action::Link:
        return linkExisting(entry, found->items.constFirst(), false);
    case PostingDecision::Action::Choose: {
        QList<ListingCandidate> candidates;
        QStringList ids;
        for (const Item &item : found->items) {
            candidates << candidateOf(item);
            ids << QString::number(item.itemId);
        }
        if (auto recorded = PostingRepository(m_database.connection()).recordNeedsChoice(entry.listing.id, candidates);
            !recorded)
            return stopOn(recorded.error());
        ++m_outcome.counts.skipped;
        recordEvent(EventLevel::Warning, entry,
                    tr("%1 Lightspeed items match SKU %2 (items %3). Choose one on the Listings page.")
                        .arg(found->items.size())
                        .arg(entry.product.sku, ids.join(QStringLiteral(", "))));
        return Step::Continue;
    }
    case PostingDecision::Action::Create:
        break;
    }
    return createItem(entry, lookup);
}

ProductPostingJob::Step ProductPostingJob::createItem(const PostingEntry &entry, ItemLookup &lookup)
{
    PostingRepository listings(m_database.connection());
    // Recorded before the request, so that a crash during it also leads to a lookup first.
    if (auto flagged = listings.setCreateUnconfirmed(entry.listing.id, true); !flagged)
        return stopOn(flagged.error());

    const auto created = m_api.createItem(creationOf(entry.product), *m_cancel);
    if (created) {
        lookup.remember(*created);
        ++m_outcome.counts.created;
        m_transientInARow = 0;
        if (auto recorded = listings.recordLinked(entry.listing.id, postedItemOf(*created), ItemOrigin::Created);
            !recorded)
            return stopOn(recorded.error());
        recordEvent(EventLevel::Info, entry,
                    tr("Created Lightspeed item %1 for SKU %2.").arg(created->itemId).arg(entry.product.sku));
        return Step::Continue;
    }

    const Error &error = created.error();
    if (!ApiErrors::isTransient(error)) {
        // Lightspeed returned an error status, so the request was rejected and created nothing.
        if (auto cleared = listings.setCreateUnconfirmed(entry.listing.id, false); !cleared)
            return stopOn(cleared.error());
        return failItem(entry, error, tr("create SKU %1").arg(entry.product.sku));
    }
    const auto existing = lookup.findByCustomSku(entry.product.sku);
    if (existing && !existing->isEmpty()) {
        lookup.remember(existing->constFirst());
        ++m_outcome.counts.created;
        return linkExisting(entry, existing->constFirst(), true);
    }
    return failItem(entry, error, tr("create SKU %1").arg(entry.product.sku));
}

ProductPostingJob::Step ProductPostingJob::linkExisting(const PostingEntry &entry, const Item &item, bool createdByUs)
{
    PostingRepository listings(m_database.connection());
    const ItemOrigin origin = createdByUs ? ItemOrigin::Created : ItemOrigin::Linked;
    if (auto recorded = listings.recordLinked(entry.listing.id, postedItemOf(item), origin); !recorded)
        return stopOn(recorded.error());
    if (!createdByUs)
        ++m_outcome.counts.updated;
    m_transientInARow = 0;
    recordEvent(EventLevel::Info, entry,
                createdByUs
                    ? tr("Found Lightspeed item %1 for SKU %2, created by an earlier request; linked it.")
                          .arg(item.itemId)
                          .arg(entry.product.sku)
                    : tr("Linked SKU %1 to the existing Lightspeed item %2.").arg(entry.product.sku).arg(item.itemId));
    return Step::Continue;
}

ProductPostingJob::Step ProductPostingJob::pushUpdates()
{
    PostingRepository listings(m_database.connection());
    if (auto marked = listings.markChangedAsPendingUpdate(m_settings.companyId); !marked)
        return stopOn(marked.error());
    qint64 after = 0;
    while (true) {
        const auto page = listings.entries(m_settings.companyId, ListingState::PendingUpdate, after, m_options.pageSize,
                                           m_options.productIds);
        if (!page)
            return stopOn(page.error());
        if (page->isEmpty())
            return Step::Continue;
        after = page->constLast().listing.id;
        m_total += int(page->size());
        for (const PostingEntry &entry : *page) {
            if (cancelled())
                return Step::Stop;
            if (pushUpdate(entry) == Step::Stop)
                return Step::Stop;
            ++m_done;
            reportProgress(tr("Updating %1").arg(entry.product.sku));
        }
    }
}

ProductPostingJob::Step ProductPostingJob::pushUpdate(const PostingEntry &entry)
{
    const Product &product = entry.product;
    const Listing &listing = entry.listing;
    ItemChanges changes;
    QStringList fields;
    if (product.name != listing.postedName) {
        changes.description = product.name;
        fields << tr("name");
    }
    if (product.price != listing.postedPrice) {
        changes.defaultPrice = product.price;
        fields << tr("price");
    }
    if (product.cost != listing.postedCost) {
        changes.defaultCost = product.cost;
        fields << tr("cost");
    }

    PostingRepository listings(m_database.connection());
    if (!changes.isEmpty()) {
        const auto updated = m_api.updateItem(listing.itemId, changes, *m_cancel);
        if (!updated) {
            if (updated.error().code == ErrorCode::NotFound) {
                Error missingItem = updated.error();
                missingItem.message =
                    tr("Lightspeed item %1 no longer exists. Unlink the product to create or match it "
                       "again.")
                        .arg(listing.itemId);
                return failItem(entry, missingItem, tr("update item %1").arg(listing.itemId));
            }
            return failItem(entry, updated.error(), tr("update item %1").arg(listing.itemId));
        }
        ++m_outcome.counts.updated;
        recordEvent(EventLevel::Info, entry,
                    tr("Updated the %1 of Lightspeed item %2 (SKU %3).")
                        .arg(fields.join(QStringLiteral(", ")))
                        .arg(listing.itemId)
                        .arg(product.sku));
    }
    m_transientInARow = 0;
    if (auto recorded = listings.recordPushed(listing.id, product.name, product.price, product.cost, entry.origin);
        !recorded)
        return stopOn(recorded.error());
    return Step::Continue;
}

ProductPostingJob::Step ProductPostingJob::failItem(const PostingEntry &entry, const Error &error, const QString &what)
{
    if (stopsTheRun(error))
        return stopOn(error);
    ++m_outcome.counts.failed;
    PostingRepository listings(m_database.connection());
    qCWarning(lcSync).noquote() << "Product posting could not" << what << "for company" << m_settings.companyId << ":"
                                << error.toLogString();

    if (ApiErrors::isTransient(error)) {
        if (auto recorded = listings.recordTransientError(entry.listing.id, error.message); !recorded)
            return stopOn(recorded.error());
        recordEvent(EventLevel::Warning, entry,
                    tr("Could not %1; it is tried again at the next run: %2").arg(what, error.message),
                    error.httpStatus, true);
        if (++m_transientInARow >= m_options.maxConsecutiveTransientFailures) {
            m_outcome.result = RunResult::Failed;
            m_outcome.message = tr("Stopped after %1 failures in a row: %2").arg(m_transientInARow).arg(error.message);
            m_outcome.stopError = error;
            return Step::Stop;
        }
        return Step::Continue;
    }

    m_transientInARow = 0;
    if (auto recorded = listings.recordError(entry.listing.id, error.message); !recorded)
        return stopOn(recorded.error());
    const qint64 eventId = recordEventId(EventLevel::Error, entry, tr("Could not %1: %2").arg(what, error.message),
                                         error.httpStatus, true);
    SyncHistoryRepository history(m_database.connection());
    if (auto held = history.hold(m_settings.companyId, SyncJob::ProductPosting,
                                 PostingRepository::holdKey(entry.product.id), eventId, error.message);
        !held)
        return stopOn(held.error());
    return Step::Continue;
}

ProductPostingJob::Step ProductPostingJob::stopOn(const Error &error)
{
    const bool wasCancelled = error.code == ErrorCode::Cancelled;
    m_outcome.result = wasCancelled ? RunResult::Cancelled : RunResult::Failed;
    m_outcome.message = error.message;
    m_outcome.stopError = error;
    if (!wasCancelled)
        qCWarning(lcSync).noquote() << "Product posting of company" << m_settings.companyId
                                    << "stopped:" << error.toLogString();
    SyncEvent event;
    event.companyId = m_settings.companyId;
    event.level = wasCancelled ? EventLevel::Warning : EventLevel::Error;
    event.message = error.message;
    event.httpStatus = error.httpStatus;
    event.retryable = !wasCancelled;
    if (auto added = SyncHistoryRepository(m_database.connection()).addEvent(m_runId, event); !added)
        qCWarning(lcSync).noquote() << "Could not record the event:" << added.error().toLogString();
    return Step::Stop;
}

void ProductPostingJob::recordEvent(EventLevel level, const PostingEntry &entry, const QString &message, int httpStatus,
                                    bool retryable)
{
    recordEventId(level, entry, message, httpStatus, retryable);
}

qint64 ProductPostingJob::recordEventId(EventLevel level, const PostingEntry &entry, const QString &message,
                                        int httpStatus, bool retryable)
{
    SyncEvent event;
    event.companyId = m_settings.companyId;
    event.level = level;
    event.entity = QStringLiteral("product");
    event.lightspeedId = entry.listing.itemId != 0 ? QString::number(entry.listing.itemId) : QString();
    event.localId = entry.product.id;
    event.httpStatus = httpStatus;
    event.message = message;
    event.retryable = retryable;
    const auto added = SyncHistoryRepository(m_database.connection()).addEvent(m_runId, event);
    if (!added) {
        qCWarning(lcSync).noquote() << "Could not record the event:" << added.error().toLogString();
        return 0;
    }
    return *added;
}

void ProductPostingJob::reportProgress(const QString &message)
{
    if (m_progress)
        m_progress(m_done, m_total, message);
}

bool ProductPostingJob::cancelled()
{
    if (!m_cancel->isCancelled())
        return false;
    stopOn(makeError(ErrorCode::Cancelled, tr("The run was cancelled.")));
    return true;
}

} // namespace posbridge
