#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops funnel --definition FILE [--json]`: how many people took each step of a funnel
// across both apps (docs/analytics.md).
int runFunnelCommand(const QStringList &arguments, const CommandLine &commandLine,
                     Database &database);
Command funnelCommand();
