#include "OptOutCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "messaging/OptOutList.h"
#include "profiles/ProfileLookup.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OptOutCommand)
};
} // namespace

int runOptOutCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    const QString who = arguments.value(2).trimmed();
    if (!QStringList{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list")}
             .contains(what) ||
        who.isEmpty())
        return fail(Text::tr("optout needs add, remove or list, then an openid, unionid, member "
                             "ID or profile id."),
                    64);
    DbConnection db = database.connections().connection();
    Status status = Status::ok();
    const QList<qint64> found = ProfileLookup(db).find(who, 2, &status);
    if (!status.isOk())
        return fail(status.message());
    if (found.isEmpty())
        return fail(Text::tr("Nobody is found by \"%1\".").arg(who), 65);
    if (found.size() > 1)
        return fail(Text::tr("\"%1\" finds more than one profile; use the profile id (wxops "
                             "lookup %1).")
                        .arg(who),
                    65);
    const qint64 profile = found.constFirst();
    OptOutList list(db, Clock::system());
    if (what == QStringLiteral("list")) {
        QList<OptOutList::Entry> entries;
        if (const Status listed = list.of(profile, &entries); !listed.isOk())
            return fail(listed.message());
        for (const OptOutList::Entry &e : std::as_const(entries))
            out() << QStringLiteral("profile %1\t%2\t%3\t%4\t%5")
                         .arg(profile)
                         .arg(e.channel, e.reason, e.actor,
                              QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODate))
                  << Qt::endl;
        return 0;
    }
    const QString channel = cl.isSet(QStringLiteral("channel"))
                                ? cl.value(QStringLiteral("channel")).trimmed()
                                : QStringLiteral("all");
    const QString reason = cl.value(QStringLiteral("reason"));
    const QString actor = AuditLog::currentActor();
    const Status done = what == QStringLiteral("add")
                            ? list.add(profile, channel, reason, actor)
                            : list.remove(profile, channel, reason, actor);
    if (!done.isOk())
        return fail(done.message(), 65);
    out() << QStringLiteral("profile %1: %2 %3").arg(profile).arg(what, channel) << Qt::endl;
    return 0;
}

Command optOutCommand()
{
    return {
        QStringLiteral("optout"),
        QCoreApplication::translate("CommandLine",
                                    "Opt a person out of campaign messages, or back in."),
        QStringLiteral("optout add|remove TEXT [--channel C] --reason R\noptout list TEXT"),
        {
            QCommandLineOption(
                QStringLiteral("channel"),
                QCoreApplication::translate(
                    "CommandLine", "optout: all (default), template, custom, subscribe or mass."),
                QStringLiteral("channel")),
            QCommandLineOption(
                QStringLiteral("reason"),
                QCoreApplication::translate("CommandLine", "optout: why; kept in the audit log."),
                QStringLiteral("text")),
        },
        &runOptOutCommand};
}
