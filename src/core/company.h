#pragma once

#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief A company of the back office; each has its own Lightspeed settings. */
struct Company
{
    qint64 id = 0;
    QString name;
};

/** @brief A stock location of one company. */
struct Warehouse
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::Company)
Q_DECLARE_METATYPE(posbridge::Warehouse)
