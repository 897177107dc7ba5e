#include "storage/warehouserepository.h"

#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace posbridge {

namespace {
// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WarehouseRepository)
};
} // namespace

WarehouseRepository::WarehouseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Warehouse>> WarehouseRepository::listForCompany(qint64 companyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name FROM warehouses WHERE company_id = :company ORDER BY lower(name), id"));
    query.bindValue(QStringLiteral(":company"), companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("list the warehouses"));
    QList<Warehouse> warehouses;
    while (query.next())
        warehouses.append({query.value(0).toLongLong(), companyId, query.value(1).toString()});
    return warehouses;
}

Result<Warehouse> WarehouseRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, company_id, name FROM warehouses WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the warehouse"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The warehouse no longer exists."));
    return Warehouse{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()};
}

VoidResult WarehouseRepository::checkName(qint64 companyId, const QString &name, qint64 exceptId) const
{
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("Enter a warehouse name."));
    if (name.size() > MAX_NAME_LENGTH)
        return makeError(ErrorCode::InvalidInput,
                         Messages::tr("A warehouse name has at most %1 characters.").arg(MAX_NAME_LENGTH));

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM warehouses WHERE company_id = :company AND lower(name) = lower(:name) "
                                 "AND id <> :id"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return sqlError(query, Messages::tr("check the warehouse name"));
    if (query.next())
        return makeError(
            ErrorCode::Conflict,
            Messages::tr("This company already has a warehouse named “%1”. Choose another name.").arg(name));
    return {};
}

Result<Warehouse> WarehouseRepository::add(qint64 companyId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (auto check = checkName(companyId, trimmed, 0); !check)
        return check.error();

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO warehouses (company_id, name) VALUES (:company, :name) RETURNING id"));
    query.bindValue(QStringLiteral(":company"), companyId);
    query.bindValue(QStringLiteral(":name"), trimmed);
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("add the warehouse"));
    return Warehouse{query.value(0).toLongLong(), companyId, trimmed};
}

VoidResult WarehouseRepository::rename(qint64 id, const QString &name)
{
    const auto warehouse = find(id);
    if (!warehouse)
        return warehouse.error();
    const QString trimmed = name.trimmed();
    if (auto check = checkName(warehouse->companyId, trimmed, id); !check)
        return check;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE warehouses SET name = :name WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("rename the warehouse"));
    return {};
}

VoidResult WarehouseRepository::checkNotReferenced(const Warehouse &warehouse) const
{
    QSqlQuery moves(m_db);
    moves.prepare(QStringLiteral("SELECT 1 FROM stock_moves WHERE warehouse_id = :id LIMIT 1"));
    moves.bindValue(QStringLiteral(":id"), warehouse.id);
    if (!moves.exec())
        return sqlError(moves, Messages::tr("check where the warehouse is used"));
    if (moves.next())
        return makeError(
            ErrorCode::Conflict,
            Messages::tr("“%1” has stock moves, which explain the company's stock history, so it cannot be "
                         "removed. Rename it instead.")
                .arg(warehouse.name));

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT returns_warehouse_id = :id, selling_warehouse_id = :id "
                                 "FROM integration_settings WHERE company_id = :company "
                                 "AND (returns_warehouse_id = :id OR selling_warehouse_id = :id)"));
    query.bindValue(QStringLiteral(":id"), warehouse.id);
    query.bindValue(QStringLiteral(":company"), warehouse.companyId);
    if (!query.exec())
        return sqlError(query, Messages::tr("check where the warehouse is used"));
    if (!query.next())
        return {};
    if (query.value(0).toBool())
        return makeError(
            ErrorCode::Conflict,
            Messages::tr("“%1” is the Returns Warehouse in the Lightspeed settings. Choose another Returns "
                         "Warehouse and save before removing it.")
                .arg(warehouse.name));
    return makeError(
        ErrorCode::Conflict,
        Messages::tr("“%1” is the Selling Warehouse in the Lightspeed settings. Choose another Selling Warehouse "
                     "and save before removing it.")
            .arg(warehouse.name));
}

VoidResult WarehouseRepository::remove(qint64 id)
{
    const auto warehouse = find(id);
    if (!warehouse)
        return warehouse.error();
    if (auto check = checkNotReferenced(*warehouse); !check)
        return check;

    Transaction transaction(m_db);
    // Levels without moves are all zero; they go with the warehouse.
    QSqlQuery levels(m_db);
    levels.prepare(QStringLiteral("DELETE FROM stock_levels WHERE warehouse_id = :id"));
    levels.bindValue(QStringLiteral(":id"), id);
    if (!levels.exec())
        return sqlError(levels, Messages::tr("remove the warehouse"));

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM warehouses WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("remove the warehouse"));
    if (!transaction.commit())
        return sqlError(m_db.lastError(), Messages::tr("remove the warehouse"));
    return {};
}

} // namespace posbridge
