#include "ProfileActivity.h"

#include "storage/Sql.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
const qint64 kDay = 86400000;
const qint64 kWeek = 7 * kDay;
const qint64 kBeijing = 8 * 3600000;
// 1970-01-05 was a Monday: weeks are counted from it, in Beijing time.
const qint64 kFirstMonday = 4 * kDay;

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}
} // namespace

QString ProfileActivity::where(const TimelineFilter &filter, QVariantList *values) const
{
    QString clause = QStringLiteral(" WHERE e.profile_id = ?");
    if (!filter.kind.isEmpty()) {
        clause += QStringLiteral(" AND p.kind = ?");
        *values << filter.kind;
    }
    if (!filter.name.isEmpty()) {
        clause += QStringLiteral(" AND e.name = ?");
        *values << filter.name;
    }
    if (filter.from.isValid()) {
        clause += QStringLiteral(" AND e.occurred_at >= ?");
        *values << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        clause += QStringLiteral(" AND e.occurred_at < ?");
        *values << startOfDay(filter.to.addDays(1));
    }
    return clause;
}

QList<TimelineEvent> ProfileActivity::timeline(qint64 profileId, const TimelineFilter &filter,
                                               int limit, int offset, Status *status) const
{
    QVariantList values{profileId};
    const QString clause = where(filter, &values);
    values << limit << offset;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<TimelineEvent> events;
    if (!Sql::run(q,
                  QStringLiteral("SELECT e.occurred_at, p.kind, p.name, e.name, e.props FROM "
                                 "events e JOIN apps p ON p.id = e.app_id") +
                      clause +
                      QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? "
                                     "OFFSET ?"),
                  values)) {
        *status = Sql::failure(q);
        return events;
    }
    *status = Status::ok();
    while (q.next())
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()});
    return events;
}

qint64 ProfileActivity::timelineCount(qint64 profileId, const TimelineFilter &filter,
                                      Status *status) const
{
    QVariantList values{profileId};
    const QString clause = where(filter, &values);
    return Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM events e JOIN apps p ON p.id = "
                                   "e.app_id") +
                        clause,
                    values),
        status);
}

QStringList ProfileActivity::eventNames(qint64 profileId, Status *status) const
{
    QSqlQuery q(m_db);
    QStringList names;
    if (!Sql::run(q,
                  QStringLiteral("SELECT DISTINCT name FROM events WHERE profile_id = ? ORDER BY "
                                 "name"),
                  {profileId})) {
        *status = Sql::failure(q);
        return names;
    }
    *status = Status::ok();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<ProfileActivity::WeekCount> ProfileActivity::weeklyActivity(qint64 profileId,
                                                                  Status *status) const
{
    QSqlQuery q(m_db);
    QList<WeekCount> weeks;
    if (!Sql::run(q,
                  QStringLiteral("SELECT (e.occurred_at + ? - ?) / ? AS week, p.kind, COUNT(*) "
                                 "FROM events e JOIN apps p ON p.id = e.app_id WHERE "
                                 "e.profile_id = ? GROUP BY week, p.kind ORDER BY week"),
                  {kBeijing, kFirstMonday, kWeek, profileId})) {
        *status = Sql::failure(q);
        return weeks;
    }
    *status = Status::ok();
    const QDate firstMonday(1970, 1, 5);
    while (q.next()) {
        const QDate start = firstMonday.addDays(q.value(0).toLongLong() * 7);
        if (weeks.isEmpty() || weeks.constLast().weekStart != start)
            weeks.append({start, 0, 0});
        (q.value(1).toString() == QStringLiteral("mp") ? weeks.last().mp : weeks.last().oa) =
            q.value(2).toInt();
    }
    return weeks;
}

QList<IdentityChange> ProfileActivity::history(qint64 profileId, Status *status) const
{
    QSqlQuery q(m_db);
    QList<IdentityChange> changes;
    if (!Sql::run(q,
                  QStringLiteral(
                      "SELECT h.id, h.at, h.actor, h.action, h.account_id, p.appid || '/' || "
                      "a.openid, h.from_profile_id, h.to_profile_id, h.reason, h.undone_by FROM "
                      "identity_history h LEFT JOIN accounts a ON a.id = h.account_id LEFT JOIN "
                      "apps p ON p.id = a.app_id WHERE h.to_profile_id = ? OR h.from_profile_id "
                      "= ? ORDER BY h.at DESC, h.id DESC"),
                  {profileId, profileId})) {
        *status = Sql::failure(q);
        return changes;
    }
    *status = Status::ok();
    while (q.next())
        changes.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString(),
                        !q.value(9).isNull()});
    return changes;
}

QList<ReceivedMessage> ProfileActivity::messages(qint64 profileId, int limit, Status *status) const
{
    QSqlQuery q(m_db);
    QList<ReceivedMessage> messages;
    if (!Sql::run(q,
                  QStringLiteral(
                      "SELECT c.id, c.name, c.channel, p.appid || '/' || a.openid, d.state, "
                      "d.reason, d.errcode, COALESCE(d.sent_at, d.updated_at) AS at FROM "
                      "deliveries d JOIN accounts a ON a.id = d.account_id JOIN campaigns c ON "
                      "c.id = d.campaign_id JOIN apps p ON p.id = a.app_id WHERE a.profile_id = "
                      "? ORDER BY at DESC, d.id DESC LIMIT ?"),
                  {profileId, limit})) {
        *status = Sql::failure(q);
        return messages;
    }
    *status = Status::ok();
    while (q.next())
        messages.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toInt(), q.value(7).toLongLong()});
    return messages;
}
