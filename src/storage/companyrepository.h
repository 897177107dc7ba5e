#pragma once

#include "core/company.h"
#include "core/error.h"

#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief Companies: list, add, rename and remove (removal cascades to everything the company owns). */
class CompanyRepository
{
public:
    static constexpr int MAX_NAME_LENGTH = 255;

    explicit CompanyRepository(QSqlDatabase db);

    Result<QList<Company>> list() const;
    Result<Company> find(qint64 id) const;
    Result<Company> add(const QString &name);
    VoidResult rename(qint64 id, const QString &name);
    /** @brief Deletes the company and, through foreign keys, its warehouses, settings and data. */
    VoidResult remove(qint64 id);

    /** @brief Returns a translated reason why name cannot be used, or an empty string. */
    static QString checkName(const QString &name);

private:
    VoidResult checkUnique(const QString &name, qint64 exceptId) const;

    QSqlDatabase m_db;
};

} // namespace posbridge
