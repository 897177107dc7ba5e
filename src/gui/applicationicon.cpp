#include "gui/applicationicon.h"

#include <QDir>

namespace posbridge {

QIcon applicationIcon()
{
    // The resources hold one folder per size, as in the hicolor theme: 16x16/apps/<id>.png.
    const QDir sizes(QStringLiteral(":/icons/app"));
    const QString fileName = QStringLiteral("apps/" POSBRIDGE_APP_ID ".png");

    QIcon icon;
    for (const QString &size : sizes.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        icon.addFile(sizes.filePath(size + u'/' + fileName));
    return icon;
}

} // namespace posbridge
