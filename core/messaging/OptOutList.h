#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "util/StatusOr.h"

#include <QList>
#include <QString>

class Clock;
class PreparedStatements;

// The people who asked not to get campaign messages, on every channel ("all") or on one.
// Support edits it (each change is in the audit log with its actor and reason); campaigns
// honour it when they start and again just before each send. An opt-out belongs to the
// person: when profiles merge it moves along (IdentityLinker), and a rebuild keeps it.
class OptOutList
{
public:
    struct Entry
    {
        QString channel; // "all" or a campaign channel
        QString reason;
        QString actor;
        qint64 at = 0;
    };

    OptOutList(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static QStringList channels(); // "all", then the campaign channels
    Status add(qint64 profileId, const QString &channel, const QString &reason,
               const QString &actor);
    Status remove(qint64 profileId, const QString &channel, const QString &reason,
                  const QString &actor);
    Status of(qint64 profileId, QList<Entry> *entries) const;

    // A person's opt-outs go with their accounts, never with an empty profile.
    // When a profile merges into `heir` (on the linker's prepared statements, per merge):
    static Status inherit(PreparedStatements &sql, qint64 fromProfile, qint64 heir);
    // Around a rebuild, which makes the profiles anew: each opt-out is kept by the accounts of
    // its profile, then given back to the profiles those accounts land in.
    struct Kept
    {
        qint64 accountId = 0;
        Entry entry;
    };
    static StatusOr<QList<Kept>> keepByAccount(DbConnection db);
    static Status giveBack(DbConnection db, const QList<Kept> &kept);

private:
    DbConnection m_db;
    const Clock &m_clock;
};
