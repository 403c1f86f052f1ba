#pragma once

#include "BackgroundJob.h"
#include "wechat/AppConfig.h"

#include <memory>
#include <QDate>

class Database;
class MemorySecrets;

// The Analytics page's long work, as work for a BackgroundJob.
namespace AnalyticsJobs {

// Fetches WeChat's statistics of `apps` for [from, to], one app after the other, keeping what
// arrived when cancelled or stopped.
// `secrets` were read in the GUI thread (readSecretsForWorker); the job keeps them alive.
BackgroundJob::Work fetchStatistics(Database &database,
                                    const std::shared_ptr<MemorySecrets> &secrets,
                                    const QList<AppConfig> &apps, const QDate &from,
                                    const QDate &to);

} // namespace AnalyticsJobs
