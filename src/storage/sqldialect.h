#pragma once

#include <QString>

namespace posbridge {

/**
 * @brief The few places where SQLite and PostgreSQL SQL differ.
 *
 * Migrations and repositories write portable SQL and ask the dialect for the rest:
 * migration files use {{PK}} for an auto-increment primary key and {{BLOB}} for binary data.
 */
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(Kind kind);

    [[nodiscard]] Kind kind() const { return m_kind; }
    /** @brief Qt Sql driver name: QSQLITE or QPSQL. */
    [[nodiscard]] QString driverName() const;
    /** @brief Replaces the dialect placeholders of a migration script. */
    [[nodiscard]] QString expandPlaceholders(const QString &sql) const;
    /** @brief Statements run on each new connection (WAL, busy timeout, foreign keys for SQLite). */
    [[nodiscard]] QStringList connectionSetup(int busyTimeoutMs) const;
    /** @brief A case-insensitive equality test of a text column against a bound value. */
    [[nodiscard]] QString caseInsensitiveEquals(const QString &column, const QString &placeholder) const;

private:
    Kind m_kind;
};

} // namespace posbridge
