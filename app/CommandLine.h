#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// The options every wxops invocation understands, and the choice between the window and a
// headless subcommand. Parsed twice: a pre-scan of argv before any Qt application exists
// (to pick QApplication or QCoreApplication and the language), then QCommandLineParser.
class CommandLine
{
public:
    // True when argv asks for the window: no subcommand and no --help/--version.
    static bool wantsWindow(int argc, char **argv);
    // The --lang value in argv, if any (needed before the parser, for translated help).
    static QString preScanLanguage(int argc, char **argv);

    CommandLine();
    // Parses the application's arguments; exits on --help/--version or a usage error.
    void process(const QCoreApplication &app);

    QString database() const { return m_parser.value(m_database); }
    QString language() const { return m_parser.value(m_language); }
    bool verbose() const { return m_parser.isSet(m_verbose); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // Options of the `account` commands.
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_language;
    QCommandLineOption m_verbose;
    QList<QCommandLineOption> m_commandOptions;
};
