#include "gui/displayformat.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace posbridge {

namespace {

QString withLocaleDecimalPoint(QString text)
{
    const QString point = QLocale().decimalPoint();
    if (point != QStringLiteral("."))
        text.replace(u'.', point);
    return text;
}

} // namespace

QString localDateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                       local.time().toString(QStringLiteral("HH:mm:ss")));
}

QString moneyText(Decimal value)
{
    return withLocaleDecimalPoint(value.toString(2));
}

QString decimalText(Decimal value)
{
    return withLocaleDecimalPoint(value.toString());
}

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

QIcon standardIcon(int standardPixmap)
{
    return QApplication::style()->standardIcon(static_cast<QStyle::StandardPixmap>(standardPixmap));
}

} // namespace posbridge
