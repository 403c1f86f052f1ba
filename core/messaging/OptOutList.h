#pragma once

#include "util/Status.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class Clock;

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

    OptOutList(QSqlDatabase db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static QStringList channels(); // "all", then the campaign channels
    Status add(qint64 profileId, const QString &channel, const QString &reason,
               const QString &actor);
    Status remove(qint64 profileId, const QString &channel, const QString &reason,
                  const QString &actor);
    Status of(qint64 profileId, QList<Entry> *entries) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};
