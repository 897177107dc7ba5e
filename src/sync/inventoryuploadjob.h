#pragma once

#include "sync/job.h"

namespace posbridge {

/**
 * @brief Uploads the Selling Warehouse's stock of the enabled, linked listings to the company's shop.
 *
 * Only listings whose quantity to publish differs from their published quantity are
 * candidates; a cycle without such listings sends no request at all. Before writing, the job
 * reads the shop's ItemShop rows changed since its last read (every row the first time, and
 * the rows of items never read), so it learns what Lightspeed holds instead of overwriting
 * it blindly, and defers items whose stock changed after the last completed order download.
 * See StockPublisher for the rules of each write.
 */
class InventoryUploadJob final : public Job
{
public:
    VoidResult run(JobContext &context) override;
};

} // namespace posbridge
