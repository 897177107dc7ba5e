#include "storage/migrator.h"

#include "storage/logging.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace posbridge {

namespace {

VoidResult setInfo(QSqlDatabase db, const QString &name, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO schema_info (name, value) VALUES (:name, :value) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("Storage", "record the schema version"));
    return {};
}

} // namespace

QList<Migration> Migrator::builtinMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/posbridge/migrations"));
        for (const QString &fileName : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(fileName);
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const auto migrations = builtinMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(QStringLiteral("schema_info")))
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM schema_info WHERE name = 'schema_version'"));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("Storage", "read the schema version"));
    if (!query.next())
        return 0;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Storage", "The database has an unreadable schema version. "
                                                                "Restore it from a backup or choose another file."));
    return version;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

VoidResult Migrator::migrate(QSqlDatabase db, const SqlDialect &dialect, int targetVersion)
{
    const auto current = currentVersion(db);
    if (!current)
        return current.error();

    for (const Migration &migration : builtinMigrations()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;

        qCInfo(lcStorage).noquote() << "Applying schema migration" << migration.version << migration.name;
        Transaction transaction(db);
        if (!transaction.isActive())
            return sqlError(db.lastError(), QCoreApplication::translate("Storage", "start a schema migration"));

        QSqlQuery query(db);
        for (const QString &statement : splitStatements(dialect.expandPlaceholders(migration.sql))) {
            if (!query.exec(statement))
                return sqlError(query, QCoreApplication::translate("Storage", "apply schema migration %1 (%2)")
                                           .arg(migration.version)
                                           .arg(migration.name));
        }
        if (migration.version == 1) {
            if (auto result =
                    setInfo(db, QStringLiteral("database_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                !result)
                return result;
            if (auto result =
                    setInfo(db, QStringLiteral("created_at"), QString::number(QDateTime::currentMSecsSinceEpoch()));
                !result)
                return result;
        }
        if (auto result = setInfo(db, QStringLiteral("schema_version"), QString::number(migration.version)); !result)
            return result;
        if (!transaction.commit())
            return sqlError(
                db.lastError(),
                QCoreApplication::translate("Storage", "commit schema migration %1").arg(migration.version));
    }
    return {};
}

} // namespace posbridge
