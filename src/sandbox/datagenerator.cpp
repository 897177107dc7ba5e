#include "sandbox/datagenerator.h"

#include "sandbox/datastore.h"
#include "sandbox/sandboxconfig.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

constexpr qint64 DAY_MS = 86'400'000;

const QStringList &shopNames()
{
    static const QStringList names{u"Downtown"_s, u"Harbourside"_s, u"Uptown"_s, u"Riverside"_s,
                                   u"Old Town"_s, u"Airport"_s,     u"Mall"_s,   u"Station"_s};
    return names;
}

const QStringList &timeZones()
{
    static const QStringList zones{u"America/New_York"_s, u"America/Chicago"_s, u"America/Denver"_s,
                                   u"America/Los_Angeles"_s, u"America/Toronto"_s};
    return zones;
}

const QStringList &firstNames()
{
    static const QStringList names{u"Ava"_s,   u"Liam"_s,  u"Noah"_s,  u"Emma"_s,   u"Olivia"_s, u"Mateo"_s,
                                   u"Sofia"_s, u"Lucas"_s, u"Mia"_s,   u"Ethan"_s,  u"Chloe"_s,  u"Amir"_s,
                                   u"Yuki"_s,  u"Priya"_s, u"Jonas"_s, u"Fatima"_s, u"Diego"_s,  u"Hannah"_s};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{u"Smith"_s,  u"Garcia"_s, u"Nguyen"_s, u"Johnson"_s, u"Brown"_s,  u"Patel"_s,
                                   u"Müller"_s, u"Rossi"_s,  u"Kim"_s,    u"Dubois"_s,  u"Okafor"_s, u"Silva"_s,
                                   u"Cohen"_s,  u"Larsen"_s, u"Tanaka"_s, u"O'Brien"_s, u"Novak"_s,  u"Haddad"_s};
    return names;
}

const QStringList &adjectives()
{
    static const QStringList words{u"Classic"_s,  u"Organic"_s, u"Deluxe"_s, u"Everyday"_s, u"Premium"_s,
                                   u"Compact"_s,  u"Rustic"_s,  u"Urban"_s,  u"Nordic"_s,   u"Coastal"_s,
                                   u"Heritage"_s, u"Trail"_s,   u"Studio"_s, u"Harvest"_s};
    return words;
}

const QStringList &products()
{
    static const QStringList words{
        u"Coffee Beans 250g"_s, u"Green Tea 20 bags"_s, u"Ceramic Mug"_s,  u"Water Bottle 750ml"_s,
        u"Notebook A5"_s,       u"Gel Pen"_s,           u"Tote Bag"_s,     u"Scented Candle"_s,
        u"Wool Socks"_s,        u"Cotton T-Shirt"_s,    u"Phone Case"_s,   u"USB-C Cable 1m"_s,
        u"Desk Lamp"_s,         u"Yoga Mat"_s,          u"Granola Bar"_s,  u"Olive Oil 500ml"_s,
        u"Dark Chocolate"_s,    u"Rain Jacket"_s,       u"Baseball Cap"_s, u"Cutting Board"_s};
    return words;
}

const QStringList &variants()
{
    static const QStringList words{u"Black"_s, u"White"_s,  u"Navy"_s,  u"Olive"_s, u"Red"_s,
                                   u"Small"_s, u"Medium"_s, u"Large"_s, u"Sand"_s,  u"Charcoal"_s};
    return words;
}

const QStringList &brands()
{
    static const QStringList codes{u"ACM"_s, u"NRD"_s, u"KTL"_s, u"BRW"_s, u"OKO"_s, u"VLT"_s, u"ZEN"_s, u"HRB"_s};
    return codes;
}

Decimal cents(qint64 value)
{
    return Decimal::fromUnits(value * (Decimal::ONE / 100));
}

} // namespace

DataGenerator::DataGenerator(const SandboxConfig &config, DataStore &store)
    : m_config(config)
    , m_store(store)
    , m_random(static_cast<quint64>(config.seed))
{
}

QString DataGenerator::upcWithCheckDigit(const QString &elevenDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < elevenDigits.size(); ++i)
        sum += elevenDigits.at(i).digitValue() * (i % 2 == 0 ? 3 : 1);
    return elevenDigits + QString::number((10 - sum % 10) % 10);
}

QString DataGenerator::eanWithCheckDigit(const QString &twelveDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < twelveDigits.size(); ++i)
        sum += twelveDigits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return twelveDigits + QString::number((10 - sum % 10) % 10);
}

QString DataGenerator::digits(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + static_cast<char16_t>(m_random.bounded(10)));
    return text;
}

qint64 DataGenerator::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(m_random.bounded(static_cast<double>(high - low + 1)));
}

bool DataGenerator::chance(double share)
{
    return m_random.generateDouble() < share;
}

void DataGenerator::generate(qint64 nowMs)
{
    generateShops(nowMs);
    generatePeople(nowMs);
    generateItems(nowMs);
    generateSales(nowMs);
}

void DataGenerator::generateShops(qint64 nowMs)
{
    static const QList<qint64> taxRatesInThousandths{8875, 7250, 6500, 8250, 5000};
    qint64 registerID = 1;
    for (int i = 0; i < m_config.shops; ++i) {
        Shop shop;
        shop.shopID = i + 1;
        shop.name = i < shopNames().size() ? shopNames().at(i) : u"Shop %1"_s.arg(i + 1);
        shop.timeZone = timeZones().at(i % timeZones().size());
        shop.taxRate =
            Decimal::fromUnits(taxRatesInThousandths.at(i % taxRatesInThousandths.size()) * (Decimal::ONE / 1000));
        shop.timeStamp = nowMs - (m_config.days + 90) * DAY_MS;
        m_store.addShop(shop);
        m_store.addRegister(Register{registerID++, shop.shopID, u"Register 1"_s});
    }
    m_store.addPaymentType(PaymentType{1, u"Cash"_s, u"cash"_s});
    m_store.addPaymentType(PaymentType{2, u"Credit Card"_s, u"credit card"_s});
    m_store.addPaymentType(PaymentType{3, u"Debit Card"_s, u"debit card"_s});
    m_store.addPaymentType(PaymentType{4, u"Gift Card"_s, u"gift card"_s});
}

void DataGenerator::generatePeople(qint64 nowMs)
{
    const qint64 historyStart = nowMs - (m_config.days + 90) * DAY_MS;
    for (int i = 0; i < m_config.employees; ++i) {
        Employee employee;
        employee.employeeID = i + 1;
        employee.firstName = i == 0 ? u"Demo"_s : pick(firstNames());
        employee.lastName = i == 0 ? u"Admin"_s : pick(lastNames());
        employee.archived = i > 2 && chance(0.1);
        employee.timeStamp = between(historyStart, nowMs);
        m_store.addEmployee(employee);
    }
    for (int i = 0; i < m_config.customers; ++i) {
        Customer customer;
        customer.customerID = i + 1;
        customer.firstName = pick(firstNames());
        customer.lastName = pick(lastNames());
        if (chance(0.2))
            customer.company = pick(lastNames()) + u" & Co."_s;
        customer.createTime = between(historyStart, nowMs - m_config.days * DAY_MS);
        customer.timeStamp = customer.createTime;
        m_store.addCustomer(customer);
    }
}

void DataGenerator::generateItems(qint64 nowMs)
{
    for (int i = 0; i < m_config.items; ++i)
        generateItem(nowMs);
}

void DataGenerator::generateItem(qint64 nowMs)
{
    const qint64 historyStart = nowMs - (m_config.days + 60) * DAY_MS;
    Item item;
    const qint64 itemID = m_store.nextItemID();
    item.description = pick(adjectives()) + u' ' + pick(products()) + u' ' + pick(variants());
    if (!chance(0.05))
        item.customSku = u"PB-%1"_s.arg(10000 + itemID);
    item.manufacturerSku =
        pick(brands()) + u'-' + digits(4) + QChar(u'A' + static_cast<char16_t>(m_random.bounded(26)));
    if (!chance(0.1))
        item.upc = upcWithCheckDigit(u"0"_s + digits(10));
    if (!chance(0.4))
        item.ean = eanWithCheckDigit(u"4"_s + QString::number(m_random.bounded(10)) + digits(10));
    // A few items share a UPC with an earlier one, as catalogues imported twice do.
    if (itemID > 10 && chance(0.01)) {
        if (const Item *other = m_store.item(between(1, itemID - 1)); other && !other->upc.isEmpty())
            item.upc = other->upc;
    }
    const qint64 costCents = between(100, 8000);
    const qint64 priceCents = (costCents * between(160, 260) / 100) / 100 * 100 + 99;
    item.defaultCost = cents(costCents);
    item.avgCost = item.defaultCost;
    item.prices = {{u"Default"_s, cents(priceCents)},
                   {u"MSRP"_s, cents((priceCents * 12 / 10) / 100 * 100 + 99)},
                   {u"Online"_s, cents(priceCents)}};
    item.archived = chance(0.02);
    item.createTime = between(historyStart, historyStart + 30 * DAY_MS);
    item.timeStamp = between(item.createTime, nowMs);

    const qint64 id = m_store.addItem(item, item.createTime);
    for (const auto &[shopID, shop] : m_store.shops()) {
        const qint64 qoh = item.archived || chance(0.05) ? 0 : between(1, 60);
        const qint64 stamp = between(item.createTime, nowMs);
        m_store.setQuantity(id, shopID, qoh, stamp);
        for (qint64 rowID : m_store.itemShopIDsOf(id))
            m_store.setReorder(rowID, 5, 20, stamp);
    }
    if (!item.archived)
        m_sellableItems.append(id);
}

void DataGenerator::generateSales(qint64 nowMs)
{
    const qint64 total = static_cast<qint64>(m_config.days) * m_config.salesPerDay;
    if (total == 0 || m_sellableItems.isEmpty())
        return;
    const qint64 end = nowMs - 60'000;
    const qint64 start = end - m_config.days * DAY_MS;
    const qint64 step = (end - start) / total;
    for (qint64 i = 0; i < total; ++i) {
        const qint64 when = start + i * step + between(0, step - 1);
        const bool open = i >= total - m_config.openSales;
        if (!open && chance(m_config.returnShare) && generateReturn(when))
            continue;
        generateOneSale(when, open, nowMs);
    }
}

void DataGenerator::generateOneSale(qint64 when, bool open, qint64 nowMs)
{
    SaleDraft draft;
    draft.shopID = between(1, m_config.shops);
    draft.registerID = draft.shopID;
    draft.employeeID = between(1, m_config.employees);
    if (m_config.customers > 0 && !chance(m_config.noCustomerShare))
        draft.customerID = between(1, m_config.customers);
    const qint64 lineCount = chance(0.6) ? 1 : between(2, 4);
    for (qint64 i = 0; i < lineCount; ++i)
        draft.lines.append(SaleLineDraft{pick(m_sellableItems), chance(0.8) ? 1 : between(2, 3), 0, {}});
    draft.completed = !open;
    draft.createTime = when - between(30'000, 300'000);
    draft.completeTime = open ? 0 : when;
    draft.updatetime = when;
    draft.applyStock = false;
    const Result<qint64> saleID = m_store.ringUp(draft);
    if (!saleID)
        return;
    for (const SaleLineDraft &line : draft.lines)
        m_soldItems.append(line.itemID);
    if (!open && chance(m_config.voidShare))
        (void)m_store.voidSale(*saleID, std::min(when + between(60'000, 2 * 3'600'000), nowMs - 1000));
}

bool DataGenerator::generateReturn(qint64 when)
{
    if (m_soldItems.isEmpty())
        return false;
    const qint64 itemID = pick(m_soldItems);
    const QList<qint64> lines = m_store.soldLinesOf(itemID);
    if (lines.isEmpty())
        return false;
    const qint64 parentID = lines.at(static_cast<qsizetype>(between(0, lines.size() - 1)));
    const SaleLine &parent = m_store.saleLines().at(parentID);
    if (parent.unitQuantity + m_store.returnedQuantity(parentID) <= 0)
        return false;
    const Sale &original = m_store.sales().at(parent.saleID);

    SaleDraft draft;
    draft.shopID = original.shopID;
    draft.registerID = original.registerID;
    draft.employeeID = between(1, m_config.employees);
    draft.customerID = original.customerID;
    draft.lines.append(SaleLineDraft{itemID, -1, parentID, {}});
    draft.createTime = when - between(30'000, 120'000);
    draft.completeTime = when;
    draft.updatetime = when;
    draft.applyStock = false;
    return m_store.ringUp(draft).ok();
}

} // namespace posbridge::sandbox
