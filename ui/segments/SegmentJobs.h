#pragma once

#include "BackgroundJob.h"
#include "wechat/AppConfig.h"

class Database;
class SecretSource;

// The Segments page's long jobs, as work for a BackgroundJob. Each opens its own database
// connection in the worker thread.
namespace SegmentJobs {

BackgroundJob::Work refresh(Database &database, qint64 segmentId);
BackgroundJob::Work exportTo(Database &database, qint64 segmentId, const QString &path);
// Tags (or, `tagged` false, untags) the segment's followers on `app` with `tag` (the secret
// already read for the worker).
BackgroundJob::Work pushAsTag(Database &database, SecretSource &secrets, const AppConfig &app,
                              qint64 segmentId, const QString &tag, bool tagged);

} // namespace SegmentJobs
