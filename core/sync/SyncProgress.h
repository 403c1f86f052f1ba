#pragma once

#include <QString>

// How far a long job has got, in the numbers a person wants: done of total, rate, time left.
struct SyncProgress
{
    qint64 done = 0;
    qint64 total = 0; // 0: not known yet
    qint64 elapsedMsecs = 0;

    double ratePerSecond() const { return elapsedMsecs > 0 ? done * 1000.0 / elapsedMsecs : 0.0; }
    // -1 when it cannot be told yet.
    qint64 secondsLeft() const
    {
        const double rate = ratePerSecond();
        if (total <= 0 || rate <= 0.0)
            return -1;
        return qint64((total - qMin(done, total)) / rate + 0.5);
    }
    // "12,000 / 1,000,000 (1.2%), 8,450/s, 1 min 57 s left"
    QString describe() const;
};
