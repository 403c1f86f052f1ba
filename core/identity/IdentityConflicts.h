#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QList>

class Clock;

// The review list: pairs of profiles the linking rules would have merged although each holds a
// different unionid (IdentityLinker records them). Support reads the open ones and marks a
// pair reviewed, which is audited.
class IdentityConflicts
{
public:
    struct Conflict
    {
        qint64 id = 0;
        qint64 profileA = 0;
        qint64 profileB = 0;
        QString reason;
        qint64 createdAt = 0;
    };

    IdentityConflicts(DbConnection db, const Clock &clock);

    StatusOr<QList<Conflict>> open() const;
    StatusOr<qint64> openCount() const;
    // Refused when the pair is no longer open (someone else reviewed it first).
    Status markReviewed(qint64 id, const QString &actor);
    // Records the pair once (a pair already recorded stays as it is).
    Status record(qint64 profileA, qint64 profileB, const QString &reason);
    // A rebuild finds the open conflicts again; reviewed ones are kept.
    Status forgetOpen();

private:
    DbConnection m_db;
    const Clock &m_clock;
};
