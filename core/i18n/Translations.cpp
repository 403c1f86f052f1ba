#include "Translations.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

static void load(QCoreApplication &app, const QLocale &locale, const QString &name,
                 const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        qCDebug(lcApp) << "loaded translation" << translator->filePath();
    } else {
        // English needs no file; anything else missing is worth a line in the log.
        if (locale.language() != QLocale::English)
            qCDebug(lcApp) << "no" << name << "translation for" << locale.name();
        delete translator;
    }
}

namespace {
const char *const kChoiceKey = "interface/language";
}

QString nativeName(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("English");
    if (locale.language() == QLocale::Chinese &&
        locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("中文（简体）");
    return locale.nativeLanguageName();
}

QString savedChoice()
{
    return QSettings().value(QLatin1String(kChoiceKey)).toString();
}

void saveChoice(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kChoiceKey));
    else
        settings.setValue(QLatin1String(kChoiceKey), language);
}

QLocale install(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A bare system (LANG=C) reads English: with its plural forms and number format.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, locale, QStringLiteral("wxops"), QStringLiteral(":/i18n"));
    return locale;
}

} // namespace Translations
