#include "core/stock.h"

#include "core/enumkeys.h"

namespace posbridge {

namespace {
constexpr EnumKey<StockMoveReason> REASON_KEYS[] = {
    {StockMoveReason::Sale, u"sale"},
    {StockMoveReason::Return, u"return"},
    {StockMoveReason::Void, u"void"},
    {StockMoveReason::Import, u"import"},
    {StockMoveReason::Adjustment, u"adjustment"},
};
} // namespace

QString stockMoveReasonKey(StockMoveReason reason)
{
    return enumKey(REASON_KEYS, reason);
}

std::optional<StockMoveReason> stockMoveReasonFromKey(QStringView key)
{
    return enumFromKey(REASON_KEYS, key);
}

} // namespace posbridge
