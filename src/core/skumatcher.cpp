#include "core/skumatcher.h"

namespace posbridge {

QString ProductIdentifiers::value(SkuField field) const
{
    switch (field) {
    case SkuField::CustomSku:
        return customSku;
    case SkuField::Upc:
        return upc;
    case SkuField::Ean:
        return ean;
    case SkuField::ManufacturerSku:
        return manufacturerSku;
    case SkuField::SystemSku:
        return systemSku;
    }
    return {};
}

SkuMatcher::SkuMatcher(QList<SkuField> order)
    : m_order(std::move(order))
{
}

QString SkuMatcher::normalized(SkuField field, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (field != SkuField::Upc && field != SkuField::Ean)
        return trimmed.toCaseFolded();

    // Barcodes: keep digits only and drop leading zeros ("0012345" and "12345" are one code).
    QString digits;
    digits.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != u'-')
            return trimmed.toCaseFolded(); // not a barcode: compare as text
    }
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    return digits.mid(first);
}

MatchResult SkuMatcher::match(const ProductIdentifiers &subject, const QList<ProductIdentifiers> &candidates) const
{
    MatchResult result;
    for (SkuField field : m_order) {
        const QString wanted = normalized(field, subject.value(field));
        if (wanted.isEmpty())
            continue;
        QList<int> hits;
        for (int i = 0; i < candidates.size(); ++i) {
            if (normalized(field, candidates[i].value(field)) == wanted)
                hits << i;
        }
        if (hits.isEmpty())
            continue;
        result.kind = hits.size() == 1 ? MatchResult::Kind::Unique : MatchResult::Kind::Several;
        result.field = field;
        result.candidates = hits;
        return result;
    }
    return result;
}

} // namespace posbridge
