#include "storage/databaseproperties.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseProperties", text);
}

} // namespace

DatabaseProperties::DatabaseProperties(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<QString>> DatabaseProperties::value(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM schema_info WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        return sqlError(query, tr("read the database's properties"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

VoidResult DatabaseProperties::setValue(const QString &name, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO schema_info (name, value) VALUES (:name, :value) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return sqlError(query, tr("write the database's properties"));
    return {};
}

} // namespace posbridge
