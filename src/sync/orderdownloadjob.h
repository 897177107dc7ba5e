#pragma once

#include "sync/job.h"

#include <QStringList>

namespace posbridge {

struct Sale;

/** @brief Tuning of the order download. */
struct OrderDownloadOptions
{
    /** @brief How far before the checkpoint each run reads again, so that late-committed sales are not missed. */
    qint64 overlapMs = 10 * 60 * 1000;
    /** @brief How far back the first run of a company reads, before any checkpoint exists. */
    qint64 initialLookBackMs = 2LL * 24 * 60 * 60 * 1000;
    /**
     * @brief Loads SalePayments with the sales.
     *
     * Payments are part of an order, so this is on by default. Under Lightspeed's 2026 rate
     * limits a page of 100 sales then costs 1.8 drips (1 + 0.4 per to-many relation on a list);
     * with lines only it costs 1.4.
     */
    bool loadPayments = true;
};

/**
 * @brief Downloads the completed sales of the company's shop as orders, page by page.
 *
 * Sales are read by updatetime, oldest first, from the checkpoint minus the overlap window.
 * Each completed sale becomes one order, exactly once (OrderRepository::importOrder). A sale
 * voided after import cancels its order and reverses its stock moves, and open sales are
 * skipped until they complete. A page's orders, item links, history events and the new
 * checkpoint (the updatetime of the page's last sale) commit in one transaction, so a crash or
 * a cancel loses at most the page in progress, which the next run reads again.
 *
 * Customers come from the Customer resource in IN batches, and only those not stored yet,
 * since loading the Customer relation with every page would cost more drips.
 */
class OrderDownloadJob final : public Job
{
public:
    explicit OrderDownloadJob(OrderDownloadOptions options = {});

    VoidResult run(JobContext &context) override;

    /** @brief The relations loaded with each page of sales under these options. */
    static QStringList saleRelations(const OrderDownloadOptions &options);

private:
    struct RunState;

    VoidResult handlePage(JobContext &context, RunState &state, const QList<Sale> &sales);
    VoidResult loadCustomers(JobContext &context, RunState &state, const QList<const Sale *> &sales);
    VoidResult writePage(JobContext &context, RunState &state, const QList<Sale> &sales);

    OrderDownloadOptions m_options;
};

} // namespace posbridge
