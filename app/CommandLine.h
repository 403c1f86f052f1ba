#pragma once

#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// The options every wxops invocation understands, and the choice between the window and a
// headless command. Parsed twice: a pre-scan of argv before any Qt application exists (to
// pick QApplication or QCoreApplication and the language), then QCommandLineParser with the
// global options and the chosen command's own (CommandRegistry).
class CommandLine
{
public:
    // True when argv asks for the window: no command and no --help/--version.
    static bool wantsWindow(int argc, char **argv);
    // The --lang value in argv, if any (needed before the parser, for translated help).
    static QString preScanLanguage(int argc, char **argv);

    CommandLine();
    // Parses the application's arguments. Exits on --help, --version, `help` and on a usage
    // error (an unknown command, an option of another command): 0 for help, 64 for errors.
    void process(const QCoreApplication &app);

    QString database() const { return m_parser.value(m_database); }
    QString language() const { return m_parser.value(m_language); }
    bool verbose() const { return m_parser.isSet(m_verbose); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // The chosen command (empty name: the window).
    const Command &command() const { return m_command; }
    // The chosen command's options.
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

private:
    // The command word in `arguments` (the first that is not an option or its value).
    static QString commandWord(const QStringList &arguments);
    [[noreturn]] void usageError(const QString &text) const;
    [[noreturn]] void showHelp() const;
    QString commandHelp(const Command &command) const;
    QString commandList() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_language;
    QCommandLineOption m_verbose;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    Command m_command;
};
