#pragma once

#include "core/error.h"

#include <QSqlDatabase>

#include <optional>

namespace posbridge {

/**
 * @brief Named values stored in the database itself (the schema_info table), such as its identifier.
 *
 * The migrations own "schema_version" and "database_uuid"; other names mark what a database is
 * for, such as DEMO_DATABASE on the demo database.
 */
class DatabaseProperties
{
public:
    /** @brief Set to "1" on a database that `posbridge --demo` created and may delete. */
    static inline const QString DEMO_DATABASE = QStringLiteral("demo_database");

    explicit DatabaseProperties(QSqlDatabase db);

    /** @brief The value of name, or std::nullopt when it is not set. */
    Result<std::optional<QString>> value(const QString &name) const;
    /** @brief Inserts or replaces the value of name. */
    VoidResult setValue(const QString &name, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace posbridge
