#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops sync followers|tags --appid ID`: follower and tag sync without a display. Progress on
// stderr, the summary on stdout; Ctrl+C stops it so that the next run continues.
int runSyncCommand(const QStringList &arguments, const CommandLine &commandLine,
                   Database &database);
// The registry entry of `wxops sync`.
Command syncCommand();
