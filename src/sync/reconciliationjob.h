#pragma once

#include "sync/job.h"

namespace posbridge {

/**
 * @brief Reads every ItemShop row of the company's shop and corrects the drift.
 *
 * Every linked listing, enabled or not, gets Lightspeed's current quantity and timeStamp as its
 * published quantity; then each enabled listing whose quantity to publish differs is written,
 * under the same deferral and hold rules as the inventory upload (see StockPublisher).
 */
class ReconciliationJob final : public Job
{
public:
    VoidResult run(JobContext &context) override;
};

} // namespace posbridge
