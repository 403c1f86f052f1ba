#pragma once

#include <QDate>
#include <QList>

// The date spans WeChat's statistics calls take (docs/wechat-api.md, datacube): each endpoint
// covers at most N days a call (OA: 7, 3, 1, 15 or 30), or exactly one calendar week
// (Monday to Sunday) or one calendar month (MP weekly and monthly trends), or the last 1, 7
// or 30 days (MP user portrait). Data exists from 2014-12-01 to yesterday (Beijing time).
struct DateSpan
{
    QDate begin;
    QDate end; // inclusive
    bool operator==(const DateSpan &other) const = default;
};

class StatsCalendar
{
public:
    enum class Rule
    {
        UpToDays,      // consecutive spans of at most `days`
        CalendarWeek,  // whole Monday-to-Sunday weeks
        CalendarMonth, // whole calendar months
        Trailing       // one span: the `days` (1, 7 or 30) ending on `to` (`from` aside)
    };

    static QDate firstDay() { return QDate(2014, 12, 1); }
    // The calendar day in Beijing, where WeChat's days begin and end.
    static QDate todayInBeijing(qint64 nowMsecs);
    // The last day WeChat has published on `todayInBeijing`: yesterday.
    static QDate lastDay(const QDate &todayInBeijing) { return todayInBeijing.addDays(-1); }

    // The calls that cover [from, to] under `rule`, oldest first, inside the days WeChat keeps
    // (before firstDay() nothing is asked). Weeks and months are whole: a partial one at either
    // end is left out, since WeChat refuses it.
    static QList<DateSpan> spans(Rule rule, int days, const QDate &from, const QDate &to);
};
