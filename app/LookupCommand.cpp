#include "LookupCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "identity/IdentityLinker.h"
#include "profiles/ProfileLookup.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace CommandOutput;

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LookupCommand)
};
} // namespace

int runLookupCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString text = arguments.mid(1).join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(
            Text::tr("lookup needs something to look for: an openid, unionid, member ID, remark "
                     "or profile id."),
            64);
    ProfileLookup lookup(database.connections().connection());
    Status status = Status::ok();
    const QList<qint64> ids = lookup.find(text, 50, &status);
    if (!status.isOk())
        return fail(status.message());
    QList<ProfileSummary> profiles;
    for (qint64 id : ids) {
        ProfileSummary profile;
        if (lookup.load(id, &profile, &status)) // false: merged away since it was found
            profiles.append(profile);
        if (!status.isOk())
            return fail(status.message());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const ProfileSummary &p : std::as_const(profiles))
            json.append(p.toJson());
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return profiles.isEmpty() ? 1 : 0;
    }
    if (profiles.isEmpty())
        return fail(Text::tr("No profile matches \"%1\".").arg(text));
    for (const ProfileSummary &p : std::as_const(profiles)) {
        out() << Text::tr("profile %1  member ID %2  %3 events")
                     .arg(p.id)
                     .arg(p.memberId.isEmpty() ? QStringLiteral("-") : p.memberId)
                     .arg(p.eventCount)
              << Qt::endl;
        for (const AccountSummary &a : p.accounts)
            out() << QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                         .arg(a.kind, a.appid, a.openid,
                              a.unionid.isEmpty() ? QStringLiteral("-") : a.unionid,
                              a.kind == QStringLiteral("oa")
                                  ? (a.subscribed ? Text::tr("subscribed")
                                                  : Text::tr("unsubscribed"))
                                  : QString())
                  << Qt::endl;
    }
    return 0;
}

int runIdentityCommand(const QStringList &arguments, const CommandLine &, Database &database)
{
    if (arguments.value(1) != QStringLiteral("rebuild"))
        return fail(Text::tr("identity needs rebuild: wxops identity rebuild"), 64);
    QElapsedTimer timer;
    timer.start();
    IdentityLinker linker(database.connections().connection(), Clock::system());
    const Status status = linker.rebuild(AuditLog::currentActor());
    if (!status.isOk())
        return fail(status.message());
    out()
        << QStringLiteral("rebuilt identity links in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

Command lookupCommand()
{
    return {QStringLiteral("lookup"),
            QCoreApplication::translate(
                "CommandLine", "Find a person by any identifier and show every linked account."),
            QStringLiteral("lookup TEXT [--json]"),
            {
                CommonOptions::json(),
            },
            &runLookupCommand};
}

Command identityCommand()
{
    return {QStringLiteral("identity"),
            QCoreApplication::translate("CommandLine",
                                        "Link every account into profiles again by the rules."),
            QStringLiteral("identity rebuild"),
            {},
            &runIdentityCommand};
}
