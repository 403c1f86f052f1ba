#include "TeamAccess.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "team/TeamGrants.h"

#include <QSqlQuery>

namespace {
QString role(TeamGrants::Role role)
{
    return TeamGrants::roleName(role);
}
} // namespace

QStringList TeamAccess::rolesFor(Work work)
{
    const QString admin = role(TeamGrants::Role::Admin);
    switch (work) {
    case Work::ManageApps:
    case Work::SyncAndImport:
        return {admin};
    case Work::EditSegments:
    case Work::SendCampaigns:
        return {admin, role(TeamGrants::Role::Marketing)};
    case Work::ApproveCampaigns:
        return {admin, QLatin1String(TeamGrants::kApproverRole)};
    case Work::FixPeople:
        return {admin, role(TeamGrants::Role::Support)};
    case Work::OptOuts:
        return {admin, role(TeamGrants::Role::Marketing), role(TeamGrants::Role::Support)};
    }
    return {admin};
}

bool TeamAccess::may(Work work) const
{
    if (m_mode != Mode::Team || m_owner)
        return true;
    for (const QString &needed : rolesFor(work))
        if (m_roles.contains(needed))
            return true;
    return false;
}

TeamAccess TeamAccess::member(const QString &login, const QStringList &roles)
{
    TeamAccess access;
    access.m_mode = Mode::Team;
    access.m_login = login;
    access.m_roles = roles;
    return access;
}

StatusOr<TeamAccess> TeamAccess::read(DbConnection db)
{
    TeamAccess access;
    if (SqlDialect::of(db).backend() != DatabaseSpec::Backend::Postgres)
        return access;
    // A team exists where `wxops team init` installed its audit trigger (roles are the
    // cluster's, shared by every database on it; the trigger is this database's).
    const StatusOr<QVariant> team =
        Sql::scalar(db, QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = ?"),
                    {QLatin1String(TeamGrants::kTeamMarkerTrigger)});
    WX_TRY(team.status());
    access.m_mode = team.value().isValid() ? Mode::Team : Mode::NoTeam;
    QSqlQuery q(db);
    if (!Sql::run(q, QStringLiteral("SELECT session_user, r.rolsuper OR d.datdba = r.oid FROM "
                                    "pg_roles r, pg_database d WHERE r.rolname = session_user AND "
                                    "d.datname = current_database()")))
        return Sql::failure(q);
    if (q.next()) {
        access.m_login = q.value(0).toString();
        access.m_owner = q.value(1).toBool();
    }
    if (!Sql::run(q, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'wxops\\_%' "
                                    "AND pg_has_role(session_user, oid, 'MEMBER') ORDER BY "
                                    "rolname")))
        return Sql::failure(q);
    while (q.next())
        access.m_roles << q.value(0).toString();
    return access;
}
