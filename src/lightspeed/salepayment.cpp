#include "lightspeed/salepayment.h"

#include "lightspeed/jsonrecordreader.h"
#include "lightspeed/lightspeedjson.h"

namespace posbridge {

Result<SalePayment> SalePayment::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("SalePayment"));
    SalePayment payment;
    payment.salePaymentId = reader.requiredId(QStringLiteral("salePaymentID"));
    payment.saleId = reader.integer(QStringLiteral("saleID"));
    payment.paymentTypeId = reader.integer(QStringLiteral("paymentTypeID"));
    payment.amount = reader.decimal(QStringLiteral("amount"));
    payment.createTime = reader.time(QStringLiteral("createTime"));
    if (const auto error = reader.error())
        return *error;

    const QJsonValue paymentType = record.value(QLatin1String("PaymentType"));
    if (paymentType.isObject())
        payment.paymentTypeName = LightspeedJson::toText(paymentType.toObject().value(QLatin1String("name")));
    return payment;
}

} // namespace posbridge
