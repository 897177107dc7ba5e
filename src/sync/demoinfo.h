#pragma once

#include <QMetaType>
#include <QString>

namespace posbridge {

/** @brief What the window shows the admin about a demo run: where the sandbox is and how to log in. */
struct DemoInfo
{
    QString sandboxUrl;    ///< http://127.0.0.1:PORT
    QString loginEmail;    ///< typed on the sandbox's Lightspeed login page
    QString loginPassword; ///< typed on the sandbox's Lightspeed login page
    QString databasePath;  ///< the demo database, never the real one
    QString logPath;       ///< the sandbox's log
    QString companyName;
    qint64 companyId = 0;
};

} // namespace posbridge

Q_DECLARE_METATYPE(posbridge::DemoInfo)
