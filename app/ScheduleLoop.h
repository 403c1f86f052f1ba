#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <QString>

class ConnectionFactory;
class QThread;

// `wxops service`'s schedules (issue 21): runs the ones that are due in a thread of its own, so
// that a long follower sync never holds up a campaign; once for --once, else every kLookMsecs
// until `stopping`. The thread has its own database connection and reads the secrets itself
// (a credential file, else the keychain); each run is one line through `say`.
class ScheduleLoop
{
public:
    static constexpr int kLookMsecs = 20000;

    // `service` is this service's heartbeat id, kept on the schedules it runs.
    ScheduleLoop(ConnectionFactory &connections, const QString &service, bool once,
                 const std::atomic_bool &stopping, std::function<void(const QString &)> say);
    ~ScheduleLoop();
    // Whether a schedule failed or could not be run.
    bool failed() const { return m_failed; }
    void wait();

private:
    void run(ConnectionFactory &connections, const QString &service, bool once,
             const std::atomic_bool &stopping);

    std::function<void(const QString &)> m_say;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_failed = false;
};
