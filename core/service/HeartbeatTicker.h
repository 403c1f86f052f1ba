#pragma once

#include "ServiceHeartbeats.h"

#include <atomic>
#include <functional>
#include <memory>

class Clock;
class ConnectionFactory;
class QThread;

// Beats a running service's heartbeat every `intervalMsecs` on a thread and connection of its
// own until destroyed, so neither a campaign round that sends for minutes nor a long follower
// sync lets the service look gone (and another service take its schedule over).
class HeartbeatTicker
{
public:
    static constexpr int kIntervalMsecs = 15000; // well inside ServiceHeartbeats::kSilenceMsecs

    // `failed` hears why a beat could not be recorded (on the ticker's thread).
    HeartbeatTicker(ConnectionFactory &connections, const ServiceHeartbeats::Beat &beat,
                    const Clock &clock, std::function<void(const QString &)> failed,
                    int intervalMsecs = kIntervalMsecs);
    // Stops the beats and waits for the thread: after this nothing beats in the service's name.
    ~HeartbeatTicker();
    HeartbeatTicker(const HeartbeatTicker &) = delete;
    HeartbeatTicker &operator=(const HeartbeatTicker &) = delete;

private:
    void run(ConnectionFactory &connections, ServiceHeartbeats::Beat beat, const Clock &clock,
             int intervalMsecs);

    std::function<void(const QString &)> m_failed;
    std::atomic_bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
