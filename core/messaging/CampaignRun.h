#pragma once

#include "OutboxRunner.h"
#include "storage/DbConnection.h"

#include <atomic>
#include <functional>
#include <QMutex>

class Clock;
class SecretSource;

// One run of a campaign's outbox to its end, the same for `wxops campaign run` and the
// Campaigns page's worker: loads the campaign and its app, makes the WeChat client and the
// OutboxRunner, and waits for the end in the calling thread's event loop (a worker's or the
// command's, never the GUI thread's).
class CampaignRun
{
public:
    using ProgressHandler = std::function<void(const OutboxRunner::Progress &)>;

    CampaignRun(DbConnection db, qint64 campaignId, SecretSource &secrets, const Clock &clock);

    // `onProgress` is called in the calling thread. A campaign or app that cannot be loaded
    // ends the run at once with the reason in the report's status.
    OutboxRunner::Report run(const ProgressHandler &onProgress = {});
    // From any thread: the run stops taking rows; what is on the wire finishes.
    void interrupt();

private:
    DbConnection m_db;
    qint64 m_campaignId;
    SecretSource &m_secrets;
    const Clock &m_clock;
    QMutex m_mutex;
    OutboxRunner *m_runner = nullptr; // while run() runs
    bool m_interrupted = false;
};
