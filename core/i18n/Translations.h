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

// A language by its own name ("English", "中文（简体）"), for a locale of any kind (the "C"
// locale of a bare system is English).
QString nativeName(const QLocale &locale);

// The language the person chose in Settings ("" : the system's), used when --lang is not given.
QString savedChoice();
void saveChoice(const QString &language);

} // namespace Translations
