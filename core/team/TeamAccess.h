#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the person at this console may do, read once at start from the database (issue 21):
// on a team's PostgreSQL database their login's wxops roles; on SQLite, or a PostgreSQL
// database without a team, everything (one desk, its admin). The UI shows what is outside the
// roles disabled, naming the role it needs; PostgreSQL refuses it anyway (TeamGrants).
class TeamAccess
{
public:
    enum class Work
    {
        ManageApps,       // apps and their secrets: admin
        SyncAndImport,    // follower syncs, imports, statistics fetches: admin
        EditSegments,     // segments, tags, QR codes: admin, marketing
        SendCampaigns,    // compose, start, pause, cancel: admin, marketing
        ApproveCampaigns, // approve or reject a big send: admin, approver
        FixPeople,        // links, unlinks, merges, conflicts: admin, support
        OptOuts,          // a person's opt-outs: admin, marketing, support
    };
    enum class Mode
    {
        SingleDesk, // SQLite: one user, the admin
        NoTeam,     // PostgreSQL without `wxops team init`: everyone may do everything
        Team,
    };

    // Everything allowed (SQLite's single desk): the default until read() says otherwise.
    TeamAccess() = default;
    static StatusOr<TeamAccess> read(DbConnection db);
    // For tests and the screenshots of each role: a team member holding `roles`.
    static TeamAccess member(const QString &login, const QStringList &roles);

    Mode mode() const { return m_mode; }
    QString login() const { return m_login; }
    QStringList roles() const { return m_roles; } // wxops_* group roles held
    bool isOwner() const { return m_owner; }
    bool may(Work work) const;
    // The roles that may do `work`, as their group role names (wxops_marketing, ...).
    static QStringList rolesFor(Work work);

private:
    Mode m_mode = Mode::SingleDesk;
    QString m_login;
    QStringList m_roles;
    bool m_owner = false; // owns the database or is a superuser: may do everything
};
