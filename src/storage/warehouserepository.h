#pragma once

#include "core/company.h"
#include "core/error.h"

#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief Warehouses of a company; removal is rejected while a setting points at the warehouse. */
class WarehouseRepository
{
public:
    static constexpr int MAX_NAME_LENGTH = 255;

    explicit WarehouseRepository(QSqlDatabase db);

    Result<QList<Warehouse>> listForCompany(qint64 companyId) const;
    Result<Warehouse> find(qint64 id) const;
    Result<Warehouse> add(qint64 companyId, const QString &name);
    VoidResult rename(qint64 id, const QString &name);
    /** @brief Deletes the warehouse, or returns Conflict naming the setting that still uses it. */
    VoidResult remove(qint64 id);

private:
    VoidResult checkName(qint64 companyId, const QString &name, qint64 exceptId) const;
    VoidResult checkNotReferenced(const Warehouse &warehouse) const;

    QSqlDatabase m_db;
};

} // namespace posbridge
