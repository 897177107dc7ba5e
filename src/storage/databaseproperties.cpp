#include "storage/databaseproperties.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProperties)
};

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
        return sqlError(query, Messages::tr("read the database's properties"));
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
        return sqlError(query, Messages::tr("write the database's properties"));
    return {};
}

} // namespace posbridge
