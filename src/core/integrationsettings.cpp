#include "core/integrationsettings.h"

namespace posbridge {

QString skuFieldKey(SkuField field)
{
    switch (field) {
    case SkuField::CustomSku:
        return QStringLiteral("customSku");
    case SkuField::Upc:
        return QStringLiteral("upc");
    case SkuField::Ean:
        return QStringLiteral("ean");
    case SkuField::ManufacturerSku:
        return QStringLiteral("manufacturerSku");
    case SkuField::SystemSku:
        return QStringLiteral("systemSku");
    }
    return {};
}

std::optional<SkuField> skuFieldFromKey(QStringView key)
{
    for (SkuField field :
         {SkuField::CustomSku, SkuField::Upc, SkuField::Ean, SkuField::ManufacturerSku, SkuField::SystemSku}) {
        if (key.compare(skuFieldKey(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QString skuMatchingOrderToString(const QList<SkuField> &order)
{
    QStringList keys;
    for (SkuField field : order)
        keys << skuFieldKey(field);
    return keys.join(u',');
}

QList<SkuField> skuMatchingOrderFromString(QStringView text)
{
    QList<SkuField> order;
    for (QStringView key : text.split(u',', Qt::SkipEmptyParts)) {
        const auto field = skuFieldFromKey(key.trimmed());
        if (field && !order.contains(*field))
            order << *field;
    }
    return order;
}

} // namespace posbridge
