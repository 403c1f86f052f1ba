#include "FollowActivity.h"

#include "BeijingDays.h"
#include "storage/Sql.h"

#include <QSqlQuery>

StatusOr<QList<FollowDay>> FollowActivity::perDay(qint64 appRowId, const QDate &from,
                                                  const QDate &to) const
{
    QList<FollowDay> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append({d, 0, 0});
    const qint64 begin = BeijingDays::startOf(from);
    const qint64 end = BeijingDays::startOf(to.addDays(1));
    auto count = [&](const QString &column, qint64 FollowDay::*field) -> Status {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!Sql::run(q,
                      QStringLiteral("SELECT %1 FROM accounts WHERE app_id = ? AND %1 >= ? AND "
                                     "%1 < ?")
                          .arg(column),
                      {appRowId, begin, end}))
            return Sql::failure(q);
        while (q.next()) {
            const qint64 offset = BeijingDays::dayOf(q.value(0).toLongLong()) - from.toJulianDay();
            if (offset >= 0 && offset < days.size())
                ++(days[offset].*field);
        }
        return Status::ok();
    };
    WX_TRY(count(QStringLiteral("subscribe_time"), &FollowDay::follows));
    WX_TRY(count(QStringLiteral("unsubscribed_at"), &FollowDay::unfollows));
    return days;
}
