#include "CampaignCommand.h"

#include "analytics/CampaignOutcome.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/SecretStore.h"
#include "InterruptWatcher.h"
#include "messaging/CampaignRun.h"
#include "messaging/CampaignStore.h"
#include "messaging/ChannelSender.h"
#include "messaging/OutboxRunner.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "team/TeamAccess.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommand)
};

QJsonObject countsJson(const CampaignStore::Counts &counts)
{
    QJsonObject states;
    for (DeliveryState state : States::allDeliveryStates())
        states.insert(States::text(state), counts.count(state));
    QJsonObject reasons;
    for (auto it = counts.byReason.constBegin(); it != counts.byReason.constEnd(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonObject errcodes;
    for (auto it = counts.byErrcode.constBegin(); it != counts.byErrcode.constEnd(); ++it)
        errcodes.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("states"), states},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("errcodes"), errcodes},
            {QStringLiteral("total"), counts.total()}};
}

QString countsLine(const CampaignStore::Counts &c)
{
    return Text::tr("%1 pending, %2 sent, %3 failed, %4 skipped, %5 unknown")
        .arg(c.count(DeliveryState::Pending))
        .arg(c.count(DeliveryState::Sent))
        .arg(c.count(DeliveryState::Failed))
        .arg(c.count(DeliveryState::Skipped))
        .arg(c.count(DeliveryState::Unknown));
}

int create(const CommandLine &cl, CampaignStore &store)
{
    QByteArray json;
    int code = 0;
    if (!readDefinition(cl, &json, &code))
        return code;
    CampaignDefinition definition;
    if (const Status parsed = CampaignDefinition::parse(json, &definition); !parsed.isOk())
        return fail(parsed.message(), 65);
    qint64 id = 0;
    if (const Status status = store.create(definition, AuditLog::currentActor(), &id);
        !status.isOk())
        return fail(status.message(), 65);
    out() << QStringLiteral("created campaign %1").arg(id) << Qt::endl;
    return 0;
}

int list(const CommandLine &cl, CampaignStore &store)
{
    QList<CampaignStore::Campaign> campaigns;
    if (const Status status = store.list(&campaigns); !status.isOk())
        return fail(status.message());
    QJsonArray json;
    for (const CampaignStore::Campaign &c : std::as_const(campaigns)) {
        if (cl.isSet(QStringLiteral("json")))
            json.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.definition.name},
                                    {QStringLiteral("state"), States::text(c.state)},
                                    {QStringLiteral("reason"), c.pausedReason},
                                    {QStringLiteral("definition"), c.definition.toJson()}});
        else
            out() << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(c.id)
                         .arg(States::text(c.state), c.definition.name, c.definition.segment)
                  << Qt::endl;
    }
    if (cl.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

// "waiting", "approved by li_na", "rejected by li_na: too broad", or empty when none is needed.
QString approvalText(CampaignApprovals::Need need, const CampaignApprovals::Entry &newest)
{
    switch (need) {
    case CampaignApprovals::Need::None:
        break;
    case CampaignApprovals::Need::Waiting:
        return QStringLiteral("waiting");
    case CampaignApprovals::Need::Approved:
        return QStringLiteral("approved by ") + newest.actor;
    case CampaignApprovals::Need::Rejected:
        return QStringLiteral("rejected by %1: %2").arg(newest.actor, newest.comment);
    }
    return {};
}

int status(qint64 id, const CommandLine &cl, CampaignStore &store)
{
    CampaignStore::Campaign campaign;
    CampaignStore::Counts counts;
    Status status = store.load(id, &campaign);
    if (status.isOk())
        status = store.counts(id, &counts);
    if (!status.isOk())
        return fail(status.message());
    CampaignApprovals::Entry newest;
    const StatusOr<CampaignApprovals::Need> need = store.approvalNeed(campaign, &newest);
    if (!need.isOk())
        return fail(need.status().message());
    const QString approval = approvalText(need.value(), newest);
    // What an approver looks for beside the audience: a test of this version's message.
    const auto tested = store.testSendOfThisVersion(id);
    if (!tested.isOk())
        return fail(tested.status().message());
    const std::optional<CampaignStore::TestSend> &test = tested.value();
    const QString testSend =
        test ? QStringLiteral("by %1 at %2 to %3")
                   .arg(test->actor,
                        QDateTime::fromMSecsSinceEpoch(test->at).toString(Qt::ISODateWithMs),
                        test->openid)
             : QStringLiteral("none of this version");
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject json = countsJson(counts);
        json.insert(QStringLiteral("id"), id);
        json.insert(QStringLiteral("state"), States::text(campaign.state));
        json.insert(QStringLiteral("reason"), campaign.pausedReason);
        json.insert(QStringLiteral("revision"), campaign.revision);
        json.insert(QStringLiteral("approval"), approval);
        json.insert(QStringLiteral("test_send"), testSend);
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    out() << QStringLiteral("campaign %1 (%2): %3; %4")
                 .arg(id)
                 .arg(campaign.definition.name, States::text(campaign.state), countsLine(counts))
          << Qt::endl;
    if (!campaign.pausedReason.isEmpty())
        out() << campaign.pausedReason << Qt::endl;
    if (!approval.isEmpty())
        out() << QStringLiteral("approval: ") << approval << Qt::endl;
    if (campaign.state == CampaignState::Draft)
        out() << QStringLiteral("test send: ") << testSend << Qt::endl;
    return 0;
}

// The approver sees what they decide on: the message's kind, its version and the audience with
// its exclusions, then the decision is recorded (docs/team.md).
int decide(qint64 id, const QString &what, const CommandLine &cl, CampaignStore &store)
{
    CampaignStore::Campaign campaign;
    if (const Status loaded = store.load(id, &campaign); !loaded.isOk())
        return fail(loaded.message());
    const CampaignApprovals::Decision decision = what == QStringLiteral("approve")
                                                     ? CampaignApprovals::Decision::Approved
                                                     : CampaignApprovals::Decision::Rejected;
    CampaignStore::Counts seen;
    if (const Status decided =
            store.decide(id, campaign.revision, decision, cl.value(QStringLiteral("comment")),
                         AuditLog::currentActor(), &seen);
        !decided.isOk())
        return fail(decided.message(), 65);
    out() << QStringLiteral("campaign %1 (%2), version %3, %4: %5 recipients, %6 excluded; %7")
                 .arg(id)
                 .arg(campaign.definition.name)
                 .arg(campaign.revision)
                 .arg(campaign.definition.channel)
                 .arg(seen.count(DeliveryState::Pending))
                 .arg(seen.leftOut())
                 .arg(decision == CampaignApprovals::Decision::Approved
                          ? QStringLiteral("approved")
                          : QStringLiteral("rejected"))
          << Qt::endl;
    return 0;
}

int start(qint64 id, CampaignStore &store)
{
    CampaignStore::Counts counts;
    if (const Status status = store.start(id, AuditLog::currentActor(), &counts); !status.isOk())
        return fail(status.message());
    out() << QStringLiteral("started campaign %1: %2 recipients, %3 excluded (%4 without an "
                            "account on the app)")
                 .arg(id)
                 .arg(counts.count(DeliveryState::Pending))
                 .arg(counts.leftOut())
                 .arg(counts.byReason.value(QStringLiteral("no_account")))
          << Qt::endl;
    return 0;
}

// A test of the campaign's message to a staff member, filled as for a sample person.
int preview(qint64 id, const CommandLine &cl, CampaignStore &store)
{
    const QString openid = cl.value(QStringLiteral("openid")).trimmed();
    if (openid.isEmpty())
        return fail(Text::tr("campaign preview needs --openid, a staff member's OpenID."), 64);
    CampaignStore::Campaign campaign;
    if (const Status status = store.load(id, &campaign); !status.isOk())
        return fail(status.message());
    const StatusOr<AppConfig> app = store.appOf(campaign.definition);
    if (!app.isOk())
        return fail(app.message());
    SecretStore secrets;
    WechatClient client(app.value(), secrets);
    const MessageRenderer renderer(campaign.definition);
    ChannelSender sender(client, renderer, campaign.definition);
    ApiError error;
    waitUntil([&](std::function<void()> quit) {
        sender.preview({0, openid, QStringLiteral("M0000"), Text::tr("staff test")}, &client,
                       [&error, quit](const ApiError &e, qint64) {
                           error = e;
                           quit();
                       });
    });
    if (!error.ok())
        return fail(error.userMessage(app.value()));
    if (const Status status = store.recordPreview(id, openid, AuditLog::currentActor());
        !status.isOk())
        return fail(status.message());
    out() << QStringLiteral("campaign %1: preview sent to %2").arg(id).arg(openid) << Qt::endl;
    return 0;
}

int run(qint64 id, Database &database)
{
    SecretStore secrets;
    CampaignRun run(database.connections().connection(), id, secrets, Clock::system());
    InterruptWatcher interrupt([&run] { run.interrupt(); });
    const OutboxRunner::Report report = run.run([](const OutboxRunner::Progress &p) {
        if (p.waitingUntil) {
            err() << Text::tr("waiting until %1 (scheduled start, quiet hours or the daily quota's "
                              "reset), %2 to go")
                         .arg(QDateTime::fromMSecsSinceEpoch(p.waitingUntil).toString(Qt::ISODate),
                              QString::number(p.pending))
                  << Qt::endl;
            return;
        }
        const double rate = p.elapsedMsecs > 0 ? p.done * 1000.0 / p.elapsedMsecs : 0.0;
        err() << Text::tr("sent or settled %1, %2 to go, %3/s")
                     .arg(p.done)
                     .arg(p.pending)
                     .arg(rate, 0, 'f', 1)
              << Qt::endl;
    });
    if (!report.status.isOk())
        return fail(report.status.message());
    out() << QStringLiteral("campaign %1 %2: sent %3, failed %4, skipped %5, unknown %6 in %7 s")
                 .arg(id)
                 .arg(States::text(report.state))
                 .arg(report.sent)
                 .arg(report.failed)
                 .arg(report.skipped)
                 .arg(report.unknown)
                 .arg(report.elapsedMsecs / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (report.recovered > 0)
        err() << Text::tr("%1 rows an interrupted run left in flight are now unknown: check "
                          "them, then `wxops campaign resend-unknown %2` if they must go.")
                     .arg(report.recovered)
                     .arg(id)
              << Qt::endl;
    if (!report.reason.isEmpty())
        err() << report.reason << Qt::endl;
    if (report.interrupted)
        return 130;
    return report.state == CampaignState::Finished ? 0 : 3;
}
// The chosen step's share among the recipients and among those the rules left out.
int outcome(qint64 id, const CommandLine &cl, Database &database)
{
    FunnelStep step;
    step.eventName = cl.value(QStringLiteral("event"));
    step.appKind = cl.value(QStringLiteral("kind"));
    if (step.eventName.isEmpty())
        return fail(Text::tr("campaign outcome needs --event NAME (and --kind mp or oa to count "
                             "one app only)."),
                    64);
    if (!step.appKind.isEmpty() && step.appKind != QStringLiteral("oa") &&
        step.appKind != QStringLiteral("mp"))
        return fail(Text::tr("--kind takes oa or mp."), 64);
    bool ok = true;
    const int hours = cl.isSet(QStringLiteral("within-hours"))
                          ? cl.value(QStringLiteral("within-hours")).toInt(&ok)
                          : 72;
    if (!ok || hours < 1 || hours > FunnelDefinition::kMaxHours)
        return fail(Text::tr("--within-hours takes 1 to %1.").arg(FunnelDefinition::kMaxHours), 64);
    const auto counted =
        CampaignOutcome(database.connections().connection()).count(id, step, hours);
    if (!counted.isOk())
        return fail(counted.status().message());
    const CampaignOutcomeResult &r = counted.value();
    if (cl.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("campaign"), id},
                                 {QStringLiteral("step"), step.label()},
                                 {QStringLiteral("within_hours"), hours},
                                 {QStringLiteral("recipients"), r.recipients},
                                 {QStringLiteral("recipients_who_did"), r.recipientsWhoDid},
                                 {QStringLiteral("comparison"), r.comparison},
                                 {QStringLiteral("comparison_who_did"), r.comparisonWhoDid}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale;
    auto line = [&](const QString &group, qint64 did, qint64 of) {
        return Text::tr("%1: %2 of %3 (%4 %)")
            .arg(group, locale.toString(did), locale.toString(of),
                 locale.toString(100.0 * CampaignOutcomeResult::rate(did, of), 'f', 1));
    };
    out() << Text::tr("%1 within %n hours", nullptr, hours).arg(step.label()) << Qt::endl
          << line(Text::tr("recipients"), r.recipientsWhoDid, r.recipients) << Qt::endl
          << line(Text::tr("left out by the rules"), r.comparisonWhoDid, r.comparison) << Qt::endl;
    return 0;
}
} // namespace

int runCampaignCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    CampaignStore store(database.connections().connection(), Clock::system());
    if (what == QStringLiteral("create"))
        return create(cl, store);
    if (what == QStringLiteral("list"))
        return list(cl, store);
    static const QStringList withId{
        QStringLiteral("preview"), QStringLiteral("start"),          QStringLiteral("run"),
        QStringLiteral("status"),  QStringLiteral("pause"),          QStringLiteral("resume"),
        QStringLiteral("cancel"),  QStringLiteral("resend-unknown"), QStringLiteral("outcome"),
        QStringLiteral("approve"), QStringLiteral("reject")};
    if (!withId.contains(what))
        return fail(
            Text::tr("campaign needs create, list, %1.").arg(withId.join(QStringLiteral(", "))),
            64);
    bool ok = false;
    const qint64 id = arguments.value(2).toLongLong(&ok);
    if (!ok)
        return fail(Text::tr("campaign %1 needs the campaign's id.").arg(what), 64);
    if (what == QStringLiteral("preview"))
        return preview(id, cl, store);
    if (what == QStringLiteral("start"))
        return start(id, store);
    if (what == QStringLiteral("run"))
        return run(id, database);
    if (what == QStringLiteral("status"))
        return status(id, cl, store);
    if (what == QStringLiteral("outcome"))
        return outcome(id, cl, database);
    if (what == QStringLiteral("approve") || what == QStringLiteral("reject")) {
        // The grants refuse anyone else; say first which role deciding takes.
        const auto access = TeamAccess::read(database.connections().connection());
        if (access.isOk() && !access.value().may(TeamAccess::Work::ApproveCampaigns))
            return fail(Text::tr("Approving or rejecting a campaign takes the %1 role; %2 holds "
                                 "%3. Ask the database owner: wxops team add %2 --role approver.")
                            .arg(TeamAccess::rolesFor(TeamAccess::Work::ApproveCampaigns)
                                     .join(Text::tr(" or ")),
                                 access.value().login(),
                                 access.value().roles().isEmpty()
                                     ? Text::tr("no wxops role")
                                     : access.value().roles().join(QStringLiteral(", "))),
                        65);
        return decide(id, what, cl, store);
    }
    const QString actor = AuditLog::currentActor();
    Status done = Status::ok();
    qint64 rows = 0;
    if (what == QStringLiteral("pause"))
        done = store.pause(id, actor);
    else if (what == QStringLiteral("resume"))
        done = store.resume(id, actor);
    else if (what == QStringLiteral("cancel"))
        done = store.cancel(id, actor);
    else
        done = store.resendUnknown(id, actor, &rows);
    if (!done.isOk())
        return fail(done.message());
    out() << (what == QStringLiteral("resend-unknown")
                  ? QStringLiteral("campaign %1: %2 unknown rows back to pending").arg(id).arg(rows)
                  : QStringLiteral("campaign %1: %2").arg(id).arg(what))
          << Qt::endl;
    return 0;
}

Command campaignCommand()
{
    return {
        QStringLiteral("campaign"),
        QCoreApplication::translate("CommandLine",
                                    "Create, test, start, run and follow campaigns."),
        QStringLiteral(
            "campaign create --definition FILE\ncampaign list [--json]\ncampaign "
            "preview ID --openid OPENID\ncampaign start ID\ncampaign run ID\ncampaign "
            "status ID [--json]\ncampaign pause|resume|cancel|resend-unknown ID\ncampaign "
            "outcome ID --event NAME [--kind mp|oa] [--within-hours N] [--json]\ncampaign "
            "approve|reject ID --comment TEXT"),
        {
            CommonOptions::definition(),
            QCommandLineOption(
                QStringLiteral("openid"),
                QCoreApplication::translate(
                    "CommandLine",
                    "campaign preview: the staff member's OpenID that receives the test."),
                QStringLiteral("openid")),
            CommonOptions::json(),
            QCommandLineOption(
                QStringLiteral("event"),
                QCoreApplication::translate("CommandLine", "campaign outcome: the event to count."),
                QStringLiteral("name")),
            QCommandLineOption(QStringLiteral("kind"),
                               QCoreApplication::translate(
                                   "CommandLine", "campaign outcome: only this app kind's events "
                                                  "(oa or mp)."),
                               QStringLiteral("kind")),
            QCommandLineOption(
                QStringLiteral("comment"),
                QCoreApplication::translate("CommandLine",
                                            "campaign approve, reject: what the approver says "
                                            "(needed to reject)."),
                QStringLiteral("text")),
            QCommandLineOption(QStringLiteral("within-hours"),
                               QCoreApplication::translate(
                                   "CommandLine", "campaign outcome: the window after each send "
                                                  "(default 72)."),
                               QStringLiteral("hours")),
        },
        &runCampaignCommand};
}
