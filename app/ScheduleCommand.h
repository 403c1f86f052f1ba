#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops schedule add|list|remove`: the admin's times for the service's unattended work, a
// follower sync or a statistics fetch of an app at HH:MM Beijing time each day (docs/team.md).
int runScheduleCommand(const QStringList &arguments, const CommandLine &commandLine,
                       Database &database);
Command scheduleCommand();
