#pragma once

#include "storage/DbConnection.h"
#include "team/TeamGrants.h"
#include "util/StatusOr.h"

// Team mode on PostgreSQL: the group roles, their grants table by table (TeamGrants), and the
// members, each logging in as a database user of their own. SQLite is single-user: each call
// refuses there with a message that says so.
class TeamSetup
{
public:
    static constexpr const char *kApproverRole = TeamGrants::kApproverRole;

    struct Member
    {
        QString login;
        QStringList roles; // wxops_* group roles it belongs to
    };

    explicit TeamSetup(DbConnection db) : m_db(db) {}

    // Creates the roles that are missing and grants each table as TeamGrants decides (again:
    // it is safe to run after every upgrade). Run by the database's owner.
    Status init();
    // Makes `login` (created when missing, without a password: the server's own
    // authentication, ~/.pgpass or peer, decides how it logs in) a member of `groupRole`, one
    // of groupRoles().
    Status add(const QString &login, const QString &groupRole);
    // Takes every wxops role from `login`; the login itself stays (it may serve elsewhere).
    Status remove(const QString &login);
    StatusOr<QList<Member>> members() const;

    // A login name wxops accepts: lower-case letters, digits and '_', starting with a letter,
    // at most 63 characters (PostgreSQL's limit), not one of wxops' own roles.
    static bool isLoginName(const QString &login);
    // The group role a person names: "marketing" or "wxops_marketing", "approver"...; empty
    // when it is none of wxops' roles.
    static QString groupRoleNamed(const QString &name);
    // wxops_admin, wxops_marketing, wxops_support, wxops_viewer and wxops_approver.
    static QStringList groupRoles();

private:
    Status requirePostgres() const;
    // Creating and granting roles needs CREATEROLE (or a superuser): said plainly up front
    // rather than as PostgreSQL's "permission denied to create role".
    Status requireRoleManager() const;

    DbConnection m_db;
};
