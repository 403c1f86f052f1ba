#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops optout add|remove|list TEXT [--channel C] [--reason R]`: support edits the opt-out
// list for the person TEXT names (any identifier `wxops lookup` takes).
int runOptOutCommand(const QStringList &arguments, const CommandLine &commandLine,
                     Database &database);
// The registry entry of `wxops optout`.
Command optOutCommand();
