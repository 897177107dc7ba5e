#include "lightspeed/saleline.h"

#include "lightspeed/jsonrecordreader.h"

namespace posbridge {

Result<SaleLine> SaleLine::fromJson(const QJsonObject &record)
{
    JsonRecordReader reader(record, QStringLiteral("SaleLine"));
    SaleLine line;
    line.saleLineId = reader.requiredId(QStringLiteral("saleLineID"));
    line.saleId = reader.integer(QStringLiteral("saleID"));
    line.itemId = reader.integer(QStringLiteral("itemID"));
    line.shopId = reader.integer(QStringLiteral("shopID"));
    line.unitQuantity = reader.decimal(QStringLiteral("unitQuantity"));
    line.unitPrice = reader.decimal(QStringLiteral("unitPrice"));
    line.calcSubtotal = reader.decimal(QStringLiteral("calcSubtotal"));
    line.calcTax1 = reader.decimal(QStringLiteral("calcTax1"));
    line.calcTotal = reader.decimal(QStringLiteral("calcTotal"));
    line.discount = reader.optionalDecimal(QStringLiteral("calcLineDiscount"));
    if (!line.discount)
        line.discount = reader.optionalDecimal(QStringLiteral("discountAmount"));
    line.parentSaleLineId = reader.integer(QStringLiteral("parentSaleLineID"));
    line.createTime = reader.time(QStringLiteral("createTime"));
    if (const auto error = reader.error())
        return *error;
    return line;
}

} // namespace posbridge
