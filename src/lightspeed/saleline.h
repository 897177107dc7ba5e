#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace posbridge {

/** @brief One line of a sale; a negative unitQuantity is a return. */
struct SaleLine
{
    qint64 saleLineId = 0;
    qint64 saleId = 0;
    qint64 itemId = 0; ///< 0 for a line without an item, such as a miscellaneous charge
    qint64 shopId = 0;
    Decimal unitQuantity;
    Decimal unitPrice;
    Decimal calcSubtotal;
    Decimal calcTax1;
    Decimal calcTotal;
    /** @brief The line's discount (calcLineDiscount, else discountAmount), when Lightspeed sent one. */
    std::optional<Decimal> discount;
    qint64 parentSaleLineId = 0; ///< the original line that a return refunds; 0 otherwise
    QDateTime createTime;        ///< UTC

    [[nodiscard]] bool isReturn() const { return unitQuantity.isNegative(); }

    static Result<SaleLine> fromJson(const QJsonObject &record);
};

} // namespace posbridge
