#pragma once

#include "BackgroundJob.h"
#include "wechat/AppConfig.h"

class Database;
class SecretSource;

// The Users page's long jobs, as work for a BackgroundJob. Each opens its own database
// connection in the worker thread.
namespace DataJobs {

BackgroundJob::Work syncFollowers(Database &database, SecretSource &secrets, const AppConfig &app);
// `reportPath` empty: no report file.
BackgroundJob::Work importFile(Database &database, const QString &path, bool skipBadRows,
                               const QString &reportPath);

} // namespace DataJobs
