#pragma once

#include "core/decimal.h"

#include <QDateTime>
#include <QIcon>
#include <QString>

namespace posbridge {

/** @brief The time in the local time zone: the locale's short date and the time with seconds; "" when invalid. */
QString localDateTimeText(const QDateTime &time);
/** @brief An amount of money with two decimals and the locale's decimal point. */
QString moneyText(Decimal value);
/** @brief A quantity or other exact number in its shortest form, with the locale's decimal point. */
QString decimalText(Decimal value);
/** @brief An id, or "" for 0 (no id). */
QString idText(qint64 id);
/** @brief The application style's standard icon; styles follow the desktop theme, so no colour is hard-coded. */
QIcon standardIcon(int standardPixmap);

} // namespace posbridge
