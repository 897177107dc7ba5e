#include "core/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace posbridge {

AutostartEntry::AutostartEntry(QString appId, QString program, QStringList arguments)
    : m_appId(std::move(appId))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

QString AutostartEntry::filePath() const
{
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QStringLiteral("/.config");
    return configHome + QStringLiteral("/autostart/") + m_appId + QStringLiteral(".desktop");
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An entry hidden by the desktop's own settings is an entry that does not run.
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true");
}

QString AutostartEntry::quoteArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    const bool needsQuotes = argument.isEmpty() || std::any_of(argument.cbegin(), argument.cend(),
                                                               [](QChar c) { return reserved.contains(c); });
    QString escapedPercent = argument;
    escapedPercent.replace(QStringLiteral("%"), QStringLiteral("%%"));
    if (!needsQuotes)
        return escapedPercent;
    QString quoted;
    for (const QChar c : std::as_const(escapedPercent)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // Inside a string value of a .desktop file a backslash is itself escaped, so "\\$" is read as "\$".
    quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return u'"' + quoted + u'"';
}

QString AutostartEntry::contents(const QString &displayName) const
{
    QStringList exec{quoteArgument(m_program)};
    for (const QString &argument : m_arguments)
        exec << quoteArgument(argument);
    QStringList lines{QStringLiteral("[Desktop Entry]"),
                      QStringLiteral("Type=Application"),
                      QStringLiteral("Name=") + displayName,
                      QStringLiteral("Exec=") + exec.join(u' '),
                      QStringLiteral("Icon=") + m_appId,
                      QStringLiteral("Terminal=false"),
                      QStringLiteral("X-GNOME-Autostart-enabled=true")};
    return lines.join(u'\n') + u'\n';
}

VoidResult AutostartEntry::setEnabled(bool enabled, const QString &displayName)
{
    const QString path = filePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{ErrorCode::Internal, tr("Could not remove %1. Check the permissions of the folder.").arg(path),
                         QStringLiteral("removing the autostart entry failed")};
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::Internal,
                     tr("Could not create the folder of %1. Check the permissions of the folder.").arg(path),
                     QStringLiteral("creating the autostart directory failed")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{ErrorCode::Internal, tr("Could not write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("opening the autostart entry failed")};
    file.write(contents(displayName).toUtf8());
    if (!file.commit())
        return Error{ErrorCode::Internal, tr("Could not write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("writing the autostart entry failed")};
    return {};
}

} // namespace posbridge
