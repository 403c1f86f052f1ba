// Count axes: whole, round ticks from 0 to the first tick at or above the highest count.
#include "util/CountScale.h"

#include <QtTest>

class TestCountScale : public QObject
{
    Q_OBJECT
private slots:
    void roundSteps_data()
    {
        QTest::addColumn<qint64>("highest");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("top");
        QTest::newRow("nothing") << qint64(0) << qint64(1) << qint64(4);
        QTest::newRow("one") << qint64(1) << qint64(1) << qint64(1);
        QTest::newRow("seven") << qint64(7) << qint64(2) << qint64(8);
        QTest::newRow("a segment of 1,801") << qint64(1801) << qint64(500) << qint64(2000);
        QTest::newRow("exactly round") << qint64(100000) << qint64(20000) << qint64(100000);
        QTest::newRow("just over a million")
            << qint64(1000001) << qint64(500000) << qint64(1500000);
    }

    void roundSteps()
    {
        QFETCH(qint64, highest);
        QFETCH(qint64, step);
        QFETCH(qint64, top);
        const CountScale scale = CountScale::forHighest(highest);
        QCOMPARE(scale.step, step);
        QCOMPARE(scale.top, top);
    }

    // Any count: the top holds it, at most five steps, and the step is 1, 2 or 5 × 10^k.
    void everyCountGetsAValidScale()
    {
        for (qint64 highest = 1; highest < 200000; highest = highest * 3 / 2 + 1) {
            const CountScale scale = CountScale::forHighest(highest);
            QVERIFY(scale.top >= highest);
            QCOMPARE(scale.top % scale.step, 0);
            QVERIFY(scale.ticks() <= 6);
            qint64 mantissa = scale.step;
            while (mantissa % 10 == 0)
                mantissa /= 10;
            QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5,
                     qPrintable(QString::number(scale.step)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCountScale)
#include "tst_countscale.moc"
