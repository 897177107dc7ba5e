#pragma once

#include "core/integrationsettings.h"

#include <QList>
#include <QString>

namespace posbridge {

/** @brief The identifiers of a product or of a Lightspeed item that matching compares. */
struct ProductIdentifiers
{
    QString customSku;
    QString upc;
    QString ean;
    QString manufacturerSku;
    QString systemSku;

    [[nodiscard]] QString value(SkuField field) const;
};

/** @brief Outcome of matching one record against candidates. */
struct MatchResult
{
    enum class Kind
    {
        None,    ///< no candidate shares an identifier
        Unique,  ///< exactly one candidate matched on the first field that matched at all
        Several, ///< several candidates matched on that field; the admin chooses
    };

    Kind kind = Kind::None;
    SkuField field = SkuField::CustomSku; ///< the field that decided, when kind is not None
    QList<int> candidates;                ///< indexes into the candidate list, in candidate order
};

/**
 * @brief Matches products and Lightspeed items on their identifiers, field by field.
 *
 * Fields are tried in the company's SKU matching order. The first field on which at least one
 * candidate matches decides: one candidate is a unique match, several need the admin's choice.
 * SKUs compare without case and surrounding spaces; UPC and EAN compare as digits without
 * leading zeros, so a 12-digit UPC-A matches the same code written as a 13-digit EAN.
 */
class SkuMatcher
{
public:
    explicit SkuMatcher(QList<SkuField> order);

    [[nodiscard]] MatchResult match(const ProductIdentifiers &subject,
                                    const QList<ProductIdentifiers> &candidates) const;

    /** @brief The comparable form of a value of field: what match() compares. Empty means "no value". */
    [[nodiscard]] static QString normalized(SkuField field, const QString &value);

private:
    QList<SkuField> m_order;
};

} // namespace posbridge
