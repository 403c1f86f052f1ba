#pragma once

#include <QStringList>

class CommandLine;
class Database;

// `wxops account add|edit|list|test|remove`: the admin's Accounts page without a display.
// Returns the process exit code (0 success, 1 failure, 64 usage error).
int runAccountCommand(const QStringList &arguments, const CommandLine &commandLine,
                      Database &database);
