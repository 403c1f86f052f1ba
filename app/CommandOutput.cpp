#include "CommandOutput.h"

#include <cstdio>
#include <memory>
#include <QEventLoop>

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

} // namespace CommandOutput
