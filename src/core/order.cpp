#include "core/order.h"

#include <algorithm>

namespace posbridge {

bool Order::hasUnmatchedLines() const
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const OrderLine &line) { return line.isUnmatched(); });
}

} // namespace posbridge
