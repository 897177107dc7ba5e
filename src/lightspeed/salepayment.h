#pragma once

#include "core/decimal.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace posbridge {

/** @brief One payment of a sale; a refund has a negative amount. */
struct SalePayment
{
    qint64 salePaymentId = 0;
    qint64 saleId = 0;
    qint64 paymentTypeId = 0;
    QString paymentTypeName; ///< from the nested PaymentType, when loaded
    Decimal amount;
    QDateTime createTime; ///< UTC

    static Result<SalePayment> fromJson(const QJsonObject &record);
};

} // namespace posbridge
