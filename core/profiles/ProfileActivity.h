#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"

#include <QDate>
#include <QList>
#include <QStringList>

// One event on a person's timeline.
struct TimelineEvent
{
    qint64 at = 0; // epoch ms
    QString kind;  // "oa" or "mp"
    QString appName;
    QString name;
    QString props; // JSON text as stored
};

struct TimelineFilter
{
    QString kind; // empty: both platforms
    QString name; // empty: every event name
    QDate from;   // invalid: open
    QDate to;     // invalid: open (inclusive)
};

// A change in who a profile's accounts are, for the identity history.
struct IdentityChange
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action; // link, merge, manual_link, unlink, undo
    qint64 accountId = 0;
    QString account; // "appid/openid"
    qint64 fromProfile = 0;
    qint64 toProfile = 0;
    QString reason;
    bool undone = false;
};

// A message a campaign sent (or meant to send) to one of the person's accounts.
struct ReceivedMessage
{
    qint64 campaignId = 0;
    QString campaign;
    QString channel; // template, custom, mass, subscribe
    QString account; // "appid/openid"
    QString state;   // pending, sending, sent, failed, skipped, unknown
    QString reason;  // why skipped or unknown
    int errcode = 0;
    qint64 at = 0; // sent, or last changed
};

// Events and history of one profile, each read with one indexed query.
class ProfileActivity
{
public:
    explicit ProfileActivity(DbConnection db) : m_db(db) {}

    QList<TimelineEvent> timeline(qint64 profileId, const TimelineFilter &filter, int limit,
                                  int offset, Status *status) const;
    qint64 timelineCount(qint64 profileId, const TimelineFilter &filter, Status *status) const;
    QStringList eventNames(qint64 profileId, Status *status) const;

    struct WeekCount
    {
        QDate weekStart; // Monday, Beijing time
        int oa = 0;
        int mp = 0;
    };
    // Events per week and platform, oldest first, weeks without events left out.
    QList<WeekCount> weeklyActivity(qint64 profileId, Status *status) const;

    QList<IdentityChange> history(qint64 profileId, Status *status) const;
    // The person's deliveries across campaigns, newest first (through the accounts it holds
    // now, so a re-linked account brings its messages along).
    QList<ReceivedMessage> messages(qint64 profileId, int limit, Status *status) const;

private:
    QString where(const TimelineFilter &filter, QVariantList *values) const;

    DbConnection m_db;
};
