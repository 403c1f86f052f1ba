#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What each team role may do to each table on PostgreSQL (issue 21, docs/team.md): the one
// place the grants are decided. `wxops team init` and each migration grant from it; a test
// (tst_tableowners) fails when a table of the schema has no decision here.
// Every role reads every table it can see (SELECT); the letters say what it may change:
// "i" INSERT, "u" UPDATE, "d" DELETE. audit_log is insert-only for everyone.
struct TableGrant
{
    const char *table;
    const char *admin;
    const char *marketing;
    const char *support;
    // wxops_viewer reads everything and changes nothing.
};

namespace TeamGrants {

enum class Role
{
    Admin,
    Marketing,
    Support,
    Viewer
};

const QList<TableGrant> &all();
// The decision for `table`, or nullptr when there is none.
const TableGrant *of(const QString &table);
// The PostgreSQL group role of `role`: wxops_admin, wxops_marketing, wxops_support, wxops_viewer.
QString roleName(Role role);
// "SELECT, INSERT, UPDATE" and so on: what `role` may do to `table`.
QString privileges(const TableGrant &grant, Role role);
// Every wxops group role with table grants, in order: admin, marketing, support, viewer.
const QList<Role> &roles();
// The PostgreSQL statements that give each role exactly its privileges on every table and
// the sequences (REVOKE then GRANT: safe to run again), for the tables of `existing` (a
// migration runs them before later tables exist). `wxops team init` runs them, and so does
// each migration on a database whose team exists, so a table it adds is granted at once.
QStringList grantStatements(const QStringList &existing);
// Approves big sends (with wxops_admin). It reads what wxops_viewer reads (its member) and may
// insert only approvals and their audit lines: a person has it beside their own role.
inline constexpr const char *kApproverRole = "wxops_approver";
// The tables wxops_approver inserts into.
inline constexpr const char *kApproverInserts[] = {"campaign_approvals", "audit_log"};
// The trigger that shows a PostgreSQL database has a team: `wxops team init` installs it (the
// roles alone say nothing: they are the cluster's, shared by all its databases).
inline constexpr const char *kTeamMarkerTrigger = "audit_log_actor";

} // namespace TeamGrants
