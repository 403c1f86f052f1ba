#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QList>

// Table `campaign_approvals`: a second pair of eyes on big sends (issue 21, docs/team.md). On a
// team's PostgreSQL database a campaign over the team's threshold (TeamSettings), and every
// mass send, moves from draft to running only with an approval of its current revision by a
// member other than its author (wxops_admin or wxops_approver). PostgreSQL enforces it with
// the triggers `enforceOnPostgres` installs, whoever writes the SQL; this class records the
// decisions and says what a campaign is waiting for. SQLite has one user and no approvals.
class CampaignApprovals
{
public:
    enum class Decision
    {
        Approved,
        Rejected
    };
    struct Entry
    {
        qint64 id = 0;
        int revision = 0;
        Decision decision = Decision::Approved;
        QString actor; // the database login that decided (the server sets it)
        QString comment;
        qint64 recipients = 0; // the audience the approver saw
        qint64 at = 0;
    };
    // What stands between a draft and its start.
    enum class Need
    {
        None,     // no approval needed (small, not a mass send, or no team)
        Waiting,  // needed and none of the current revision yet
        Approved, // the current revision is approved by someone other than its author
        Rejected, // the newest decision on the current revision is a rejection
    };

    explicit CampaignApprovals(DbConnection db) : m_db(db) {}

    // Installs the rules (run by `wxops team init`; safe to run again).
    static Status enforceOnPostgres(DbConnection db);
    // True on a database whose team is set up: approvals are enforced there.
    StatusOr<bool> enforced() const;

    // Records a decision on `revision` of campaign `campaignId`, audited. The database refuses
    // it when the campaign changed since (another revision), is no longer a draft, was written
    // by this login, or this login may not approve.
    Status decide(qint64 campaignId, int revision, Decision decision, const QString &comment,
                  qint64 recipients, const QString &actor);
    StatusOr<QList<Entry>> of(qint64 campaignId) const; // oldest first

    // On a database where approvals are enforced(): whether a campaign of `revision`, a mass
    // send or not, to `recipients`, needs and has an approval; `newest` (when given) is the
    // newest decision on that revision.
    StatusOr<Need> need(qint64 campaignId, int revision, bool massSend, qint64 recipients,
                        Entry *newest = nullptr) const;

private:
    DbConnection m_db;
};
