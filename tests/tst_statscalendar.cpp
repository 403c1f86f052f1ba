// The date spans statistics calls are cut into (issue 20): at the edges WeChat is strict about.
#include "analytics/StatsCalendar.h"

#include <QtTest>

using Rule = StatsCalendar::Rule;

class TestStatsCalendar : public QObject
{
    Q_OBJECT
private slots:
    void daysAreCutIntoAllowedSpans()
    {
        // 15 days with a 7-day limit: 7 + 7 + 1, consecutive, nothing twice.
        const QList<DateSpan> spans =
            StatsCalendar::spans(Rule::UpToDays, 7, QDate(2026, 1, 25), QDate(2026, 2, 8));
        QCOMPARE(spans, (QList<DateSpan>{{QDate(2026, 1, 25), QDate(2026, 1, 31)},
                                         {QDate(2026, 2, 1), QDate(2026, 2, 7)},
                                         {QDate(2026, 2, 8), QDate(2026, 2, 8)}}));
        QCOMPARE(
            StatsCalendar::spans(Rule::UpToDays, 1, QDate(2026, 2, 27), QDate(2026, 3, 1)).size(),
            3); // 2026 is not a leap year: 27, 28 February, 1 March
    }

    void weeksAreWholeAcrossTheYearBoundary()
    {
        // From a Wednesday to a Saturday: only the whole Monday-to-Sunday weeks inside.
        const QList<DateSpan> spans =
            StatsCalendar::spans(Rule::CalendarWeek, 0, QDate(2025, 12, 24), QDate(2026, 1, 17));
        QCOMPARE(spans, (QList<DateSpan>{{QDate(2025, 12, 29), QDate(2026, 1, 4)},
                                         {QDate(2026, 1, 5), QDate(2026, 1, 11)}}));
        for (const DateSpan &span : spans) {
            QCOMPARE(span.begin.dayOfWeek(), 1);
            QCOMPARE(span.end.dayOfWeek(), 7);
        }
        // Starting on a Monday takes that week.
        QCOMPARE(StatsCalendar::spans(Rule::CalendarWeek, 0, QDate(2025, 12, 29), QDate(2026, 1, 4))
                     .size(),
                 1);
    }

    void monthsAreWhole()
    {
        const QList<DateSpan> spans =
            StatsCalendar::spans(Rule::CalendarMonth, 0, QDate(2025, 12, 2), QDate(2026, 3, 31));
        QCOMPARE(spans, (QList<DateSpan>{{QDate(2026, 1, 1), QDate(2026, 1, 31)},
                                         {QDate(2026, 2, 1), QDate(2026, 2, 28)},
                                         {QDate(2026, 3, 1), QDate(2026, 3, 31)}}));
    }

    void portraitIsTheLastDays()
    {
        QCOMPARE(StatsCalendar::spans(Rule::Trailing, 7, QDate(2026, 1, 1), QDate(2026, 1, 10)),
                 (QList<DateSpan>{{QDate(2026, 1, 4), QDate(2026, 1, 10)}}));
        QCOMPARE(StatsCalendar::spans(Rule::Trailing, 30, QDate(2026, 1, 1), QDate(2026, 1, 10)),
                 (QList<DateSpan>{{QDate(2025, 12, 12), QDate(2026, 1, 10)}}));
    }

    void nothingBeforeWechatKeepsData()
    {
        QVERIFY(StatsCalendar::spans(Rule::UpToDays, 7, QDate(2014, 1, 1), QDate(2014, 11, 30))
                    .isEmpty());
        QCOMPARE(StatsCalendar::spans(Rule::UpToDays, 30, QDate(2014, 11, 1), QDate(2014, 12, 3)),
                 (QList<DateSpan>{{QDate(2014, 12, 1), QDate(2014, 12, 3)}}));
        QCOMPARE(StatsCalendar::lastDay(QDate(2026, 12, 5)), QDate(2026, 12, 4));
    }
};

QTEST_GUILESS_MAIN(TestStatsCalendar)
#include "tst_statscalendar.moc"
