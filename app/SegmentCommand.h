#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops segment count|save|refresh|list|export|push-tag`: segments without a display.
int runSegmentCommand(const QStringList &arguments, const CommandLine &commandLine,
                      Database &database);
// The registry entry of `wxops segment`.
Command segmentCommand();
