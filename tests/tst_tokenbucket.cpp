// The campaign pace: a token bucket on a manual clock starts with one token, accrues tokens at
// its rate, never holds more than its burst, and says how long until the next one.
#include "util/Clock.h"
#include "util/TokenBucket.h"

#include <QtTest>

class TestTokenBucket : public QObject
{
    Q_OBJECT
private slots:
    void itPacesSendsAtItsRate()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1790000000000));
        TokenBucket bucket(10.0, 3.0, clock); // 10 a second, bursts of 3
        QCOMPARE(bucket.take(5), 1);          // the first send goes at once
        QCOMPARE(bucket.take(1), 0);
        QCOMPARE(bucket.msecsUntilNext(), 100);
        clock.advanceMsecs(50);
        QCOMPARE(bucket.take(1), 0);
        QCOMPARE(bucket.msecsUntilNext(), 50);
        clock.advanceMsecs(50);
        QCOMPARE(bucket.take(5), 1);
        // A quiet second fills the bucket up to its burst, no further.
        clock.advanceMsecs(1000);
        QCOMPARE(bucket.msecsUntilNext(), 0);
        QCOMPARE(bucket.take(10), 3);
        // Over ten seconds of steady demand: 100 sends, one per 100 ms.
        int sent = 0;
        for (int tick = 0; tick < 1000; ++tick) {
            clock.advanceMsecs(10);
            sent += bucket.take(4);
        }
        QCOMPARE(sent, 100);
    }

    void aSlowRateStillSendsTheFirstAtOnce()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1790000000000));
        TokenBucket bucket(0.5, 1.0, clock); // a mass campaign: a call every two seconds
        QCOMPARE(bucket.take(1), 1);
        QCOMPARE(bucket.msecsUntilNext(), 2000);
        clock.advanceMsecs(1999);
        QCOMPARE(bucket.take(1), 0);
        clock.advanceMsecs(1);
        QCOMPARE(bucket.take(1), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
