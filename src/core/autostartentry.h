#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace posbridge {

/**
 * @brief The XDG autostart entry that starts the application when the admin logs in.
 *
 * The entry is $XDG_CONFIG_HOME/autostart/<app id>.desktop, with ~/.config standing in for an
 * unset or relative XDG_CONFIG_HOME, as the XDG Base Directory Specification 0.8 says. Desktops
 * that follow the XDG Autostart Specification 0.5 (GNOME, KDE Plasma, Xfce…) run its Exec line
 * at login.
 */
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    /**
     * @param appId reverse-DNS application ID, also the icon name
     * @param program absolute path of the executable
     * @param arguments passed at login, such as "--minimized"
     */
    AutostartEntry(QString appId, QString program, QStringList arguments);

    /** @brief Path of the entry; the file may not exist. */
    [[nodiscard]] QString filePath() const;
    /** @brief Whether the entry exists and is not hidden. */
    [[nodiscard]] bool isEnabled() const;
    /** @brief Writes the entry (creating the autostart directory) or removes it. */
    VoidResult setEnabled(bool enabled, const QString &displayName);
    /** @brief The entry's text: a [Desktop Entry] group with the quoted Exec line. */
    [[nodiscard]] QString contents(const QString &displayName) const;

    /** @brief Quotes one Exec argument and doubles its "%", as the Desktop Entry Specification 1.5 requires. */
    static QString quoteArgument(const QString &argument);

private:
    QString m_appId;
    QString m_program;
    QStringList m_arguments;
};

} // namespace posbridge
