#include "SegmentTrend.h"

#include "BeijingDays.h"
#include "segments/SegmentStore.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {
// A Beijing day as a number, the same in SQL and here: days since 1970-01-01.
qint64 dayNumber(const QDate &day)
{
    return day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}
} // namespace

StatusOr<QList<SegmentTrendDay>> SegmentTrend::load(qint64 segmentId, const QDate &from,
                                                    const QDate &to) const
{
    QList<SegmentTrendDay> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append({d});
    if (days.isEmpty())
        return days;

    QList<SegmentStore::SizePoint> sizes;
    WX_TRY(SegmentStore(m_db, Clock::system()).sizeHistory(segmentId, &sizes));
    // Sizes come in time order: walk them once, keeping the last one before each day's end.
    auto point = sizes.cbegin();
    qint64 size = -1;
    for (SegmentTrendDay &day : days) {
        const qint64 end = BeijingDays::startOf(day.day.addDays(1));
        for (; point != sizes.cend() && point->at < end; ++point)
            size = point->size;
        day.size = size;
    }

    // Each member's days with a Mini Program event, from 6 days before `from`.
    QSqlQuery q(m_db);
    const QDate earliest = from.addDays(1 - kActiveDays);
    if (!Sql::run(q,
                  QStringLiteral(
                      "SELECT DISTINCT e.profile_id, (e.occurred_at + ?) / ? FROM events e JOIN "
                      "segment_members m ON m.profile_id = e.profile_id AND m.segment_id = ? "
                      "WHERE e.app_id IN (SELECT id FROM apps WHERE kind = ?) AND "
                      "e.occurred_at >= ? AND e.occurred_at < ?"),
                  {BeijingDays::kOffsetMsecs, BeijingDays::kDayMsecs, segmentId,
                   QStringLiteral("mp"), BeijingDays::startOf(earliest),
                   BeijingDays::startOf(to.addDays(1))}))
        return Sql::failure(q);
    QHash<qint64, QSet<qint64>> peopleByDay;
    while (q.next())
        peopleByDay[q.value(1).toLongLong()].insert(q.value(0).toLongLong());
    for (SegmentTrendDay &day : days) {
        QSet<qint64> active;
        for (qint64 n = dayNumber(day.day) - (kActiveDays - 1); n <= dayNumber(day.day); ++n)
            active.unite(peopleByDay.value(n));
        day.activeOnMp7 = active.size();
    }

    if (!Sql::run(
            q,
            QStringLiteral("SELECT (d.sent_at + ?) / ?, COUNT(*) FROM deliveries d JOIN "
                           "segment_members m ON m.profile_id = d.profile_id AND m.segment_id = ? "
                           "WHERE d.state = ? AND d.sent_at >= ? AND d.sent_at < ? GROUP BY 1"),
            {BeijingDays::kOffsetMsecs, BeijingDays::kDayMsecs, segmentId, QStringLiteral("sent"),
             BeijingDays::startOf(from), BeijingDays::startOf(to.addDays(1))}))
        return Sql::failure(q);
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong() - dayNumber(from);
        if (index >= 0 && index < days.size())
            days[index].messagesSent = q.value(1).toLongLong();
    }
    return days;
}
