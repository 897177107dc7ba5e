#pragma once

#include "core/error.h"
#include "storage/sqldialect.h"

#include <QList>
#include <QSqlDatabase>

namespace posbridge {

/** @brief One numbered schema change, read from the embedded migrations/NNNN_name.sql files. */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/**
 * @brief Applies schema migrations, each in its own transaction.
 *
 * The schema version and the database's UUID live in the schema_info table; the UUID is
 * created in the same transaction as the first migration.
 */
class Migrator
{
public:
    static QList<Migration> builtinMigrations();
    static int latestVersion();

    /** @brief Version recorded in the database, 0 for an empty one. */
    static Result<int> currentVersion(QSqlDatabase db);

    /** @brief Applies every migration above the current version up to targetVersion. */
    static VoidResult migrate(QSqlDatabase db, const SqlDialect &dialect, int targetVersion);

    /** @brief Splits a script into statements at semicolons that end a line; drops comment lines. */
    static QStringList splitStatements(const QString &script);
};

} // namespace posbridge
