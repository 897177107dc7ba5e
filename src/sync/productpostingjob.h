#pragma once

#include "core/cancellation.h"
#include "core/error.h"
#include "core/integrationsettings.h"
#include "core/syncrun.h"
#include "storage/synchistoryrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace posbridge {

class ApiClient;
class Database;
class ItemLookup;
class RetailApi;
struct Item;
struct PostingEntry;

/** @brief Limits and choices of one posting run. */
struct PostingJobOptions
{
    /** Products to post; empty posts every enabled listing that needs it. */
    QList<qint64> productIds;
    /** Listings read from the database at a time. */
    int pageSize = 100;
    /**
     * Lookups (products × identifier fields) from which reading the whole catalogue is
     * considered; it is read only when that takes fewer requests than the lookups.
     */
    int catalogueWalkThreshold = 20;
    /** Transient failures in a row after which the run stops: Lightspeed is probably unreachable. */
    int maxConsecutiveTransientFailures = 3;
};

/** @brief How a posting run ended. */
struct PostingOutcome
{
    qint64 runId = 0;
    RunResult result = RunResult::Succeeded;
    RunCounts counts;
    double drips = 0;
    QString message; ///< translated summary for the history
    /** The error that stopped the run, when it ended Failed or Cancelled; a scheduler decides from it
     *  whether to pause the company (authorization expired) or retry later (transient). */
    std::optional<Error> stopError;
};

/**
 * @brief Product posting: makes the company's Lightspeed catalogue match its enabled listings.
 *
 * One run, in this order:
 * 1. listings in error whose hold was released (Retry) go back in line;
 * 2. items of disabled listings whose archiving the admin asked for are archived;
 * 3. linked listings whose product's name, price or cost differs from what was posted become
 *    "pending update";
 * 4. pending listings are matched to existing items by the company's SKU matching order: a
 *    unique match is linked, several matches wait for the admin's choice, and a product with
 *    no match is created with its description, SKUs, barcodes, cost and default price;
 * 5. pending updates are pushed as partial updates that carry only the changed fields.
 *
 * A create request that fails in a way that may have reached Lightspeed is never repeated
 * blindly: the item is looked up by custom SKU first, in this run and in later ones. A
 * permanent rejection (400, 404, 409, 422) puts the listing in error with Lightspeed's reason,
 * records an event and holds the product until Retry. Nothing is posted while Lightspeed POS
 * Enabled is off. Events go to the run's history as they happen, so a crash keeps them.
 *
 * Runs on a worker thread, with that thread's database connection and RetailApi.
 */
class ProductPostingJob
{
    Q_DECLARE_TR_FUNCTIONS(ProductPostingJob)

public:
    using ProgressFunction = std::function<void(int done, int total, const QString &message)>;

    ProductPostingJob(Database &database, ApiClient &client, RetailApi &api, IntegrationSettings settings,
                      PostingJobOptions options = {});

    /** @brief Runs the steps above under an existing run of the history. */
    PostingOutcome run(qint64 runId, const CancellationToken &cancel, const ProgressFunction &progress = {});

    /**
     * @brief Records a run in the history, runs the job in it and records how it ended.
     *
     * Fails only when the history itself cannot be written.
     */
    static Result<PostingOutcome> runRecorded(Database &database, ApiClient &client, RetailApi &api,
                                              const IntegrationSettings &settings, RunTrigger trigger,
                                              const CancellationToken &cancel, const ProgressFunction &progress = {},
                                              const PostingJobOptions &options = {});

private:
    enum class Step
    {
        Continue,
        Stop,
    };

    Step archiveRequested();
    Step postPending();
    Step postEntry(const PostingEntry &entry, ItemLookup &lookup, const QSet<qint64> &linkedItems);
    Step createItem(const PostingEntry &entry, ItemLookup &lookup);
    Step pushUpdates();
    Step pushUpdate(const PostingEntry &entry);

    Step linkExisting(const PostingEntry &entry, const Item &item, bool createdByUs);
    Step failItem(const PostingEntry &entry, const Error &error, const QString &what);
    Step stopOn(const Error &error);
    void recordEvent(EventLevel level, const PostingEntry &entry, const QString &message, int httpStatus = 0,
                     bool retryable = false);
    qint64 recordEventId(EventLevel level, const PostingEntry &entry, const QString &message, int httpStatus,
                         bool retryable);
    void reportProgress(const QString &message);
    bool cancelled();

    Database &m_database;
    ApiClient &m_client;
    RetailApi &m_api;
    IntegrationSettings m_settings;
    PostingJobOptions m_options;

    // State of the current run.
    qint64 m_runId = 0;
    const CancellationToken *m_cancel = nullptr;
    ProgressFunction m_progress;
    PostingOutcome m_outcome;
    int m_done = 0;
    int m_total = 0;
    int m_transientInARow = 0;
};

} // namespace posbridge
