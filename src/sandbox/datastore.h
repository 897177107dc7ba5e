#pragma once

#include "core/error.h"
#include "sandbox/entities.h"

#include <QHash>
#include <QList>

#include <map>
#include <optional>

namespace posbridge::sandbox {

class SandboxClock;

/** @brief One line of a sale to ring up: a positive quantity sells, a negative one returns. */
struct SaleLineDraft
{
    qint64 itemID = 0;
    qint64 quantity = 0;
    qint64 parentSaleLineID = 0;      ///< for returns; found automatically when 0
    std::optional<Decimal> unitPrice; ///< the item's Default price when unset
};

/** @brief A sale or return to ring up. Times of 0 mean "now" on the sandbox clock. */
struct SaleDraft
{
    qint64 shopID = 0;
    qint64 registerID = 0;
    qint64 employeeID = 0;
    qint64 customerID = 0;
    QList<SaleLineDraft> lines;
    bool completed = true;
    qint64 createTime = 0;
    qint64 completeTime = 0; ///< earlier than now for a late commit
    qint64 updatetime = 0;
    qint64 paymentTypeID = 1;
    bool applyStock = true; ///< history sales leave stock as generated
};

/**
 * @brief The account's data and every change to it: sales, returns, voids, stock and item edits.
 *
 * Collections are ordered by id. Stock changes move ItemShop.timeStamp (and that of the shop 0
 * summary row) but never Item.timeStamp, as on Lightspeed.
 */
class DataStore
{
public:
    explicit DataStore(const SandboxClock &clock);

    [[nodiscard]] const std::map<qint64, Shop> &shops() const { return m_shops; }
    [[nodiscard]] const std::map<qint64, Register> &registers() const { return m_registers; }
    [[nodiscard]] const std::map<qint64, Employee> &employees() const { return m_employees; }
    [[nodiscard]] const std::map<qint64, Customer> &customers() const { return m_customers; }
    [[nodiscard]] const std::map<qint64, Item> &items() const { return m_items; }
    [[nodiscard]] const std::map<qint64, ItemShop> &itemShops() const { return m_itemShops; }
    [[nodiscard]] const std::map<qint64, Sale> &sales() const { return m_sales; }
    [[nodiscard]] const std::map<qint64, SaleLine> &saleLines() const { return m_saleLines; }
    [[nodiscard]] const std::map<qint64, SalePayment> &salePayments() const { return m_salePayments; }
    [[nodiscard]] const std::map<qint64, PaymentType> &paymentTypes() const { return m_paymentTypes; }

    void addShop(Shop shop);
    void addRegister(Register registerEntry);
    void addEmployee(Employee employee);
    void addCustomer(Customer customer);
    void addPaymentType(PaymentType type);
    /** @brief Adds an item with a zero-stock ItemShop row per shop plus the shop 0 summary row; returns its id. */
    qint64 addItem(Item item, qint64 now);

    [[nodiscard]] const Item *item(qint64 itemID) const;
    [[nodiscard]] Item *mutableItem(qint64 itemID);
    [[nodiscard]] const ItemShop *itemShop(qint64 itemID, qint64 shopID) const;
    [[nodiscard]] QList<qint64> itemShopIDsOf(qint64 itemID) const;

    /** @brief Sets a shop's quantity on hand and recomputes the shop 0 summary row. */
    void setQuantity(qint64 itemID, qint64 shopID, qint64 qoh, qint64 now);
    void setReorder(qint64 itemShopID, std::optional<qint64> point, std::optional<qint64> level, qint64 now);
    /** @brief Adds delta to a shop's quantity on hand (negative for sales); qoh may go below 0. */
    void adjustQuantity(qint64 itemID, qint64 shopID, qint64 delta, qint64 now);

    /** @brief Rings up a sale or return; returns the new saleID. */
    Result<qint64> ringUp(const SaleDraft &draft);
    /** @brief Voids a sale: moves updatetime and, for a completed sale, puts its stock back. */
    VoidResult voidSale(qint64 saleID, qint64 now = 0);
    /** @brief Completes an open sale: sets completeTime, records the payment and takes the stock. */
    VoidResult completeSale(qint64 saleID);

    /** @brief The sale lines of an item on completed, non-voided sales, newest last. */
    [[nodiscard]] QList<qint64> soldLinesOf(qint64 itemID) const;
    /** @brief Sum of unitQuantity of the lines that return the given line (a negative number or 0). */
    [[nodiscard]] qint64 returnedQuantity(qint64 saleLineID) const;

    [[nodiscard]] Decimal defaultPrice(const Item &item) const;
    [[nodiscard]] qint64 nextItemID() const { return m_nextItemID; }

private:
    Result<SaleLine> buildLine(const SaleLineDraft &lineDraft, const Sale &sale) const;
    void applyStock(const Sale &sale, int direction, bool moveStock, qint64 now);
    void addPayment(Sale &sale, qint64 now);
    void recomputeSummary(qint64 itemID, qint64 now);
    ItemShop *findItemShop(qint64 itemID, qint64 shopID);

    const SandboxClock &m_clock;
    std::map<qint64, Shop> m_shops;
    std::map<qint64, Register> m_registers;
    std::map<qint64, Employee> m_employees;
    std::map<qint64, Customer> m_customers;
    std::map<qint64, Item> m_items;
    std::map<qint64, ItemShop> m_itemShops;
    std::map<qint64, Sale> m_sales;
    std::map<qint64, SaleLine> m_saleLines;
    std::map<qint64, SalePayment> m_salePayments;
    std::map<qint64, PaymentType> m_paymentTypes;
    QHash<qint64, QList<qint64>> m_itemShopsByItem;
    QHash<qint64, QList<qint64>> m_soldLinesByItem;
    QHash<qint64, qint64> m_returnedByLine;
    qint64 m_nextItemID = 1;
    qint64 m_nextItemShopID = 1;
    qint64 m_nextSaleID = 1;
    qint64 m_nextSaleLineID = 1;
    qint64 m_nextSalePaymentID = 1;
};

} // namespace posbridge::sandbox
