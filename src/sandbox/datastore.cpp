#include "sandbox/datastore.h"

#include "sandbox/sandboxclock.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, {}, 422);
}

Error notFound(const QString &message)
{
    return makeError(ErrorCode::NotFound, message, {}, 404);
}

Error conflict(const QString &message)
{
    return makeError(ErrorCode::Conflict, message, {}, 409);
}

/** Rounds to cents, half away from zero, as a till does. */
Decimal roundToCents(Decimal value)
{
    return *Decimal::parse(value.toString(2));
}

} // namespace

DataStore::DataStore(const SandboxClock &clock)
    : m_clock(clock)
{
}

void DataStore::addShop(Shop shop)
{
    m_shops[shop.shopID] = std::move(shop);
}

void DataStore::addRegister(Register registerEntry)
{
    m_registers[registerEntry.registerID] = std::move(registerEntry);
}

void DataStore::addEmployee(Employee employee)
{
    m_employees[employee.employeeID] = std::move(employee);
}

void DataStore::addCustomer(Customer customer)
{
    m_customers[customer.customerID] = std::move(customer);
}

void DataStore::addPaymentType(PaymentType type)
{
    m_paymentTypes[type.paymentTypeID] = std::move(type);
}

qint64 DataStore::addItem(Item item, qint64 now)
{
    item.itemID = m_nextItemID++;
    if (item.systemSku.isEmpty())
        item.systemSku = QString::number(210'000'000'000LL + item.itemID);
    const qint64 itemID = item.itemID;
    m_items[itemID] = std::move(item);

    QList<qint64> rows;
    auto addRow = [&](qint64 shopID) {
        ItemShop row;
        row.itemShopID = m_nextItemShopID++;
        row.itemID = itemID;
        row.shopID = shopID;
        row.timeStamp = now;
        m_itemShops[row.itemShopID] = row;
        rows.append(row.itemShopID);
    };
    addRow(0);
    for (const auto &[shopID, shop] : m_shops)
        addRow(shopID);
    m_itemShopsByItem.insert(itemID, rows);
    return itemID;
}

const Item *DataStore::item(qint64 itemID) const
{
    const auto it = m_items.find(itemID);
    return it == m_items.end() ? nullptr : &it->second;
}

Item *DataStore::mutableItem(qint64 itemID)
{
    const auto it = m_items.find(itemID);
    return it == m_items.end() ? nullptr : &it->second;
}

QList<qint64> DataStore::itemShopIDsOf(qint64 itemID) const
{
    return m_itemShopsByItem.value(itemID);
}

ItemShop *DataStore::findItemShop(qint64 itemID, qint64 shopID)
{
    for (qint64 id : m_itemShopsByItem.value(itemID)) {
        ItemShop &row = m_itemShops[id];
        if (row.shopID == shopID)
            return &row;
    }
    return nullptr;
}

const ItemShop *DataStore::itemShop(qint64 itemID, qint64 shopID) const
{
    return const_cast<DataStore *>(this)->findItemShop(itemID, shopID);
}

void DataStore::recomputeSummary(qint64 itemID, qint64 now)
{
    ItemShop *summary = findItemShop(itemID, 0);
    if (!summary)
        return;
    qint64 total = 0;
    for (qint64 id : m_itemShopsByItem.value(itemID)) {
        const ItemShop &row = m_itemShops[id];
        if (row.shopID != 0)
            total += row.qoh;
    }
    if (summary->qoh != total) {
        summary->qoh = total;
        summary->timeStamp = now;
    }
}

void DataStore::setQuantity(qint64 itemID, qint64 shopID, qint64 qoh, qint64 now)
{
    ItemShop *row = findItemShop(itemID, shopID);
    if (!row || row->qoh == qoh)
        return;
    row->qoh = qoh;
    row->timeStamp = now;
    recomputeSummary(itemID, now);
}

void DataStore::setReorder(qint64 itemShopID, std::optional<qint64> point, std::optional<qint64> level, qint64 now)
{
    const auto it = m_itemShops.find(itemShopID);
    if (it == m_itemShops.end())
        return;
    ItemShop &row = it->second;
    const qint64 newPoint = point.value_or(row.reorderPoint);
    const qint64 newLevel = level.value_or(row.reorderLevel);
    if (newPoint == row.reorderPoint && newLevel == row.reorderLevel)
        return;
    row.reorderPoint = newPoint;
    row.reorderLevel = newLevel;
    row.timeStamp = now;
}

void DataStore::adjustQuantity(qint64 itemID, qint64 shopID, qint64 delta, qint64 now)
{
    const ItemShop *row = itemShop(itemID, shopID);
    if (row && delta != 0)
        setQuantity(itemID, shopID, row->qoh + delta, now);
}

Decimal DataStore::defaultPrice(const Item &item) const
{
    for (const ItemPrice &price : item.prices) {
        if (price.useType == u"Default")
            return price.amount;
    }
    return item.prices.isEmpty() ? Decimal() : item.prices.first().amount;
}

QList<qint64> DataStore::soldLinesOf(qint64 itemID) const
{
    return m_soldLinesByItem.value(itemID);
}

qint64 DataStore::returnedQuantity(qint64 saleLineID) const
{
    return m_returnedByLine.value(saleLineID);
}

Result<SaleLine> DataStore::buildLine(const SaleLineDraft &lineDraft, const Sale &sale) const
{
    const Item *item = this->item(lineDraft.itemID);
    if (!item)
        return invalid(u"Item %1 does not exist."_s.arg(lineDraft.itemID));
    if (lineDraft.quantity == 0)
        return invalid(u"A sale line needs a non-zero quantity (item %1)."_s.arg(lineDraft.itemID));

    SaleLine line;
    line.saleID = sale.saleID;
    line.itemID = item->itemID;
    line.shopID = sale.shopID;
    line.employeeID = sale.employeeID;
    line.customerID = sale.customerID;
    line.unitQuantity = lineDraft.quantity;
    line.unitPrice = lineDraft.unitPrice.value_or(defaultPrice(*item));
    line.avgCost = item->avgCost;
    line.tax1Rate = sale.tax1Rate;
    line.createTime = sale.createTime;
    line.timeStamp = sale.updatetime;

    if (lineDraft.quantity < 0) {
        qint64 parent = lineDraft.parentSaleLineID;
        if (parent == 0) {
            const QList<qint64> sold = soldLinesOf(item->itemID);
            for (auto it = sold.crbegin(); it != sold.crend() && parent == 0; ++it) {
                const SaleLine &candidate = m_saleLines.at(*it);
                if (candidate.unitQuantity + returnedQuantity(*it) >= -lineDraft.quantity)
                    parent = *it;
            }
        }
        const auto parentLine = m_saleLines.find(parent);
        if (parent != 0 && (parentLine == m_saleLines.end() || parentLine->second.itemID != item->itemID))
            return invalid(u"Sale line %1 is not a sale of item %2."_s.arg(parent).arg(item->itemID));
        if (parent != 0 && !lineDraft.unitPrice)
            line.unitPrice = parentLine->second.unitPrice;
        line.parentSaleLineID = parent;
    }

    const Decimal quantity = Decimal::fromInt(line.unitQuantity);
    line.calcSubtotal = line.unitPrice.multipliedBy(quantity);
    const Decimal percent = Decimal::fromUnits(Decimal::ONE / 100);
    line.calcTax1 = roundToCents(line.calcSubtotal.multipliedBy(sale.tax1Rate).multipliedBy(percent));
    line.calcTotal = line.calcSubtotal + line.calcTax1;
    return line;
}

Result<qint64> DataStore::ringUp(const SaleDraft &draft)
{
    const auto shop = m_shops.find(draft.shopID);
    if (shop == m_shops.end())
        return invalid(u"Shop %1 does not exist."_s.arg(draft.shopID));
    if (draft.lines.isEmpty())
        return invalid(u"A sale needs at least one line."_s);
    if (draft.customerID != 0 && !m_customers.count(draft.customerID))
        return invalid(u"Customer %1 does not exist."_s.arg(draft.customerID));

    const qint64 now = m_clock.nowMs();
    Sale sale;
    sale.saleID = m_nextSaleID;
    sale.shopID = draft.shopID;
    sale.registerID = draft.registerID;
    sale.employeeID = draft.employeeID;
    sale.customerID = draft.customerID;
    sale.completed = draft.completed;
    sale.completeTime = draft.completed ? (draft.completeTime ? draft.completeTime : now) : 0;
    sale.createTime = draft.createTime ? draft.createTime : (sale.completeTime ? sale.completeTime : now);
    sale.updatetime = draft.updatetime ? draft.updatetime : now;
    sale.timeStamp = sale.updatetime;
    sale.ticketNumber = sale.saleID;
    sale.tax1Rate = shop->second.taxRate;

    QList<SaleLine> lines;
    for (const SaleLineDraft &lineDraft : draft.lines) {
        Result<SaleLine> line = buildLine(lineDraft, sale);
        if (!line)
            return line.error();
        lines.append(std::move(line).value());
    }

    ++m_nextSaleID;
    for (SaleLine &line : lines) {
        line.saleLineID = m_nextSaleLineID++;
        sale.lineIDs.append(line.saleLineID);
        sale.calcSubtotal += line.calcSubtotal;
        sale.calcTax1 += line.calcTax1;
        m_saleLines[line.saleLineID] = line;
    }
    sale.calcTotal = sale.calcSubtotal + sale.calcTax1;
    if (sale.completed)
        addPayment(sale, sale.completeTime);
    m_sales[sale.saleID] = sale;
    if (sale.completed)
        applyStock(sale, 1, draft.applyStock, now);
    return sale.saleID;
}

void DataStore::addPayment(Sale &sale, qint64 now)
{
    SalePayment payment;
    payment.salePaymentID = m_nextSalePaymentID++;
    payment.saleID = sale.saleID;
    payment.paymentTypeID = sale.calcTotal.isNegative() ? 1 : (sale.saleID % 3 == 0 ? 1 : 2);
    payment.registerID = sale.registerID;
    payment.employeeID = sale.employeeID;
    payment.amount = sale.calcTotal;
    payment.createTime = now;
    m_salePayments[payment.salePaymentID] = payment;
    sale.paymentIDs.append(payment.salePaymentID);
    sale.calcPayments += payment.amount;
}

// Direction 1 completes a sale (its lines become returnable), -1 voids it. History sales keep the
// generated stock, so they record their lines without moving stock.
void DataStore::applyStock(const Sale &sale, int direction, bool moveStock, qint64 now)
{
    for (qint64 lineID : sale.lineIDs) {
        const SaleLine &line = m_saleLines.at(lineID);
        if (direction > 0 && line.unitQuantity > 0)
            m_soldLinesByItem[line.itemID].append(lineID);
        else if (direction > 0 && line.parentSaleLineID != 0)
            m_returnedByLine[line.parentSaleLineID] += line.unitQuantity;
        if (moveStock)
            adjustQuantity(line.itemID, sale.shopID, -direction * line.unitQuantity, now);
    }
}

VoidResult DataStore::voidSale(qint64 saleID, qint64 now)
{
    const auto it = m_sales.find(saleID);
    if (it == m_sales.end())
        return notFound(u"Sale %1 does not exist."_s.arg(saleID));
    Sale &sale = it->second;
    if (sale.voided)
        return conflict(u"Sale %1 is already voided."_s.arg(saleID));
    if (now == 0)
        now = m_clock.nowMs();
    sale.voided = true;
    sale.updatetime = std::max(now, sale.updatetime);
    sale.timeStamp = sale.updatetime;
    if (sale.completed)
        applyStock(sale, -1, true, m_clock.nowMs());
    return {};
}

VoidResult DataStore::completeSale(qint64 saleID)
{
    const auto it = m_sales.find(saleID);
    if (it == m_sales.end())
        return notFound(u"Sale %1 does not exist."_s.arg(saleID));
    Sale &sale = it->second;
    if (sale.completed)
        return conflict(u"Sale %1 is already completed."_s.arg(saleID));
    if (sale.voided)
        return conflict(u"Sale %1 is voided and cannot be completed."_s.arg(saleID));
    const qint64 now = m_clock.nowMs();
    sale.completed = true;
    sale.completeTime = now;
    sale.updatetime = now;
    sale.timeStamp = now;
    addPayment(sale, now);
    applyStock(sale, 1, true, now);
    return {};
}

} // namespace posbridge::sandbox
