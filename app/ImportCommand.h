#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops import FILE [--skip-bad-rows] [--report FILE]`: a Mini Program backend export.
int runImportCommand(const QStringList &arguments, const CommandLine &commandLine,
                     Database &database);
// The registry entry of `wxops import`.
Command importCommand();
