#pragma once

namespace posbridge {

/**
 * @brief Named places in the job code where a crash test may kill the process.
 *
 * Job code calls FaultPoint::reached("order-download.page-committed") at the boundaries that
 * matter for crash safety. In production nothing happens: the environment is read once, and
 * each call then costs one comparison of a boolean.
 *
 * When the environment variable POSBRIDGE_FAULT_POINT is set to a point's name, the process
 * sends itself SIGKILL the first time it reaches that point, as a real `kill -9` would. The
 * form "name@N" kills on the Nth time instead. Only the test harness sets the variable; it
 * must never be set for the application.
 *
 * Points in use:
 * - order-download.page-fetched: a page of sales arrived, nothing of it is stored yet;
 * - order-download.page-written: the page's orders are written but not committed;
 * - order-download.page-committed: the page and its checkpoint are committed;
 * - inventory-upload.before-write: an item's quantity is about to be sent to Lightspeed;
 * - inventory-upload.after-write: Lightspeed accepted the quantity, the database does not know yet;
 * - inventory-upload.recorded: the published quantity is recorded.
 * Reconciliation reaches the inventory-upload points too, since it writes through the same code.
 */
class FaultPoint
{
public:
    /** @brief Kills the process when the environment names this point (and its count is reached). */
    static void reached(const char *name);
};

} // namespace posbridge
