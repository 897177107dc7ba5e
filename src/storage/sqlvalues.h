#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace posbridge::sqlvalues {

/** @brief Text for a NOT NULL column: a null QString would bind as SQL NULL, so it becomes ''. */
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/** @brief An id for a nullable foreign key: 0 binds as NULL. */
inline QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

/** @brief UTC milliseconds for a nullable time column: an invalid time binds as NULL. */
inline QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

/** @brief A time read from a column of UTC milliseconds; NULL gives an invalid time. */
inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace posbridge::sqlvalues
