#pragma once

#include <functional>
#include <QString>
#include <QTextStream>

class CommandLine;

// What the headless commands share: stdout for results, stderr for progress and errors, and
// waiting for an asynchronous job in a local event loop.
namespace CommandOutput {

QTextStream &out();
QTextStream &err();
// Prints "wxops: message" on stderr and returns `code` (1 failure, 2 remote failure, 64 usage).
int fail(const QString &message, int code = 1);
// Runs `start(quit)` and spins an event loop until `quit()` is called (at once or later).
void waitUntil(const std::function<void(std::function<void()> quit)> &start);
// Reads the file --definition names ("-": standard input); on failure prints why, sets
// `exitCode` and returns false.
bool readDefinition(const CommandLine &commandLine, QByteArray *definition, int *exitCode);
// --max-in-flight (1 to 64) into `calls`, left as it is when not given; on a bad value prints
// why, sets `exitCode` and returns false.
bool readMaxInFlight(const CommandLine &commandLine, int *calls, int *exitCode);

} // namespace CommandOutput
