#include "StatsCalendar.h"

#include <algorithm>
#include <QDateTime>
#include <QTimeZone>

QDate StatsCalendar::todayInBeijing(qint64 nowMsecs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMsecs, QTimeZone(8 * 3600)).date();
}

QList<DateSpan> StatsCalendar::spans(Rule rule, int days, const QDate &from, const QDate &to)
{
    QList<DateSpan> out;
    if (!from.isValid() || !to.isValid())
        return out;
    const QDate first = std::max(from, firstDay());
    if (first > to)
        return out;
    switch (rule) {
    case Rule::UpToDays:
        for (QDate begin = first; begin <= to; begin = begin.addDays(days))
            out.append({begin, std::min(to, begin.addDays(days - 1))});
        break;
    case Rule::CalendarWeek: {
        // The first Monday on or after `first`.
        QDate monday = first.addDays((8 - first.dayOfWeek()) % 7);
        for (; monday.addDays(6) <= to; monday = monday.addDays(7))
            out.append({monday, monday.addDays(6)});
        break;
    }
    case Rule::CalendarMonth: {
        QDate start(first.year(), first.month(), 1);
        if (start < first)
            start = start.addMonths(1);
        for (; start.addMonths(1).addDays(-1) <= to; start = start.addMonths(1))
            out.append({start, start.addMonths(1).addDays(-1)});
        break;
    }
    case Rule::Trailing: // the portrait of the days before `to`, however early `from` is
        if (to.addDays(-(days - 1)) >= firstDay())
            out.append({to.addDays(-(days - 1)), to});
        break;
    }
    return out;
}
