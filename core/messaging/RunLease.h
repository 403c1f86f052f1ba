#pragma once

#include "RunnerLeases.h"

class DeliveryRepository;

// One run's lease on its campaign among the consoles that work it (RunnerLeases): taken at the
// start, renewed by each heartbeat, released at the end. What runs that died left in `sending`
// is taken over (made unknown, never re-sent automatically) at the start and every few beats,
// so the campaign can still finish.
class RunLease
{
public:
    RunLease(DbConnection db, DeliveryRepository &deliveries, const Clock &clock,
             qint64 campaignId);

    const QString &runnerId() const { return m_runnerId; }
    // Takes the lease and the rows of dead runs; `recovered` counts those rows.
    Status take(qint64 *recovered);
    // Renews the lease; every few beats takes the rows of runs that died since.
    Status beat(qint64 *recovered);
    // A lease left behind goes stale by itself: a failed release only delays a takeover.
    void release();

private:
    Status recoverRowsOfDeadRuns(qint64 *rows);

    RunnerLeases m_leases;
    DeliveryRepository &m_deliveries;
    const Clock &m_clock;
    qint64 m_campaignId;
    QString m_runnerId;
    int m_beats = 0;
};
