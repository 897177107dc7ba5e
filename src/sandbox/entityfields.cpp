#include "sandbox/entityfields.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

FieldValue integer(qint64 value)
{
    return FieldValue::ofInteger(value);
}

FieldValue decimal(Decimal value)
{
    return FieldValue::ofDecimal(value);
}

FieldValue text(const QString &value)
{
    return FieldValue::ofText(value);
}

FieldValue boolean(bool value)
{
    return FieldValue::ofBoolean(value);
}

FieldValue time(qint64 value)
{
    return FieldValue::ofTime(value);
}

constexpr auto I = FieldKind::Integer;
constexpr auto D = FieldKind::Decimal;
constexpr auto T = FieldKind::Text;
constexpr auto B = FieldKind::Boolean;
constexpr auto M = FieldKind::Time;

} // namespace

const EntityMeta<Shop> &shopMeta()
{
    static const EntityMeta<Shop> meta{
        u"Shop"_s,
        u"shopID"_s,
        {
            {u"shopID"_s, I, [](const Shop &s) { return integer(s.shopID); }},
            {u"name"_s, T, [](const Shop &s) { return text(s.name); }},
            {u"timeZone"_s, T, [](const Shop &s) { return text(s.timeZone); }},
            {u"archived"_s, B, [](const Shop &s) { return boolean(s.archived); }},
            {u"timeStamp"_s, M, [](const Shop &s) { return time(s.timeStamp); }},
        },
        {u"shopID"_s},
        {},
        true,
    };
    return meta;
}

const EntityMeta<Employee> &employeeMeta()
{
    static const EntityMeta<Employee> meta{
        u"Employee"_s,
        u"employeeID"_s,
        {
            {u"employeeID"_s, I, [](const Employee &e) { return integer(e.employeeID); }},
            {u"firstName"_s, T, [](const Employee &e) { return text(e.firstName); }},
            {u"lastName"_s, T, [](const Employee &e) { return text(e.lastName); }},
            {u"lockOut"_s, B, [](const Employee &e) { return boolean(e.lockOut); }},
            {u"archived"_s, B, [](const Employee &e) { return boolean(e.archived); }},
            {u"timeStamp"_s, M, [](const Employee &e) { return time(e.timeStamp); }},
        },
        {u"employeeID"_s, u"timeStamp"_s},
        {},
        true,
    };
    return meta;
}

const EntityMeta<Customer> &customerMeta()
{
    static const EntityMeta<Customer> meta{
        u"Customer"_s,
        u"customerID"_s,
        {
            {u"customerID"_s, I, [](const Customer &c) { return integer(c.customerID); }},
            {u"firstName"_s, T, [](const Customer &c) { return text(c.firstName); }},
            {u"lastName"_s, T, [](const Customer &c) { return text(c.lastName); }},
            {u"company"_s, T, [](const Customer &c) { return text(c.company); }},
            {u"archived"_s, B, [](const Customer &c) { return boolean(c.archived); }},
            {u"createTime"_s, M, [](const Customer &c) { return time(c.createTime); }},
            {u"timeStamp"_s, M, [](const Customer &c) { return time(c.timeStamp); }},
        },
        {u"customerID"_s, u"timeStamp"_s},
        {},
        true,
    };
    return meta;
}

const EntityMeta<Item> &itemMeta()
{
    static const EntityMeta<Item> meta{
        u"Item"_s,
        u"itemID"_s,
        {
            {u"itemID"_s, I, [](const Item &i) { return integer(i.itemID); }},
            {u"systemSku"_s, T, [](const Item &i) { return text(i.systemSku); }},
            {u"defaultCost"_s, D, [](const Item &i) { return decimal(i.defaultCost); }},
            {u"avgCost"_s, D, [](const Item &i) { return decimal(i.avgCost); }},
            {u"discountable"_s, B, [](const Item &i) { return boolean(i.discountable); }},
            {u"tax"_s, B, [](const Item &i) { return boolean(i.tax); }},
            {u"archived"_s, B, [](const Item &i) { return boolean(i.archived); }},
            {u"itemType"_s, T, [](const Item &i) { return text(i.itemType); }},
            {u"description"_s, T, [](const Item &i) { return text(i.description); }},
            {u"upc"_s, T, [](const Item &i) { return text(i.upc); }},
            {u"ean"_s, T, [](const Item &i) { return text(i.ean); }},
            {u"customSku"_s, T, [](const Item &i) { return text(i.customSku); }},
            {u"manufacturerSku"_s, T, [](const Item &i) { return text(i.manufacturerSku); }},
            {u"createTime"_s, M, [](const Item &i) { return time(i.createTime); }},
            {u"timeStamp"_s, M, [](const Item &i) { return time(i.timeStamp); }},
        },
        {u"itemID"_s, u"timeStamp"_s, u"description"_s},
        {{u"itemCode"_s, {u"itemID"_s, u"upc"_s, u"ean"_s}}},
        true,
    };
    return meta;
}

const EntityMeta<ItemShop> &itemShopMeta()
{
    static const EntityMeta<ItemShop> meta{
        u"ItemShop"_s,
        u"itemShopID"_s,
        {
            {u"itemShopID"_s, I, [](const ItemShop &s) { return integer(s.itemShopID); }},
            {u"qoh"_s, I, [](const ItemShop &s) { return integer(s.qoh); }},
            {u"sellable"_s, I, [](const ItemShop &s) { return integer(std::max<qint64>(s.qoh, 0)); }},
            {u"backorder"_s, I, [](const ItemShop &) { return integer(0); }},
            {u"componentQoh"_s, I, [](const ItemShop &) { return integer(0); }},
            {u"reorderPoint"_s, I, [](const ItemShop &s) { return integer(s.reorderPoint); }},
            {u"reorderLevel"_s, I, [](const ItemShop &s) { return integer(s.reorderLevel); }},
            {u"timeStamp"_s, M, [](const ItemShop &s) { return time(s.timeStamp); }},
            {u"itemID"_s, I, [](const ItemShop &s) { return integer(s.itemID); }},
            {u"shopID"_s, I, [](const ItemShop &s) { return integer(s.shopID); }},
        },
        {u"itemShopID"_s, u"timeStamp"_s},
        {},
        false,
    };
    return meta;
}

const EntityMeta<Sale> &saleMeta()
{
    static const EntityMeta<Sale> meta{
        u"Sale"_s,
        u"saleID"_s,
        {
            {u"saleID"_s, I, [](const Sale &s) { return integer(s.saleID); }},
            {u"timeStamp"_s, M, [](const Sale &s) { return time(s.timeStamp); }},
            {u"discountPercent"_s, D, [](const Sale &) { return decimal({}); }},
            {u"completed"_s, B, [](const Sale &s) { return boolean(s.completed); }},
            {u"archived"_s, B, [](const Sale &s) { return boolean(s.archived); }},
            {u"voided"_s, B, [](const Sale &s) { return boolean(s.voided); }},
            {u"enablePromotions"_s, B, [](const Sale &) { return boolean(true); }},
            {u"isTaxInclusive"_s, B, [](const Sale &) { return boolean(false); }},
            {u"createTime"_s, M, [](const Sale &s) { return time(s.createTime); }},
            {u"updatetime"_s, M, [](const Sale &s) { return time(s.updatetime); }},
            {u"completeTime"_s, M, [](const Sale &s) { return time(s.completeTime); }},
            {u"referenceNumber"_s, T, [](const Sale &s) { return text(s.referenceNumber); }},
            {u"referenceNumberSource"_s, T, [](const Sale &) { return text({}); }},
            {u"tax1Rate"_s, D, [](const Sale &s) { return decimal(s.tax1Rate); }},
            {u"tax2Rate"_s, D, [](const Sale &) { return decimal({}); }},
            {u"change"_s, D, [](const Sale &) { return decimal({}); }},
            {u"ticketNumber"_s, T,
             [](const Sale &s) { return text(u"%1"_s.arg(s.ticketNumber, 12, 10, QChar(u'0'))); }},
            {u"calcDiscount"_s, D, [](const Sale &) { return decimal({}); }},
            {u"calcTotal"_s, D, [](const Sale &s) { return decimal(s.calcTotal); }},
            {u"calcSubtotal"_s, D, [](const Sale &s) { return decimal(s.calcSubtotal); }},
            {u"calcTaxable"_s, D, [](const Sale &s) { return decimal(s.calcSubtotal); }},
            {u"calcNonTaxable"_s, D, [](const Sale &) { return decimal({}); }},
            {u"calcTax1"_s, D, [](const Sale &s) { return decimal(s.calcTax1); }},
            {u"calcTax2"_s, D, [](const Sale &) { return decimal({}); }},
            {u"calcPayments"_s, D, [](const Sale &s) { return decimal(s.calcPayments); }},
            {u"total"_s, D, [](const Sale &s) { return decimal(s.calcTotal); }},
            {u"totalDue"_s, D, [](const Sale &s) { return decimal(s.calcTotal); }},
            {u"displayableTotal"_s, D, [](const Sale &s) { return decimal(s.calcTotal); }},
            {u"balance"_s, D, [](const Sale &s) { return decimal(s.calcTotal - s.calcPayments); }},
            {u"customerID"_s, I, [](const Sale &s) { return integer(s.customerID); }},
            {u"employeeID"_s, I, [](const Sale &s) { return integer(s.employeeID); }},
            {u"registerID"_s, I, [](const Sale &s) { return integer(s.registerID); }},
            {u"shopID"_s, I, [](const Sale &s) { return integer(s.shopID); }},
            {u"taxCategoryID"_s, I, [](const Sale &) { return integer(1); }},
        },
        {u"saleID"_s, u"timeStamp"_s, u"completeTime"_s, u"updatetime"_s},
        {},
        true,
    };
    return meta;
}

const EntityMeta<SaleLine> &saleLineMeta()
{
    static const EntityMeta<SaleLine> meta{
        u"SaleLine"_s,
        u"saleLineID"_s,
        {
            {u"saleLineID"_s, I, [](const SaleLine &l) { return integer(l.saleLineID); }},
            {u"createTime"_s, M, [](const SaleLine &l) { return time(l.createTime); }},
            {u"timeStamp"_s, M, [](const SaleLine &l) { return time(l.timeStamp); }},
            {u"unitQuantity"_s, I, [](const SaleLine &l) { return integer(l.unitQuantity); }},
            {u"unitPrice"_s, D, [](const SaleLine &l) { return decimal(l.unitPrice); }},
            {u"normalUnitPrice"_s, D, [](const SaleLine &l) { return decimal(l.unitPrice); }},
            {u"discountAmount"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"discountPercent"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"avgCost"_s, D, [](const SaleLine &l) { return decimal(l.avgCost); }},
            {u"fifoCost"_s, D, [](const SaleLine &l) { return decimal(l.avgCost); }},
            {u"tax"_s, B, [](const SaleLine &) { return boolean(true); }},
            {u"tax1Rate"_s, D, [](const SaleLine &l) { return decimal(l.tax1Rate); }},
            {u"tax2Rate"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"isLayaway"_s, B, [](const SaleLine &) { return boolean(false); }},
            {u"isWorkorder"_s, B, [](const SaleLine &) { return boolean(false); }},
            {u"isSpecialOrder"_s, B, [](const SaleLine &) { return boolean(false); }},
            {u"calcLineDiscount"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"calcTransactionDiscount"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"calcSubtotal"_s, D, [](const SaleLine &l) { return decimal(l.calcSubtotal); }},
            {u"calcTax1"_s, D, [](const SaleLine &l) { return decimal(l.calcTax1); }},
            {u"calcTax2"_s, D, [](const SaleLine &) { return decimal({}); }},
            {u"calcTotal"_s, D, [](const SaleLine &l) { return decimal(l.calcTotal); }},
            {u"taxClassID"_s, I, [](const SaleLine &) { return integer(1); }},
            {u"customerID"_s, I, [](const SaleLine &l) { return integer(l.customerID); }},
            {u"discountID"_s, I, [](const SaleLine &) { return integer(0); }},
            {u"employeeID"_s, I, [](const SaleLine &l) { return integer(l.employeeID); }},
            {u"itemID"_s, I, [](const SaleLine &l) { return integer(l.itemID); }},
            {u"noteID"_s, I, [](const SaleLine &) { return integer(0); }},
            {u"parentSaleLineID"_s, I, [](const SaleLine &l) { return integer(l.parentSaleLineID); }},
            {u"shopID"_s, I, [](const SaleLine &l) { return integer(l.shopID); }},
            {u"saleID"_s, I, [](const SaleLine &l) { return integer(l.saleID); }},
        },
        {u"saleLineID"_s},
        {},
        false,
    };
    return meta;
}

const EntityMeta<SalePayment> &salePaymentMeta()
{
    static const EntityMeta<SalePayment> meta{
        u"SalePayment"_s,
        u"salePaymentID"_s,
        {
            {u"salePaymentID"_s, I, [](const SalePayment &p) { return integer(p.salePaymentID); }},
            {u"amount"_s, D, [](const SalePayment &p) { return decimal(p.amount); }},
            {u"tipAmount"_s, D, [](const SalePayment &) { return decimal({}); }},
            {u"createTime"_s, M, [](const SalePayment &p) { return time(p.createTime); }},
            {u"archived"_s, B, [](const SalePayment &) { return boolean(false); }},
            {u"saleID"_s, I, [](const SalePayment &p) { return integer(p.saleID); }},
            {u"paymentTypeID"_s, I, [](const SalePayment &p) { return integer(p.paymentTypeID); }},
            {u"registerID"_s, I, [](const SalePayment &p) { return integer(p.registerID); }},
            {u"employeeID"_s, I, [](const SalePayment &p) { return integer(p.employeeID); }},
        },
        {u"salePaymentID"_s},
        {},
        false,
    };
    return meta;
}

const EntityMeta<PaymentType> &paymentTypeMeta()
{
    static const EntityMeta<PaymentType> meta{
        u"PaymentType"_s,
        u"paymentTypeID"_s,
        {
            {u"paymentTypeID"_s, I, [](const PaymentType &p) { return integer(p.paymentTypeID); }},
            {u"name"_s, T, [](const PaymentType &p) { return text(p.name); }},
            {u"code"_s, T, [](const PaymentType &p) { return text(p.code); }},
        },
        {u"paymentTypeID"_s},
        {},
        false,
    };
    return meta;
}

} // namespace posbridge::sandbox
