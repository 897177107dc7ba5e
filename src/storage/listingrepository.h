#pragma once

#include "core/error.h"
#include "core/product.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace posbridge {

/** @brief The listings of each company: which product is linked to which Lightspeed item, and what was sent. */
class ListingRepository
{
public:
    explicit ListingRepository(QSqlDatabase db);

    /** @brief Inserts the product's listing, or replaces the one it has; returns it with its id. */
    Result<Listing> save(const Listing &listing);
    /** @brief The product's listing, or std::nullopt when the product has none (it is not listed). */
    Result<std::optional<Listing>> findByProduct(qint64 productId) const;
    /** @brief The company's listings linked to a Lightspeed item, ordered by item id. */
    Result<QList<Listing>> listLinked(qint64 companyId) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
