#pragma once

#include <QStringList>

class CommandLine;
class Database;

// `wxops segment count|save|refresh|list|export|push-tag`: segments without a display.
int runSegmentCommand(const QStringList &arguments, const CommandLine &commandLine,
                      Database &database);
