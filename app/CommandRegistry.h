#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class CommandLine;
class Database;

// One headless command: its name, what it is for, how it is called, the options it takes,
// and the function that runs it (the exit code: 0 success, 1 failure, 64 usage error).
// Each command's file declares its own (accountCommand() in AccountCommand.cpp, ...).
struct Command
{
    using Runner = int (*)(const QStringList &arguments, const CommandLine &commandLine,
                           Database &database);
    QString name;
    QString summary; // one line, for `wxops help`
    QString usage;   // one line per form, without "wxops "
    QList<QCommandLineOption> options;
    Runner run = nullptr;
};

// Every headless command, in the order `wxops help` lists them. Built on each call, so its
// texts are in the language of the translators installed at that time.
namespace CommandRegistry {

QList<Command> all();
// The command called `name`, or one with an empty name.
Command find(const QString &name);
// The commands that declare option `name` (without dashes).
QStringList commandsWithOption(const QString &name);
// Whether `name` takes a value in any command (for the pre-scan of argv).
bool optionTakesValue(const QString &name);

} // namespace CommandRegistry

// Options several commands take, worded once.
namespace CommonOptions {
QCommandLineOption json();
QCommandLineOption appid();
QCommandLineOption definition();
QCommandLineOption maxInFlight();
} // namespace CommonOptions
