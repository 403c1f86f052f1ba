#include "RoleGate.h"

#include "team/TeamGrants.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoleGate)
};

QString titles(const QStringList &roles)
{
    QStringList words;
    for (const QString &role : roles)
        words << RoleGate::roleTitle(role);
    return words.join(Text::tr(" or "));
}
} // namespace

QString RoleGate::roleTitle(const QString &groupRole)
{
    if (groupRole == TeamGrants::roleName(TeamGrants::Role::Admin))
        return Text::tr("admin");
    if (groupRole == TeamGrants::roleName(TeamGrants::Role::Marketing))
        return Text::tr("marketing");
    if (groupRole == TeamGrants::roleName(TeamGrants::Role::Support))
        return Text::tr("support");
    if (groupRole == TeamGrants::roleName(TeamGrants::Role::Viewer))
        return Text::tr("viewer");
    if (groupRole == QLatin1String(TeamGrants::kApproverRole))
        return Text::tr("approver");
    return groupRole;
}

QString RoleGate::refusal(TeamAccess::Work work) const
{
    const QStringList held = m_access.roles();
    return Text::tr("Needs the %1 role; you are %2. Ask a wxops admin (docs/team.md).")
        .arg(titles(TeamAccess::rolesFor(work)),
             held.isEmpty() ? Text::tr("in no wxops role") : titles(held));
}

void RoleGate::setEnabled(QWidget *widget, TeamAccess::Work work, bool enabled,
                          const QString &tip) const
{
    const bool allowed = m_access.may(work);
    widget->setEnabled(enabled && allowed);
    widget->setToolTip(allowed ? tip : refusal(work));
}

void RoleGate::setEnabled(QAction *action, TeamAccess::Work work, bool enabled) const
{
    const bool allowed = m_access.may(work);
    action->setEnabled(enabled && allowed);
    if (!allowed)
        action->setToolTip(refusal(work));
}

QString RoleGate::whoIsHere() const
{
    switch (m_access.mode()) {
    case TeamAccess::Mode::SingleDesk:
        return Text::tr("One user: this is a SQLite file, and the person at this desk is its "
                        "admin. Teams share a PostgreSQL database (docs/team.md).");
    case TeamAccess::Mode::NoTeam:
        return Text::tr("%1, on a PostgreSQL database without a team: every login may do "
                        "everything until its owner runs wxops team init (docs/team.md).")
            .arg(m_access.login());
    case TeamAccess::Mode::Team:
        break;
    }
    if (m_access.isOwner())
        return Text::tr("%1, the database's owner: may do everything.").arg(m_access.login());
    return Text::tr("%1: %2, on a team's PostgreSQL database.")
        .arg(m_access.login(),
             m_access.roles().isEmpty() ? Text::tr("in no wxops role") : titles(m_access.roles()));
}
