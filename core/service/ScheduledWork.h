#pragma once

#include "ServiceSchedules.h"

#include <functional>

class Clock;
class ConnectionFactory;
class SecretSource;

// The schedules' part of a `wxops service` round (issue 21): claims each schedule that is due
// and runs it to its end in the calling thread's event loop, with the secrets the service holds:
// the follower sync of an Official Account, or the statistics fetch of the year up to
// yesterday (days already held skipped, WeChat's revised days fetched again).
class ScheduledWork
{
public:
    struct Result
    {
        ServiceSchedules::Schedule schedule;
        bool ok = false;
        QString outcome; // one line, for the log and `wxops schedule list`
    };

    // `service` is the running service's heartbeat id: the schedules it claims carry it.
    ScheduledWork(ConnectionFactory &connections, SecretSource &secrets, const Clock &clock,
                  const QString &service);

    // `stopping` is asked between jobs and while one runs (true: it is cancelled and keeps
    // what it has; a sync or fetch resumes where it stopped next time).
    StatusOr<QList<Result>> runDue(const std::function<bool()> &stopping = {});

private:
    Result run(const ServiceSchedules::Schedule &schedule, const std::function<bool()> &stopping);

    ConnectionFactory &m_connections;
    SecretSource &m_secrets;
    const Clock &m_clock;
    QString m_service;
};
