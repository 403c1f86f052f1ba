#pragma once

#include <QString>

// Where wxops keeps its files on this machine (the platform's app-data location).
namespace AppPaths {

QString dataDir();             // created on first use
QString defaultDatabaseFile(); // dataDir()/wxops.db
QString logDir();              // dataDir()/logs

} // namespace AppPaths
