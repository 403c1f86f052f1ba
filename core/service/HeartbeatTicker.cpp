#include "HeartbeatTicker.h"

#include "storage/ConnectionFactory.h"
#include "util/Clock.h"

#include <QThread>

#include <algorithm>

HeartbeatTicker::HeartbeatTicker(ConnectionFactory &connections,
                                 const ServiceHeartbeats::Beat &beat, const Clock &clock,
                                 std::function<void(const QString &)> failed, int intervalMsecs)
    : m_failed(std::move(failed)),
      m_thread(QThread::create([this, &connections, beat, &clock, intervalMsecs] {
          run(connections, beat, clock, intervalMsecs);
      }))
{
    m_thread->start();
}

HeartbeatTicker::~HeartbeatTicker()
{
    m_stopping = true;
    m_thread->wait();
}

void HeartbeatTicker::run(ConnectionFactory &connections, ServiceHeartbeats::Beat beat,
                          const Clock &clock, int intervalMsecs)
{
    ServiceHeartbeats heartbeats(connections.connection());
    const int step = std::clamp(intervalMsecs, 1, 200); // how soon a stop is seen
    while (!m_stopping) {
        beat.seenAt = clock.nowMsecs();
        if (const Status beaten = heartbeats.beat(beat); !beaten.isOk())
            m_failed(beaten.message());
        for (int waited = 0; waited < intervalMsecs && !m_stopping; waited += step)
            QThread::msleep(step);
    }
}
