#pragma once

#include "core/error.h"

class QSqlError;
class QSqlQuery;

namespace posbridge {

/** @brief Turns a failed query into an Error whose message tells the admin what to do. */
Error sqlError(const QSqlQuery &query, const QString &what);
Error sqlError(const QSqlError &error, const QString &what);

/** @brief Prepares and runs a query, logging failures; returns false on error. */
bool execQuery(QSqlQuery &query, const QString &sql);

} // namespace posbridge
