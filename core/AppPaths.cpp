#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabaseFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("wxops.db"));
}

QString logDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace AppPaths
