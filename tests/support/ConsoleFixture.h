#pragma once

// Header-only, for the tests that build windows (they link wxops_ui).
#include "ConsoleContext.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "TestDatabase.h"

#include <functional>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QRandomGenerator>
#include <QStringList>
#include <QWidget>

// Answers dialogs for the test instead of a person: records every title and lets the test
// drive a dialog (fill it, press its buttons) through `onExec`.
class RecordingDialogs : public DialogRunner
{
public:
    int exec(QDialog &dialog) override
    {
        titles << dialog.windowTitle();
        return onExec ? onExec(dialog) : int(QDialog::Rejected);
    }
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        titles << title;
        errors << text;
    }
    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        titles << title;
        return confirmAnswer;
    }

    std::function<int(QDialog &)> onExec;
    bool confirmAnswer = false;
    QStringList titles;
    QStringList errors;
};

// Loads the translation WXOPS_TEST_LANG names (zh_CN for the Chinese screenshots), if any.
inline void installTestLanguage()
{
    const QString language = qEnvironmentVariable("WXOPS_TEST_LANG");
    if (!language.isEmpty())
        Translations::install(*QCoreApplication::instance(), language);
}

// Saves what `widget` shows as WXOPS_SCREENSHOT_DIR/NAME-LANG.png when that variable is set
// (WXOPS_TEST_LANG names the language), for review and the docs.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WXOPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString language = qEnvironmentVariable("WXOPS_TEST_LANG", QStringLiteral("en"));
    widget.grab().save(
        QDir(dir).filePath(name + QLatin1Char('-') + language + QStringLiteral(".png")));
}

// A migrated database of the test's backend, a keychain service of its own in the private
// gnome-keyring, and recorded dialogs: everything a window needs.
class ConsoleFixture
{
public:
    ConsoleFixture()
        : database(testDb.spec()),
          secrets(
              QStringLiteral("wxops-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 36))
    {
        openStatus = testDb.error().isEmpty() ? database.open() : Status::failure(testDb.error());
    }

    ConsoleContext context() { return ConsoleContext{database, secrets, dialogs, logFile, access}; }

    TestDatabase testDb;
    Database database;
    SecretStore secrets;
    RecordingDialogs dialogs;
    QString logFile = QStringLiteral("/tmp/wxops-test.log");
    TeamAccess access; // a test sets a member's roles to see the console as they do
    Status openStatus = Status::ok();
};
