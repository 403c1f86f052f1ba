#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops lookup TEXT [--json]`: support's search without a display.
int runLookupCommand(const QStringList &arguments, const CommandLine &commandLine,
                     Database &database);
// `wxops identity rebuild`: links every account again by the rules (manual links stay).
int runIdentityCommand(const QStringList &arguments, const CommandLine &commandLine,
                       Database &database);
// The registry entry of `wxops lookup`.
Command lookupCommand();
// The registry entry of `wxops identity`.
Command identityCommand();
