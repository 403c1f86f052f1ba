#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Loads Qt's own (qtbase) and wxops's translations for one locale and installs them.
namespace Translations {

// `language` is "zh_CN", "en" or empty for the system locale. Returns the locale in use.
QLocale install(QCoreApplication &app, const QString &language);

// The locales wxops ships a translation for.
QStringList available();

} // namespace Translations
