#pragma once

#include "messaging/OutboxRunner.h"
#include "storage/DbConnection.h"

#include <functional>
#include <QList>

class Clock;
class SecretSource;

// One round of `wxops service`'s work (issue 21): every running campaign is sent as far as it
// can go now, through the outbox's leases and SKIP LOCKED, so several services (and consoles)
// may share the work and nobody is sent to twice. A campaign that must wait (its scheduled
// start, quiet hours, the daily quota) is left for a later round rather than waited for.
class ServiceRound
{
public:
    struct CampaignResult
    {
        qint64 campaignId = 0;
        OutboxRunner::Report report;
    };

    ServiceRound(DbConnection db, SecretSource &secrets, const Clock &clock);

    // Runs the round in the calling thread's event loop; `stopping` is asked between campaigns
    // and while one sends (true: what is on the wire finishes, then the round ends).
    StatusOr<QList<CampaignResult>> run(const std::function<bool()> &stopping = {});

private:
    DbConnection m_db;
    SecretSource &m_secrets;
    const Clock &m_clock;
};
