#include "storage/sqlerror.h"

#include "storage/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace posbridge {

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString detail = QStringLiteral("%1: %2").arg(what, error.text());
    qCWarning(lcStorage).noquote() << "Database error:" << detail;
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("Storage", "The database could not %1. Details: %2")
                         .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                     detail);
}

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), what);
}

bool execQuery(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        qCWarning(lcStorage).noquote() << "Query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace posbridge
