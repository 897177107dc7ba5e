#include "storage/database.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesEmptyDatabase();
    void keepsUuidAcrossReopen();
    void usesWalAndBusyTimeout();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerSchemaUnchanged();
    void secondInstanceIsToldWhoHoldsTheLock();
    void symbolicLinkSharesTheLock();
    void refusesAnotherApplicationsFile();
    void lockIsReleasedOnClose();
    void splitsMigrationScripts();
    void migrationFailureRollsBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("test.sqlite")); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::migratesEmptyDatabase()
{
    auto db = Database::open({path()});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
    QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
    QVERIFY((*db)->backupPath().isEmpty());
    const QStringList tables = (*db)->connection().tables();
    QVERIFY(tables.contains(QStringLiteral("companies")));
    QVERIFY(tables.contains(QStringLiteral("warehouses")));
    QVERIFY(tables.contains(QStringLiteral("integration_settings")));
}

void TestDatabase::keepsUuidAcrossReopen()
{
    QString uuid;
    {
        auto db = Database::open({path()});
        QVERIFY(db.ok());
        uuid = (*db)->uuid();
        QCOMPARE(uuid.size(), 36);
    }
    auto db = Database::open({path()});
    QVERIFY(db.ok());
    QCOMPARE((*db)->uuid(), uuid);

    QTemporaryDir other;
    auto second = Database::open({other.filePath(QStringLiteral("other.sqlite"))});
    QVERIFY(second.ok());
    QVERIFY((*second)->uuid() != uuid);
}

void TestDatabase::usesWalAndBusyTimeout()
{
    auto db = Database::open({path()});
    QVERIFY(db.ok());
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    // Versions may have gaps, so list the migrations that exist rather than counting up.
    for (const Migration &migration : Migrator::builtinMigrations()) {
        if (migration.version < Migrator::latestVersion())
            QTest::addRow("from schema %d", migration.version) << migration.version;
    }
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);

    QString uuid;
    {
        DatabaseOptions options{path()};
        options.targetVersion = fromVersion;
        auto old = Database::open(options);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), fromVersion);
        uuid = (*old)->uuid();
        QSqlQuery query((*old)->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO companies (name, created_at) VALUES ('Acme', 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO warehouses (company_id, name) VALUES (1, 'Main')")));
    }

    auto db = Database::open({path()});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
    QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
    QCOMPARE((*db)->uuid(), uuid);
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT name FROM companies WHERE id = 1")),
             QStringLiteral("Acme"));
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT name FROM warehouses WHERE id = 1")),
             QStringLiteral("Main"));

    // The copy made before migrating still has the old schema and the data.
    const QString backup = (*db)->backupPath();
    QVERIFY(QFile::exists(backup));
    DatabaseOptions backupOptions{backup};
    backupOptions.targetVersion = fromVersion;
    auto copy = Database::open(backupOptions);
    QVERIFY(copy.ok());
    QCOMPARE((*copy)->schemaVersion(), fromVersion);
    QCOMPARE(scalar((*copy)->connection(), QStringLiteral("SELECT name FROM companies WHERE id = 1")),
             QStringLiteral("Acme"));
}

void TestDatabase::refusesNewerSchemaUnchanged()
{
    {
        auto db = Database::open({path()});
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET value = '%1' WHERE name = 'schema_version'")
                               .arg(Migrator::latestVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path());
    QVERIFY(!before.isEmpty());

    auto db = Database::open({path()});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DatabaseTooNew);
    QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(db.error().message.contains(path()));
    QCOMPARE(fileHash(path()), before);
    const QStringList leftovers = QDir(m_dir->path()).entryList({QStringLiteral("*.bak")});
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void TestDatabase::secondInstanceIsToldWhoHoldsTheLock()
{
    auto first = Database::open({path()});
    QVERIFY(first.ok());
    auto second = Database::open({path()});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::DatabaseInUse);
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));
}

void TestDatabase::symbolicLinkSharesTheLock()
{
    auto first = Database::open({path()});
    QVERIFY(first.ok());
    const QString link = m_dir->filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(path(), link));
    auto second = Database::open({link});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::DatabaseInUse);
}

void TestDatabase::refusesAnotherApplicationsFile()
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QSqlQuery create(other);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE mydata (x INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    const QByteArray before = fileHash(path());

    auto opened = Database::open({path()});
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("another application")),
             qPrintable(opened.error().message));
    QCOMPARE(fileHash(path()), before);
}

void TestDatabase::lockIsReleasedOnClose()
{
    {
        auto first = Database::open({path()});
        QVERIFY(first.ok());
    }
    auto again = Database::open({path()});
    QVERIFY(again.ok());
}

void TestDatabase::splitsMigrationScripts()
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("-- comment;\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT\n);\nSELECT 1"));
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements[0], QStringLiteral("CREATE TABLE a (x INTEGER)"));
    QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TABLE b")));
    QCOMPARE(statements[2], QStringLiteral("SELECT 1"));
}

void TestDatabase::migrationFailureRollsBack()
{
    // A table that the next migration also creates makes that migration fail half-way.
    {
        DatabaseOptions options{path()};
        options.targetVersion = 1;
        auto old = Database::open(options);
        QVERIFY(old.ok());
        QSqlQuery query((*old)->connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE integration_settings ADD COLUMN scopes TEXT")));
    }
    auto db = Database::open({path()});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Database);

    DatabaseOptions options{path()};
    options.targetVersion = 1;
    auto reopened = Database::open(options);
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->schemaVersion(), 1);
    QSqlQuery query((*reopened)->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT selling_warehouse_id FROM integration_settings")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
