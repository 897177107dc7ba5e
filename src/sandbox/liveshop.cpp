#include "sandbox/liveshop.h"

#include "sandbox/datastore.h"
#include "sandbox/logging.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

constexpr qsizetype RECENT_SALES_KEPT = 200;

} // namespace

LiveShop::LiveShop(const SandboxConfig &config, DataStore &store, const SandboxClock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_clock(clock)
    , m_random(static_cast<quint64>(config.seed) ^ 0x5eed'11feULL)
    , m_salesPerMinute(config.liveSalesPerMinute)
{
    connect(&m_timer, &QTimer::timeout, this, &LiveShop::step);
}

int LiveShop::intervalMs() const
{
    const double realMs = 60'000.0 / m_salesPerMinute / m_clock.timeScale();
    return std::max(5, static_cast<int>(realMs));
}

void LiveShop::start()
{
    m_timer.start(intervalMs());
    qCInfo(lcSandbox) << "Live shop started:" << m_salesPerMinute << "sales per sandbox minute, one every"
                      << intervalMs() << "real ms";
}

void LiveShop::stop()
{
    m_timer.stop();
    qCInfo(lcSandbox) << "Live shop stopped";
}

void LiveShop::setRate(double salesPerMinute)
{
    if (salesPerMinute <= 0)
        return;
    m_salesPerMinute = salesPerMinute;
    if (m_timer.isActive())
        m_timer.setInterval(intervalMs());
}

void LiveShop::step()
{
    const double draw = m_random.generateDouble();
    bool done = false;
    if (draw < m_config.liveVoidShare)
        done = voidRecentSale();
    else if (draw < m_config.liveVoidShare + m_config.liveReturnShare)
        done = ringUpReturn();
    if (!done)
        ringUpSale();
}

bool LiveShop::ringUpSale()
{
    const auto &items = m_store.items();
    if (items.empty() || m_store.shops().empty())
        return false;
    SaleDraft draft;
    draft.shopID = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(m_store.shops().size())));
    draft.registerID = draft.shopID;
    draft.employeeID = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(std::max(1, m_config.employees))));
    if (m_config.customers > 0 && m_random.generateDouble() >= m_config.noCustomerShare)
        draft.customerID = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(m_config.customers)));
    const int lineCount = 1 + static_cast<int>(m_random.bounded(3));
    for (int i = 0; i < lineCount; ++i) {
        const qint64 itemID = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(items.size())));
        const Item *item = m_store.item(itemID);
        if (item && !item->archived)
            draft.lines.append(SaleLineDraft{itemID, 1 + static_cast<qint64>(m_random.bounded(2)), 0, {}});
    }
    if (draft.lines.isEmpty())
        return false;
    const bool late = m_random.generateDouble() < m_config.liveLateShare;
    if (late) {
        const qint64 lateMs =
            static_cast<qint64>(m_config.liveLateMinutes * 60'000.0 * (0.5 + m_random.generateDouble() / 2));
        draft.completeTime = m_clock.nowMs() - lateMs;
        draft.createTime = draft.completeTime - 120'000;
    }
    const Result<qint64> saleID = m_store.ringUp(draft);
    if (!saleID)
        return false;
    ++m_sales;
    if (late)
        ++m_lateCommits;
    m_recentSales.append(saleID.value());
    if (m_recentSales.size() > RECENT_SALES_KEPT)
        m_recentSales.removeFirst();
    qCDebug(lcSandbox) << "Live shop rang up sale" << saleID.value() << (late ? "(late commit)" : "");
    return true;
}

bool LiveShop::ringUpReturn()
{
    if (m_recentSales.isEmpty())
        return false;
    const qint64 saleID =
        m_recentSales.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_recentSales.size()))));
    const Sale &sale = m_store.sales().at(saleID);
    if (sale.voided || sale.lineIDs.isEmpty())
        return false;
    const SaleLine &line = m_store.saleLines().at(sale.lineIDs.first());
    if (line.unitQuantity <= 0 || line.unitQuantity + m_store.returnedQuantity(line.saleLineID) <= 0)
        return false;
    SaleDraft draft;
    draft.shopID = sale.shopID;
    draft.registerID = sale.registerID;
    draft.employeeID = sale.employeeID;
    draft.customerID = sale.customerID;
    draft.lines.append(SaleLineDraft{line.itemID, -1, line.saleLineID, {}});
    const Result<qint64> returnID = m_store.ringUp(draft);
    if (!returnID)
        return false;
    ++m_returns;
    qCDebug(lcSandbox) << "Live shop rang up return" << returnID.value() << "of sale" << saleID;
    return true;
}

bool LiveShop::voidRecentSale()
{
    for (auto it = m_recentSales.crbegin(); it != m_recentSales.crend(); ++it) {
        const Sale &sale = m_store.sales().at(*it);
        if (sale.voided || !sale.completed || m_random.generateDouble() < 0.5)
            continue;
        if (!m_store.voidSale(sale.saleID))
            return false;
        ++m_voids;
        qCDebug(lcSandbox) << "Live shop voided sale" << sale.saleID;
        return true;
    }
    return false;
}

QJsonObject LiveShop::stats() const
{
    return QJsonObject{{u"running"_s, isRunning()},
                       {u"salesPerMinute"_s, m_salesPerMinute},
                       {u"realIntervalMs"_s, intervalMs()},
                       {u"sales"_s, m_sales},
                       {u"returns"_s, m_returns},
                       {u"lateCommits"_s, m_lateCommits},
                       {u"voids"_s, m_voids}};
}

} // namespace posbridge::sandbox
