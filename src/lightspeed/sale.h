#pragma once

#include "core/decimal.h"
#include "core/error.h"
#include "lightspeed/customer.h"
#include "lightspeed/saleline.h"
#include "lightspeed/salepayment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posbridge {

/** @brief A Lightspeed sale with the relations that were loaded with it. */
struct Sale
{
    qint64 saleId = 0;
    qint64 shopId = 0;
    qint64 registerId = 0;
    qint64 employeeId = 0;
    qint64 customerId = 0; ///< 0 when the sale has no customer
    bool completed = false;
    bool voided = false;
    bool archived = false;
    QDateTime createTime;   ///< UTC
    QDateTime updateTime;   ///< UTC; the updatetime field, which also moves when a sale is voided
    QDateTime completeTime; ///< UTC; invalid while not completed
    QDateTime timeStamp;    ///< UTC; legacy change time
    QString referenceNumber;
    QString ticketNumber;
    Decimal calcSubtotal;
    Decimal calcTax1;
    Decimal calcTotal;
    Decimal total;
    Decimal balance;
    std::optional<Decimal> calcDiscount;    ///< sale-level discount amount, when sent
    std::optional<Decimal> discountPercent; ///< sale-level discount percentage, when sent
    QList<SaleLine> lines;
    QList<SalePayment> payments;
    std::optional<Customer> customer; ///< set when the Customer relation was loaded and present

    static Result<Sale> fromJson(const QJsonObject &record);
};

} // namespace posbridge
