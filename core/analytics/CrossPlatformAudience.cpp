#include "CrossPlatformAudience.h"

#include "BeijingDays.h"
#include "storage/Sql.h"

#include <algorithm>
#include <limits>
#include <QSqlQuery>

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;
} // namespace

CrossPlatformAudience::Counter::Counter(const QDate &from, const QDate &to)
    : m_from(from), m_days(std::max(0, int(from.daysTo(to)) + 1))
{
    for (QList<qint64> &change : m_change)
        change.resize(m_days + 1);
    m_mpFrom = kNever;
}

void CrossPlatformAudience::Counter::add(const AccountTimes &account)
{
    if (!m_havePerson || account.person != m_person) {
        flushPerson();
        m_person = account.person;
        m_havePerson = true;
    }
    if (account.since <= 0)
        return;
    const qint64 first = BeijingDays::dayOf(account.since) - m_from.toJulianDay();
    if (!account.officialAccount) {
        m_mpFrom = std::min(m_mpFrom, first);
        return;
    }
    qint64 end = kNever; // still following
    if (!account.following) {
        if (account.leftAt <= 0)
            return; // not following, and when they left is unknown: never counted
        end = BeijingDays::dayOf(account.leftAt) - m_from.toJulianDay();
    }
    if (end > first)
        m_following.append({first, end});
}

// The person's days fall into runs of one state each, split where a following starts or
// ends or the Mini Program first saw them: each run is two entries in the change lists.
void CrossPlatformAudience::Counter::flushPerson()
{
    if (!m_havePerson)
        return;
    QList<qint64> breaks{0, m_days};
    auto addBreak = [&](qint64 day) {
        if (day > 0 && day < m_days)
            breaks.append(day);
    };
    for (const auto &[first, end] : m_following) {
        addBreak(first);
        addBreak(end);
    }
    addBreak(m_mpFrom);
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    for (qsizetype i = 0; i + 1 < breaks.size(); ++i) {
        const qint64 day = breaks.at(i);
        const bool follows =
            std::any_of(m_following.cbegin(), m_following.cend(),
                        [day](const auto &run) { return run.first <= day && day < run.second; });
        const int state = (follows ? 1 : 0) + (m_mpFrom <= day ? 2 : 0);
        if (state == 0)
            continue;
        ++m_change[state][day];
        --m_change[state][breaks.at(i + 1)];
    }
    m_following.clear();
    m_mpFrom = kNever;
    m_havePerson = false;
}

QList<AudienceDay> CrossPlatformAudience::Counter::finish()
{
    flushPerson();
    QList<AudienceDay> days;
    qint64 running[4] = {0, 0, 0, 0};
    for (int d = 0; d < m_days; ++d) {
        for (int state = 1; state <= 3; ++state)
            running[state] += m_change[state][d];
        days.append({m_from.addDays(d), running[1], running[2], running[3]});
    }
    return days;
}

StatusOr<QList<AudienceDay>> CrossPlatformAudience::perDay(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Accounts that existed by the end of `to`, grouped by person (a profile, or the
    // account itself when it has none).
    const qint64 end = BeijingDays::startOf(to.addDays(1));
    if (!Sql::run(
            q,
            QStringLiteral("SELECT COALESCE(a.profile_id, -a.id) AS person, p.kind, "
                           "CASE WHEN p.kind = 'oa' THEN a.subscribe_time ELSE a.first_seen END, "
                           "a.unsubscribed_at, a.subscribed FROM accounts a JOIN apps p ON p.id = "
                           "a.app_id WHERE (CASE WHEN p.kind = 'oa' THEN a.subscribe_time ELSE "
                           "a.first_seen END) < ? ORDER BY person"),
            {end}))
        return Sql::failure(q);
    Counter counter(from, to);
    while (q.next())
        counter.add({q.value(0).toLongLong(), q.value(1).toString() == QStringLiteral("oa"),
                     q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt() == 1});
    return counter.finish();
}
