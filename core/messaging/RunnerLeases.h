#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"

#include <QStringList>

class Clock;

// Which outbox runs are alive. Each run holds a lease on its campaign (its id, host, process
// and a heartbeat every few seconds) and stamps the rows it moves to `sending` with its id.
// A row in `sending` whose run is not alive — no lease, a heartbeat older than kStaleMsecs,
// or a process on this host that has exited — was left by a crash: it becomes `unknown`.
// The rows of a run that is alive (another console on the same campaign) are left alone.
class RunnerLeases
{
public:
    static constexpr qint64 kHeartbeatMsecs = 2000;
    static constexpr qint64 kStaleMsecs = 30000;

    RunnerLeases(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // "host/machine-id:pid:n", unique for each run of this process.
    static QString newRunnerId();

    Status hold(const QString &runner, qint64 campaignId); // take or renew
    Status release(const QString &runner);
    // The runs alive on the campaign now.
    Status alive(qint64 campaignId, QStringList *runners) const;

private:
    static bool processExited(const QString &host, qint64 pid);

    DbConnection m_db;
    const Clock &m_clock;
};
