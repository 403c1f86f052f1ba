#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops team init|add|list|remove`: a database owner sets up team mode on PostgreSQL (the
// roles and their grants, core/team/TeamSetup) and manages who belongs to which role.
int runTeamCommand(const QStringList &arguments, const CommandLine &commandLine,
                   Database &database);
// The registry entry of `wxops team`.
Command teamCommand();
