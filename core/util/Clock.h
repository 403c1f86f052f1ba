#pragma once

#include <QDateTime>

// The seam for time: production code asks a Clock, tests supply one they can move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMsecs() const { return nowUtc().toMSecsSinceEpoch(); }

    static Clock &system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceMsecs(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};
