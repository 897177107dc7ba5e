#include "gui/translations.h"

#include "gui/logging.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace posbridge {

namespace {
const QString LANGUAGE_KEY = QStringLiteral("interface/language");
} // namespace

QList<InterfaceLanguage> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Translations::preferredLanguage()
{
    return QSettings().value(LANGUAGE_KEY).toString();
}

void Translations::setPreferredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LANGUAGE_KEY);
    else
        settings.setValue(LANGUAGE_KEY, code);
}

QString Translations::install(QCoreApplication &app)
{
    QString code = preferredLanguage();
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (code.isEmpty())
        code = locale.name().section(u'_', 0, 0);
    // One list: iterators of two temporaries from two calls would not belong to the same list.
    const QList<InterfaceLanguage> languages = available();
    const bool offered = std::any_of(languages.cbegin(), languages.cend(),
                                     [&](const InterfaceLanguage &language) { return language.code == code; });
    if (!offered)
        code = QStringLiteral("en");
    if (!preferredLanguage().isEmpty())
        QLocale::setDefault(locale);
    if (code == u"en")
        return code;

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/posbridge_%1.qm").arg(code)))
        app.installTranslator(own);
    else
        qCWarning(lcGui) << "No POS Bridge translation for" << code;

    auto *qt = new QTranslator(&app);
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QLocale(code), QStringLiteral("qt"), QStringLiteral("_"), qtPath))
        app.installTranslator(qt);
    else
        qCInfo(lcGui).noquote() << "Qt's own" << code << "translation is not installed in" << qtPath;
    return code;
}

} // namespace posbridge
