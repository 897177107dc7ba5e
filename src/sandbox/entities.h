#pragma once

#include "core/decimal.h"

#include <QList>
#include <QString>

namespace posbridge::sandbox {

// Entities of one Lightspeed account. Times are sandbox UTC milliseconds; 0 means unset.

struct Shop
{
    qint64 shopID = 0;
    QString name;
    QString timeZone;
    bool archived = false;
    qint64 timeStamp = 0;
    Decimal taxRate; ///< percent applied to sales of this shop (not part of the API shape)
};

struct Register
{
    qint64 registerID = 0;
    qint64 shopID = 0;
    QString name;
};

struct Employee
{
    qint64 employeeID = 0;
    QString firstName;
    QString lastName;
    bool archived = false;
    bool lockOut = false;
    qint64 timeStamp = 0;
};

struct Customer
{
    qint64 customerID = 0;
    QString firstName;
    QString lastName;
    QString company;
    bool archived = false;
    qint64 createTime = 0;
    qint64 timeStamp = 0;
};

struct ItemPrice
{
    QString useType; ///< Default, MSRP or Online
    Decimal amount;
};

struct Item
{
    qint64 itemID = 0;
    QString systemSku;
    QString customSku;
    QString manufacturerSku;
    QString upc;
    QString ean;
    QString description;
    QString itemType = QStringLiteral("default");
    Decimal defaultCost;
    Decimal avgCost;
    bool discountable = true;
    bool tax = true;
    bool archived = false;
    qint64 createTime = 0;
    qint64 timeStamp = 0; ///< moves on item edits, never on stock changes
    QList<ItemPrice> prices;
};

struct ItemShop
{
    qint64 itemShopID = 0;
    qint64 itemID = 0;
    qint64 shopID = 0; ///< 0 is the all-shops summary row
    qint64 qoh = 0;
    qint64 reorderPoint = 0;
    qint64 reorderLevel = 0;
    qint64 timeStamp = 0; ///< moves whenever qoh changes
};

struct PaymentType
{
    qint64 paymentTypeID = 0;
    QString name;
    QString code;
};

struct SaleLine
{
    qint64 saleLineID = 0;
    qint64 saleID = 0;
    qint64 itemID = 0;
    qint64 shopID = 0;
    qint64 employeeID = 0;
    qint64 customerID = 0;
    qint64 parentSaleLineID = 0; ///< the original line of a return
    qint64 unitQuantity = 0;     ///< negative for a return
    Decimal unitPrice;
    Decimal avgCost;
    Decimal tax1Rate;
    Decimal calcSubtotal;
    Decimal calcTax1;
    Decimal calcTotal;
    qint64 createTime = 0;
    qint64 timeStamp = 0;
};

struct SalePayment
{
    qint64 salePaymentID = 0;
    qint64 saleID = 0;
    qint64 paymentTypeID = 0;
    qint64 registerID = 0;
    qint64 employeeID = 0;
    Decimal amount;
    qint64 createTime = 0;
};

struct Sale
{
    qint64 saleID = 0;
    qint64 shopID = 0;
    qint64 registerID = 0;
    qint64 employeeID = 0;
    qint64 customerID = 0; ///< 0 when the sale has no customer
    bool completed = false;
    bool voided = false;
    bool archived = false;
    qint64 createTime = 0;
    qint64 updatetime = 0;
    qint64 completeTime = 0;
    qint64 timeStamp = 0;
    QString referenceNumber;
    qint64 ticketNumber = 0;
    Decimal tax1Rate;
    Decimal calcSubtotal;
    Decimal calcTax1;
    Decimal calcTotal;
    Decimal calcPayments;
    QList<qint64> lineIDs;
    QList<qint64> paymentIDs;
};

} // namespace posbridge::sandbox
