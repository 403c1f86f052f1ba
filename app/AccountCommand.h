#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops account add|edit|list|test|remove`: the admin's Accounts page without a display.
// Returns the process exit code (0 success, 1 failure, 64 usage error).
int runAccountCommand(const QStringList &arguments, const CommandLine &commandLine,
                      Database &database);
// The registry entry of `wxops account`.
Command accountCommand();
