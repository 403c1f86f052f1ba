#include "TeamSetup.h"

#include "messaging/CampaignApprovals.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamSetup)
};

} // namespace

QStringList TeamSetup::groupRoles()
{
    QStringList names;
    for (const TeamGrants::Role role : TeamGrants::roles())
        names << TeamGrants::roleName(role);
    names << QLatin1String(TeamSetup::kApproverRole);
    return names;
}

Status TeamSetup::requirePostgres() const
{
    if (QSqlDatabase(m_db).driverName() == QLatin1String("QPSQL"))
        return Status::ok();
    return Status::failure(
        Text::tr("Team mode needs a PostgreSQL database: a SQLite file has one user, the person "
                 "at the desk, who is its admin. Start the team on a PostgreSQL database "
                 "(docs/team.md)."));
}

Status TeamSetup::requireRoleManager() const
{
    const StatusOr<QVariant> may = Sql::scalar(
        m_db, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = "
                             "session_user"));
    WX_TRY(may.status());
    if (may.value().toBool())
        return Status::ok();
    const StatusOr<QVariant> login = Sql::scalar(m_db, QStringLiteral("SELECT session_user"));
    WX_TRY(login.status());
    return Status::failure(
        Text::tr("Setting up the team creates PostgreSQL roles, which the login %1 may not do. "
                 "As the PostgreSQL superuser, run ALTER ROLE %1 CREATEROLE once (or create the "
                 "owner with createuser --createrole), then run this again (docs/team.md).")
            .arg(login.value().toString()));
}

// Role and table names here are wxops' own constants or checked by isLoginName: identifiers
// cannot be bound as values, so they are quoted and never taken from free text.
Status TeamSetup::init()
{
    WX_TRY(requirePostgres());
    WX_TRY(requireRoleManager());
    // "trigger … does not exist, skipping" on a first init is no news for the person running it.
    WX_TRY(Sql::execUnprepared(m_db, QStringLiteral("SET client_min_messages = warning")));
    for (const QString &role : groupRoles())
        WX_TRY(Sql::execUnprepared(
            m_db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                 "WHERE rolname = '%1') THEN CREATE ROLE %1 "
                                 "NOLOGIN; END IF; END $$")
                      .arg(role)));
    // The approver reads what a viewer reads: it is a member of wxops_viewer.
    WX_TRY(Sql::execUnprepared(m_db, QStringLiteral("GRANT %1 TO %2")
                                         .arg(TeamGrants::roleName(TeamGrants::Role::Viewer),
                                              QLatin1String(kApproverRole))));
    for (const QString &statement : TeamGrants::grantStatements(QSqlDatabase(m_db).tables()))
        WX_TRY(Sql::execUnprepared(m_db, statement));
    WX_TRY(CampaignApprovals::enforceOnPostgres(m_db));
    WX_TRY(AuditLog::enforceOnPostgres(m_db));
    return Sql::execUnprepared(m_db, QStringLiteral("RESET client_min_messages"));
}

bool TeamSetup::isLoginName(const QString &login)
{
    static const QRegularExpression kLogin(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return kLogin.match(login).hasMatch() && !groupRoles().contains(login) &&
           login != QLatin1String("postgres");
}

QString TeamSetup::groupRoleNamed(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const QString &role : groupRoles())
        if (lower == role || QStringLiteral("wxops_") + lower == role)
            return role;
    return {};
}

Status TeamSetup::add(const QString &login, const QString &groupRole)
{
    WX_TRY(requirePostgres());
    if (!isLoginName(login))
        return Status::failure(
            Text::tr("\"%1\" cannot be a team member's login: use lower-case letters, digits and "
                     "'_', starting with a letter (for example li_na).")
                .arg(login));
    if (!groupRoles().contains(groupRole))
        return Status::failure(Text::tr("\"%1\" is not a wxops role: use admin, marketing, "
                                        "support, viewer or approver.")
                                   .arg(groupRole));
    WX_TRY(requireRoleManager());
    WX_TRY(Sql::execUnprepared(m_db,
                               QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                              "WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; "
                                              "END IF; END $$")
                                   .arg(login)));
    return Sql::execUnprepared(m_db, QStringLiteral("GRANT %1 TO %2").arg(groupRole, login));
}

Status TeamSetup::remove(const QString &login)
{
    WX_TRY(requirePostgres());
    if (!isLoginName(login))
        return Status::failure(Text::tr("\"%1\" is not a team member's login.").arg(login));
    const StatusOr<QList<Member>> all = members();
    WX_TRY(all.status());
    for (const Member &member : all.value())
        if (member.login == login)
            return Sql::execUnprepared(m_db,
                                       QStringLiteral("REVOKE %1 FROM %2")
                                           .arg(member.roles.join(QStringLiteral(", ")), login));
    return Status::failure(Text::tr("%1 is not a member of the team.").arg(login));
}

StatusOr<QList<TeamSetup::Member>> TeamSetup::members() const
{
    WX_TRY(requirePostgres());
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN "
                                 "pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = "
                                 "a.member WHERE g.rolname = ANY (string_to_array(?, ',')) AND NOT "
                                 "m.rolname = ANY (string_to_array(?, ',')) "
                                 "ORDER BY m.rolname, g.rolname"),
                  {groupRoles().join(u','), groupRoles().join(u',')}))
        return Sql::failure(q);
    QList<Member> members;
    while (q.next()) {
        if (members.isEmpty() || members.constLast().login != q.value(0).toString())
            members.append({q.value(0).toString(), {}});
        members.last().roles << q.value(1).toString();
    }
    return members;
}
