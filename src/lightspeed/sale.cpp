#include "lightspeed/sale.h"

#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"

namespace posbridge {

namespace {

VoidResult readRelations(const QJsonObject &record, Sale &sale)
{
    auto lines = parseRecords<SaleLine>(
        LightspeedJson::relation(record, QStringLiteral("SaleLines"), QStringLiteral("SaleLine")));
    if (!lines)
        return lines.error();
    sale.lines = std::move(lines).value();

    auto payments = parseRecords<SalePayment>(
        LightspeedJson::relation(record, QStringLiteral("SalePayments"), QStringLiteral("SalePayment")));
    if (!payments)
        return payments.error();
    sale.payments = std::move(payments).value();

    const QJsonValue customer = record.value(QLatin1String("Customer"));
    if (customer.isObject()) {
        auto parsed = Customer::fromJson(customer.toObject());
        if (!parsed)
            return parsed.error();
        sale.customer = std::move(parsed).value();
    }
    return {};
}

} // namespace

Result<Sale> Sale::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("Sale"));
    Sale sale;
    sale.saleId = reader.requiredId(QStringLiteral("saleID"));
    sale.shopId = reader.integer(QStringLiteral("shopID"));
    sale.registerId = reader.integer(QStringLiteral("registerID"));
    sale.employeeId = reader.integer(QStringLiteral("employeeID"));
    sale.customerId = reader.integer(QStringLiteral("customerID"));
    sale.completed = reader.flag(QStringLiteral("completed"));
    sale.voided = reader.flag(QStringLiteral("voided"));
    sale.archived = reader.flag(QStringLiteral("archived"));
    sale.createTime = reader.time(QStringLiteral("createTime"));
    sale.updateTime = reader.time(QStringLiteral("updatetime"));
    sale.completeTime = reader.time(QStringLiteral("completeTime"));
    sale.timeStamp = reader.time(QStringLiteral("timeStamp"));
    sale.referenceNumber = reader.text(QStringLiteral("referenceNumber"));
    sale.ticketNumber = reader.text(QStringLiteral("ticketNumber"));
    sale.calcSubtotal = reader.decimal(QStringLiteral("calcSubtotal"));
    sale.calcTax1 = reader.decimal(QStringLiteral("calcTax1"));
    sale.calcTotal = reader.decimal(QStringLiteral("calcTotal"));
    sale.total = reader.decimal(QStringLiteral("total"));
    sale.balance = reader.decimal(QStringLiteral("balance"));
    sale.calcDiscount = reader.optionalDecimal(QStringLiteral("calcDiscount"));
    sale.discountPercent = reader.optionalDecimal(QStringLiteral("discountPercent"));
    if (const auto error = reader.error())
        return *error;

    if (const VoidResult relations = readRelations(record, sale); !relations)
        return relations.error();
    return sale;
}

} // namespace posbridge
