#include "TeamCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "messaging/CampaignApprovals.h"
#include "storage/Database.h"
#include "team/TeamSettings.h"
#include "team/TeamSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)
};

int list(const CommandLine &cl, TeamSetup &team)
{
    const StatusOr<QList<TeamSetup::Member>> members = team.members();
    if (!members.isOk())
        return fail(members.status().message());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const TeamSetup::Member &member : members.value())
            json.append(
                QJsonObject{{QStringLiteral("login"), member.login},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(member.roles)}});
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (members.value().isEmpty())
        err() << Text::tr("The team has no members yet: add one with wxops team add LOGIN "
                          "--role ROLE.")
              << Qt::endl;
    for (const TeamSetup::Member &member : members.value())
        out() << member.login << '\t' << member.roles.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}
// `team threshold` shows, `team threshold N` sets, the size above which a campaign needs
// another member's approval (every mass send needs one).
int threshold(const QString &given, DbConnection db)
{
    TeamSettings settings(db);
    if (!given.isEmpty()) {
        bool isNumber = false;
        const qint64 recipients = given.toLongLong(&isNumber);
        if (!isNumber || recipients < 0)
            return fail(Text::tr("team threshold takes a number of recipients (0 or more), not "
                                 "\"%1\".")
                            .arg(given),
                        64);
        if (const Status set = settings.setApprovalThreshold(recipients); !set.isOk())
            return fail(set.message(), 65);
    }
    const StatusOr<qint64> now = settings.approvalThreshold();
    if (!now.isOk())
        return fail(now.status().message());
    out() << Text::tr("A campaign to more than %1 recipients, and every mass send, needs another "
                      "member's approval.")
                 .arg(now.value())
          << Qt::endl;
    const StatusOr<bool> enforced = CampaignApprovals(db).enforced();
    if (enforced.isOk() && !enforced.value())
        err() << Text::tr("This database has no team, so nobody is asked yet: approvals apply "
                          "once wxops team init has run on a PostgreSQL database.")
              << Qt::endl;
    return 0;
}
} // namespace

int runTeamCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    const QString login = arguments.value(2).trimmed();
    TeamSetup team(database.connections().connection());
    if (what == QStringLiteral("init")) {
        if (const Status done = team.init(); !done.isOk())
            return fail(done.message());
        out() << Text::tr("Team mode is set up: roles wxops_admin, wxops_marketing, "
                          "wxops_support, wxops_viewer and wxops_approver hold their grants. Add "
                          "members with wxops team add LOGIN --role ROLE.")
              << Qt::endl;
        return 0;
    }
    if (what == QStringLiteral("list"))
        return list(cl, team);
    if (what == QStringLiteral("threshold"))
        return threshold(arguments.value(2), database.connections().connection());
    if ((what == QStringLiteral("add") || what == QStringLiteral("remove")) && login.isEmpty())
        return fail(Text::tr("team %1 needs the member's database login.").arg(what), 64);
    if (what == QStringLiteral("add")) {
        const QString role = TeamSetup::groupRoleNamed(cl.value(QStringLiteral("role")));
        if (role.isEmpty())
            return fail(Text::tr("team add needs --role admin, marketing, support, viewer or "
                                 "approver."),
                        64);
        if (const Status done = team.add(login, role); !done.isOk())
            return fail(done.message(), 65);
        out() << Text::tr("%1 is now in %2.").arg(login, role) << Qt::endl;
        return 0;
    }
    if (what == QStringLiteral("remove")) {
        if (const Status done = team.remove(login); !done.isOk())
            return fail(done.message(), 65);
        out() << Text::tr("%1 has no wxops role now; the login itself is kept.").arg(login)
              << Qt::endl;
        return 0;
    }
    return fail(Text::tr("team needs init, add, list, remove or threshold."), 64);
}

Command teamCommand()
{
    return {QStringLiteral("team"),
            QCoreApplication::translate("CommandLine",
                                        "Set up team mode on PostgreSQL and manage its members "
                                        "(docs/team.md)."),
            QStringLiteral("team init\nteam add LOGIN --role ROLE\nteam list [--json]\nteam "
                           "remove LOGIN\nteam threshold [N]"),
            {
                QCommandLineOption(
                    QStringLiteral("role"),
                    QCoreApplication::translate(
                        "CommandLine", "team add: admin, marketing, support, viewer or approver."),
                    QStringLiteral("role")),
                CommonOptions::json(),
            },
            &runTeamCommand};
}
