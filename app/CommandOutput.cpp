#include "CommandOutput.h"

#include "CommandLine.h"
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace CommandOutput {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << QStringLiteral("wxops: ") << message << Qt::endl;
    return code;
}

void waitUntil(const std::function<void(std::function<void()> quit)> &start)
{
    QEventLoop loop;
    auto finished = std::make_shared<bool>(false);
    start([&loop, finished] {
        *finished = true;
        loop.quit();
    });
    if (!*finished) // the job may end at once (e.g. a validation error)
        loop.exec();
}

bool readMaxInFlight(const CommandLine &cl, int *calls, int *exitCode)
{
    if (!cl.isSet(QStringLiteral("max-in-flight")))
        return true;
    bool ok = false;
    const int value = cl.value(QStringLiteral("max-in-flight")).toInt(&ok);
    if (!ok || value < 1 || value > 64) {
        *exitCode = fail(
            QCoreApplication::translate("CommandOutput", "--max-in-flight takes 1 to 64."), 64);
        return false;
    }
    *calls = value;
    return true;
}

bool readDefinition(const CommandLine &cl, QByteArray *definition, int *exitCode)
{
    const QString path = cl.value(QStringLiteral("definition"));
    if (path.isEmpty()) {
        *exitCode = fail(
            QCoreApplication::translate(
                "CommandOutput", "This needs --definition FILE.json (\"-\" for standard input)."),
            64);
        return false;
    }
    QFile file(path);
    const bool opened = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *exitCode = fail(QCoreApplication::translate("CommandOutput", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
        return false;
    }
    *definition = file.readAll().trimmed();
    return true;
}

} // namespace CommandOutput
