#include "storage/database.h"

#include "storage/instancelock.h"
#include "storage/logging.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("POSBRIDGE_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("posbridge.sqlite"));
}

Database::Database(QString path, const DatabaseOptions &options)
    : m_path(std::move(path))
    , m_busyTimeoutMs(options.busyTimeoutMs)
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QMutexLocker locker(&m_connectionsMutex);
    // Connections of other threads cannot be reached from here; removing them closes them.
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseOptions &options)
{
    if (options.path.isEmpty())
        return makeError(ErrorCode::InvalidInput, Messages::tr("No database path was given."));

    const QFileInfo info(options.path);
    const QString absolutePath = info.absoluteFilePath();
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Database,
                         Messages::tr("Could not create the folder %1 for the database. Check its permissions.")
                             .arg(info.absolutePath()));

    // Two paths of one file (through a symbolic link) must take the same instance lock.
    const QString canonicalPath = info.canonicalFilePath();
    const QString path = canonicalPath.isEmpty() ? absolutePath : canonicalPath;
    // NOTE: a hard link still has a path of its own, and therefore a lock of its own.
    std::shared_ptr<Database> database(new Database(path, options));
    if (options.takeInstanceLock) {
        auto lock = InstanceLock::acquire(path);
        if (!lock)
            return lock.error();
        database->m_lock = std::move(lock.value());
    }

    if (auto result = database->initialize(options); !result)
        return result.error();
    return database;
}

VoidResult Database::initialize(const DatabaseOptions &options)
{
    const bool existed = QFileInfo::exists(m_path) && QFileInfo(m_path).size() > 0;
    if (existed) {
        if (auto result = checkNotTooNew(); !result)
            return result;
    }

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return sqlError(db.lastError(), Messages::tr("open %1").arg(m_path));

    const auto current = Migrator::currentVersion(db);
    if (!current)
        return current.error();

    const int latest = Migrator::latestVersion();
    const int target = options.targetVersion < 0 ? latest : std::min(options.targetVersion, latest);
    if (*current < target) {
        if (existed && *current > 0) {
            if (auto result = backUpBeforeMigration(db, *current); !result)
                return result;
        }
        if (auto result = Migrator::migrate(db, m_dialect, target); !result)
            return result;
    }

    const auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    m_schemaVersion = *version;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM schema_info WHERE name = 'database_uuid'"));
    if (!query.exec() || !query.next())
        return makeError(
            ErrorCode::Database,
            Messages::tr("The database %1 has no identifier. Restore it from a backup or choose another file.")
                .arg(m_path));
    m_uuid = query.value(0).toString();
    qCInfo(lcStorage).noquote() << "Opened database" << m_path << "schema" << m_schemaVersion;
    return {};
}

VoidResult Database::checkNotTooNew()
{
    // Read the version over a bare connection, before the per-connection setup changes
    // anything in the file (such as its journal mode).
    const QString probeName = QStringLiteral("posbridge-probe-%1").arg(m_instanceId);
    int version = 0;
    VoidResult outcome;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(m_dialect.driverName(), probeName);
        probe.setDatabaseName(m_path);
        if (m_dialect.kind() == SqlDialect::Kind::Sqlite)
            probe.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!probe.open()) {
            outcome = sqlError(probe.lastError(), Messages::tr("open %1").arg(m_path));
        } else {
            const auto current = Migrator::currentVersion(probe);
            if (current)
                version = *current;
            else
                outcome = current.error();
            // A file with tables but without POS Bridge's schema belongs to another application.
            // Migrating it would mix our tables into its data.
            const QStringList tables = probe.tables(QSql::Tables);
            if (current && version == 0 && !tables.isEmpty())
                outcome = makeError(ErrorCode::Database,
                                    Messages::tr("%1 is not a POS Bridge database: it contains tables of another "
                                                 "application. It was left unchanged. Choose another file, or a new "
                                                 "file name to start an empty database.")
                                        .arg(m_path),
                                    QStringLiteral("tables without schema_info: %1").arg(tables.join(u',')));
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!outcome)
        return outcome;

    const int latest = Migrator::latestVersion();
    if (version > latest) {
        qCWarning(lcStorage) << "Refusing database" << m_path << "with schema" << version << "newer than" << latest;
        return makeError(
            ErrorCode::DatabaseTooNew,
            Messages::tr("The database %1 was written by a newer version of POS Bridge (schema version %2; this "
                         "version understands up to %3). It was left unchanged. Install the newer version, or open "
                         "another database with --database.")
                .arg(m_path)
                .arg(version)
                .arg(latest));
    }
    return {};
}

VoidResult Database::backUpBeforeMigration(QSqlDatabase db, int fromVersion)
{
    // Fold the write-ahead log into the main file so that the copy is complete on its own.
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlError(checkpoint, Messages::tr("prepare the backup before migrating"));

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    for (int suffix = 2; QFileInfo::exists(backup); ++suffix)
        backup = QStringLiteral("%1.schema%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(suffix);

    if (!QFile::copy(m_path, backup))
        return makeError(
            ErrorCode::Database,
            Messages::tr("Could not copy the database to %1 before upgrading it, so it was not upgraded. Free some "
                         "disk space or check the folder's permissions.")
                .arg(backup));
    m_backupPath = backup;
    qCInfo(lcStorage).noquote() << "Copied database to" << backup << "before migrating from schema" << fromVersion;
    return {};
}

QString Database::connectionNameForCurrentThread() const
{
    // A thread-local map, not the thread's address, names the connection: a new thread may
    // reuse the address of one that ended, and must not inherit its connection.
    static std::atomic<quint64> s_nextConnection{1};
    thread_local QHash<QString, QString> t_names;
    auto it = t_names.find(m_instanceId);
    if (it == t_names.end())
        it = t_names.insert(m_instanceId, QStringLiteral("posbridge-%1-%2").arg(m_instanceId).arg(s_nextConnection++));
    return it.value();
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForCurrentThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    db.setDatabaseName(m_path);
    {
        QMutexLocker locker(&m_connectionsMutex);
        m_connectionNames.insert(name);
    }
    if (!db.open()) {
        qCWarning(lcStorage).noquote() << "Could not open" << m_path << ":" << db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    for (const QString &statement : m_dialect.connectionSetup(m_busyTimeoutMs)) {
        if (!query.exec(statement))
            qCWarning(lcStorage).noquote() << "Connection setup failed:" << statement << query.lastError().text();
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionNameForCurrentThread();
    {
        QMutexLocker locker(&m_connectionsMutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace posbridge
