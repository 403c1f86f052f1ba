#include "AudienceHistory.h"

#include "EmulatorState.h"

#include <QTimeZone>

QDate AudienceHistory::beijingDay(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(8 * 3600)).date();
}

AudienceHistory::AudienceHistory(const EmulatorState &state) : m_state(state)
{
    const Population &population = state.population();
    for (int i = 0; i < population.options().followers; ++i) {
        const int source = population.userSource(i);
        ++m_follows[beijingDay(population.subscribeTime(i)).toJulianDay()][source].followed;
        if (const qint64 left = population.baseUnsubscribeTime(i))
            ++m_follows[beijingDay(left).toJulianDay()][source].unfollowed;
    }
    for (int i = 0; i < population.options().mpUsers; ++i)
        ++m_firstVisits[beijingDay(population.firstSeenMsecs(i) / 1000).toJulianDay()];
}

QHash<int, AudienceHistory::SourceCounts> AudienceHistory::followsOn(const QDate &day) const
{
    const auto it = m_follows.find(day.toJulianDay());
    QHash<int, SourceCounts> counts =
        it == m_follows.end() ? QHash<int, SourceCounts>() : it->second;
    const Population &population = m_state.population();
    for (auto u = m_state.runTimeUnsubscribes().cbegin(); u != m_state.runTimeUnsubscribes().cend();
         ++u)
        if (beijingDay(u.value() / 1000) == day)
            ++counts[population.userSource(u.key())].unfollowed;
    return counts;
}

qint64 AudienceHistory::followersAt(const QDate &day) const
{
    qint64 followers = 0;
    const qint64 last = day.toJulianDay();
    for (auto it = m_follows.cbegin(); it != m_follows.cend() && it->first <= last; ++it)
        for (const SourceCounts &c : it->second)
            followers += c.followed - c.unfollowed;
    for (const qint64 when : m_state.runTimeUnsubscribes())
        followers -= beijingDay(when / 1000).toJulianDay() <= last;
    return followers;
}

int AudienceHistory::firstVisitsOn(const QDate &day) const
{
    const auto it = m_firstVisits.find(day.toJulianDay());
    return it == m_firstVisits.end() ? 0 : it->second;
}

qint64 AudienceHistory::mpUsersAt(const QDate &day) const
{
    qint64 users = 0;
    const qint64 last = day.toJulianDay();
    for (auto it = m_firstVisits.cbegin(); it != m_firstVisits.cend() && it->first <= last; ++it)
        users += it->second;
    return users;
}
