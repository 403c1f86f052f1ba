#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>

// One day's audience of the two apps as one: people who follow an Official Account only, use
// the Mini Program only, or both, at the end of that day (Beijing time).
struct AudienceDay
{
    QDate day;
    qint64 oaOnly = 0;
    qint64 mpOnly = 0;
    qint64 both = 0;
    // The share of the day's followers who also use the Mini Program (0 without followers).
    double followersUsingMp() const
    {
        return oaOnly + both > 0 ? double(both) / double(oaOnly + both) : 0.0;
    }
    bool operator==(const AudienceDay &) const = default;
};

// Reads table `accounts`: a person follows on a day when one of their Official Account
// accounts had followed by its end (subscribe_time) and not unfollowed by then
// (unsubscribed_at, as the sync detected it); they use the Mini Program from the day it first
// saw them (first_seen). An account not linked to a profile is a person of its own.
class CrossPlatformAudience
{
public:
    explicit CrossPlatformAudience(DbConnection db) : m_db(db) {}

    StatusOr<QList<AudienceDay>> perDay(const QDate &from, const QDate &to) const;

    // One account as the count needs it: times in msecs, 0 for none.
    struct AccountTimes
    {
        qint64 person = 0;
        bool officialAccount = false;
        qint64 since = 0;       // subscribe_time (OA) or first_seen (MP); 0: never
        qint64 leftAt = 0;      // unsubscribed_at (OA); 0: still following
        bool following = false; // accounts.subscribed
    };
    // Counts `accounts`, which come grouped by person, for each day of [from, to].
    class Counter
    {
    public:
        Counter(const QDate &from, const QDate &to);
        void add(const AccountTimes &account); // in person order
        QList<AudienceDay> finish();

    private:
        void flushPerson();

        QDate m_from;
        int m_days;
        // Per state (1 OA only, 2 MP only, 3 both): +1/-1 where a run of days starts and ends.
        QList<qint64> m_change[4];
        qint64 m_person = 0;
        bool m_havePerson = false;
        QList<std::pair<qint64, qint64>> m_following; // [first day, end day) as day offsets
        qint64 m_mpFrom = 0;                          // day offset; m_days + 1: never
    };

private:
    DbConnection m_db;
};
