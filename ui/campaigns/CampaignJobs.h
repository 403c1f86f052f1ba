#pragma once

#include "BackgroundJob.h"

#include <memory>

class Database;
class MemorySecrets;

// The Campaigns page's long job, as work for a BackgroundJob: one run of a campaign's outbox
// (CampaignRun) on its own database connection, with the secret already read for the worker.
namespace CampaignJobs {

BackgroundJob::Work send(Database &database, const std::shared_ptr<MemorySecrets> &secrets,
                         qint64 campaignId);

} // namespace CampaignJobs
