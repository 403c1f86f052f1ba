#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops service [--once]`: the team's headless worker (docs/team.md). It holds the AppSecrets
// (systemd credentials, else the keychain) and sends the running campaigns; --once does one
// round and exits (cron, tests), otherwise it polls until SIGTERM, which lets what is on the
// wire finish.
int runServiceCommand(const QStringList &arguments, const CommandLine &commandLine,
                      Database &database);
Command serviceCommand();
