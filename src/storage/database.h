#pragma once

#include "core/error.h"
#include "storage/sqldialect.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace posbridge {

class InstanceLock;

/** @brief How to open a database. */
struct DatabaseOptions
{
    QString path;
    /** Takes the one-instance-per-database lock; tools that only read can skip it. */
    bool takeInstanceLock = true;
    int busyTimeoutMs = 5000;
    /** Stops migrating at this version; -1 means the latest. Tests use it to build old schemas. */
    int targetVersion = -1;
};

/**
 * @brief An open POS Bridge database: schema, identity and per-thread connections.
 *
 * open() takes the instance lock, refuses a schema newer than this build understands,
 * copies the file aside before migrating, and applies the migrations. Each thread gets
 * its own QSqlDatabase connection from connection(), since Qt Sql connections must stay
 * in the thread that opened them.
 */
class Database
{
public:
    static Result<std::shared_ptr<Database>> open(const DatabaseOptions &options);

    /** @brief Default location: $POSBRIDGE_DATABASE, else posbridge.sqlite in the application data folder. */
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    /** @brief Identifier created with the database; keys its secrets in the keychain. */
    [[nodiscard]] QString uuid() const { return m_uuid; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /** @brief Copy made before the last migration, or empty when none was needed. */
    [[nodiscard]] QString backupPath() const { return m_backupPath; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }

    /** @brief The calling thread's connection, opened and configured on first use. */
    [[nodiscard]] QSqlDatabase connection() const;
    /** @brief Closes the calling thread's connection; worker threads call it before they end. */
    void releaseThreadConnection() const;

private:
    Database(QString path, const DatabaseOptions &options);
    VoidResult initialize(const DatabaseOptions &options);
    VoidResult checkNotTooNew();
    VoidResult backUpBeforeMigration(QSqlDatabase db, int fromVersion);
    QString connectionNameForCurrentThread() const;

    QString m_path;
    QString m_uuid;
    QString m_backupPath;
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 5000;
    SqlDialect m_dialect{SqlDialect::Kind::Sqlite};
    QString m_instanceId;
    std::unique_ptr<InstanceLock> m_lock;
    mutable QMutex m_connectionsMutex;
    mutable QSet<QString> m_connectionNames;
};

} // namespace posbridge
