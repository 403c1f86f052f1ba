#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops stats fetch|show --appid ID`: WeChat's statistics fetched into the database, and
// printed from it.
int runStatsCommand(const QStringList &arguments, const CommandLine &commandLine,
                    Database &database);
Command statsCommand();
