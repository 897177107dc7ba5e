#pragma once

#include "core/error.h"
#include "core/order.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief The customers of downloaded orders, keyed by their Lightspeed customerID. */
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase db);

    /** @brief The company's stored customers among these Lightspeed customerIDs, keyed by that ID. */
    Result<QHash<qint64, OrderCustomer>> findByLightspeedIds(qint64 companyId,
                                                             const QList<qint64> &lightspeedIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
