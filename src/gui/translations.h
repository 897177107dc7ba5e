#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace posbridge {

/** @brief A language the interface is offered in. */
struct InterfaceLanguage
{
    QString code;       ///< "en", "fr"
    QString nativeName; ///< the language's name in itself, as menus show it
};

/**
 * @brief Chooses the interface language and installs the translators of POS Bridge and of Qt.
 *
 * The system locale decides unless View › Language stored a choice in QSettings. Qt's own
 * dialogs and buttons are translated from the Qt translations installed on the system
 * (Debian's qt6-translations-l10n). Dates and numbers follow the chosen language through
 * QLocale's default.
 */
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    static QList<InterfaceLanguage> available();
    /** @brief The code chosen in View › Language, or an empty string for the system's language. */
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString &code);
    /** @brief Installs translators for the preferred or system language; returns the code in use. */
    static QString install(QCoreApplication &app);
};

} // namespace posbridge
