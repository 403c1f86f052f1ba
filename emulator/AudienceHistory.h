#pragma once

#include <map>
#include <QDate>
#include <QHash>

class EmulatorState;

// Per Beijing day: follows and unfollows by WeChat's user_source, and first Mini Program
// visits, derived from the population (and the unfollows made at run time), so that the
// statistics wxemu serves agree with the followers it lists: the cumulative count on a day is
// the followers on that day, and new minus cancelled is each day's change.
class AudienceHistory
{
public:
    explicit AudienceHistory(const EmulatorState &state);

    struct SourceCounts
    {
        int followed = 0;
        int unfollowed = 0;
    };
    // user_source -> counts, for `day`.
    QHash<int, SourceCounts> followsOn(const QDate &day) const;
    // Followers at the end of `day`.
    qint64 followersAt(const QDate &day) const;
    int firstVisitsOn(const QDate &day) const;
    // Mini Program users seen by the end of `day`.
    qint64 mpUsersAt(const QDate &day) const;

    static QDate beijingDay(qint64 secs);

private:
    const EmulatorState &m_state;
    // Julian day -> source -> counts, before run-time unfollows.
    std::map<qint64, QHash<int, SourceCounts>> m_follows;
    std::map<qint64, int> m_firstVisits;
};
