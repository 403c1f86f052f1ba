#include "SendOutcome.h"

#include "CampaignDefinition.h"
#include "wechat/ApiError.h"
#include "wechat/AppConfig.h"
#include "wechat/Errcodes.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRunner)
};
} // namespace

SendOutcome SendOutcome::of(const ApiError &error, qint64 msgid,
                            const CampaignDefinition &definition, const AppConfig &app)
{
    SendOutcome out;
    DeliveryRepository::Outcome &o = out.rows;
    o = {0, DeliveryState::Sent, QString(), error.errcode, error.errmsg, msgid};
    const int code = error.kind == ApiError::Kind::Wechat ? error.errcode : 0;
    if (error.ok()) {
        o.errcode = 0;
        o.errmsg.clear();
    } else if (code == Errcode::AlreadySent) {
        o.reason = QStringLiteral("already_sent"); // this clientmsgid went out before
    } else if (code == Errcode::DailyQuota || code == Errcode::MassQuota) {
        o.state = DeliveryState::Pending; // refused, not sent: it goes when the quota resets
        out.forRun = ForRun::QuotaPause;
        out.reason = Text::tr("WeChat's daily quota for this kind of message is used up (%1). The "
                              "campaign goes on by itself after the reset at midnight, Beijing "
                              "time.")
                         .arg(code);
    } else if (code == Errcode::BadTemplateId || code == Errcode::BadField ||
               code == Errcode::BadTemplateSize) {
        o.state = DeliveryState::Failed;
        out.forRun = ForRun::Stop;
        out.reason = Text::tr("WeChat refused the template (errcode %1: %2). Fix the "
                              "template or its fields, then resume.")
                         .arg(code)
                         .arg(error.errmsg);
    } else if (code == Errcode::NotFollower || code == Errcode::UserRefused ||
               code == Errcode::OutsideWindow || code == Errcode::WindowUsed) {
        static const QHash<int, QString> reasons{
            {Errcode::NotFollower, QStringLiteral("unsubscribed")},
            {Errcode::OutsideWindow, QStringLiteral("outside_window")},
            {Errcode::WindowUsed, QStringLiteral("window_used")}};
        o.state = DeliveryState::Skipped;
        // 43101 depends on the channel: a subscribe message has no acceptance left, a
        // template message was refused by the person.
        o.reason = code != Errcode::UserRefused     ? reasons.value(code)
                   : definition.sentByMiniProgram() ? QStringLiteral("no_acceptance")
                                                    : QStringLiteral("refused");
    } else if (code == Errcode::MinuteLimit) {
        o.state = DeliveryState::Pending; // WeChat asked us to slow down: nothing was sent
        out.forRun = ForRun::BackOff;
    } else if (error.isFatalForApp() || error.kind == ApiError::Kind::Credentials ||
               error.kind == ApiError::Kind::Refused) {
        o.state = error.requestSent ? DeliveryState::Unknown : DeliveryState::Pending;
        out.forRun = ForRun::Pause;
        out.reason = error.userMessage(app);
    } else if (error.requestSent &&
               (error.isTransient() || error.kind == ApiError::Kind::BadReply)) {
        // It may have reached WeChat, and the client's own retries (with the same
        // client_msg_id) are over: only staff may send it again.
        o.state = DeliveryState::Unknown;
        o.reason = QStringLiteral("no_answer");
        out.forRun = ForRun::BackOff;
    } else if (error.isTransient()) {
        o.state = DeliveryState::Pending; // never left this machine: try again later
        out.forRun = ForRun::BackOff;
    } else {
        o.state = DeliveryState::Failed;
    }
    return out;
}
