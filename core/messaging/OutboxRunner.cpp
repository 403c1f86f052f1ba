#include "OutboxRunner.h"

#include "logging/LogCategories.h"
#include "SendWindow.h"
#include "storage/AuditLog.h"
#include "storage/DurableCommits.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "wechat/MessageApi.h"
#include "wechat/WechatClient.h"

#include <algorithm>
#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRunner)
};

const int kTurnMsecs = 10;
const int kWaitingTurnMsecs = 1000;
const int kStateCheckMsecs = 500;
const int kProgressMsecs = 500;
const int kBackoffMsecs = 2000; // after a send failed for a passing reason

QString runnerActor()
{
    return QStringLiteral("runner:") + AuditLog::currentActor();
}
} // namespace

OutboxRunner::OutboxRunner(QSqlDatabase db, qint64 campaignId, WechatClient &client,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_campaignId(campaignId), m_client(client), m_clock(clock),
      m_store(db, clock), m_sql(db)
{
    m_timer.setInterval(kTurnMsecs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OutboxRunner::turn);
}

OutboxRunner::~OutboxRunner() = default;

void OutboxRunner::start()
{
    m_elapsed.start();
    Status status = m_store.load(m_campaignId, &m_campaign);
    if (status.isOk() && m_campaign.state != QStringLiteral("running"))
        status =
            Status::failure(Text::tr("Campaign %1 is %2, not running: start or resume it first.")
                                .arg(m_campaignId)
                                .arg(m_campaign.state));
    if (status.isOk())
        status = m_store.recoverInterrupted(m_campaignId, &m_report.recovered);
    if (!status.isOk()) {
        finish(status);
        return;
    }
    if (m_report.recovered > 0)
        qCWarning(lcMessaging).noquote()
            << QStringLiteral("campaign %1: %2 rows an interrupted run left in `sending` are now "
                              "unknown (never re-sent automatically)")
                   .arg(m_campaignId)
                   .arg(m_report.recovered);
    m_durable = std::make_unique<DurableCommits>(m_db);
    m_renderer = std::make_unique<MessageRenderer>(m_campaign.definition);
    const double rate = m_campaign.definition.ratePerSecond;
    // A burst of one turn's worth keeps the pace even without letting sends bunch up.
    m_bucket =
        std::make_unique<TokenBucket>(rate, std::max(1.0, rate * kTurnMsecs / 1000.0 * 2), m_clock);
    m_client.setMaxInFlight(m_campaign.definition.concurrency);
    m_lastStateCheck = m_elapsed.elapsed();
    m_timer.start();
    turn();
}

void OutboxRunner::interrupt()
{
    if (m_halt == Halt::None)
        halt(Halt::Interrupt, QString());
}

void OutboxRunner::halt(Halt why, const QString &reason)
{
    // The first reason wins: a pause for the quota is not overwritten by a later stop.
    if (m_halt != Halt::None)
        return;
    m_halt = why;
    m_haltReason = reason;
}

bool OutboxRunner::campaignStillRunning(Status *status)
{
    const QVariant state = Sql::scalar(
        m_db, QStringLiteral("SELECT state FROM campaigns WHERE id = ?"), {m_campaignId}, status);
    return state.toString() == QStringLiteral("running");
}

qint64 OutboxRunner::pendingRows(Status *status)
{
    return m_sql
        .scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? AND state "
                               "= 'pending'"),
                {m_campaignId}, status)
        .toLongLong();
}

void OutboxRunner::turn()
{
    if (m_done)
        return;
    const qint64 elapsed = m_elapsed.elapsed();
    Status status = Status::ok();
    if (m_halt == Halt::None && elapsed - m_lastStateCheck >= kStateCheckMsecs) {
        m_lastStateCheck = elapsed;
        if (!campaignStillRunning(&status) && status.isOk())
            halt(Halt::CampaignChanged, QString());
    }
    // Outside the send window nothing is claimed; the run looks again once a second.
    const qint64 now = m_clock.nowMsecs();
    const qint64 allowedAt = SendWindow::nextAllowed(now, m_campaign.definition);
    m_waitingUntil = allowedAt > now ? allowedAt : 0;
    m_timer.setInterval(m_waitingUntil ? kWaitingTurnMsecs : kTurnMsecs);
    int wanted = 0;
    if (m_halt == Halt::None && !m_noMorePending && !m_waitingUntil && now >= m_backoffUntil) {
        // The first send of a run goes alone: a bad template fails once, not `concurrency`
        // times.
        const int limit = m_firstAnswered ? m_campaign.definition.concurrency : 1;
        const int free = limit - m_inFlight;
        wanted = free > 0 ? m_bucket->take(free) : 0;
    }
    QList<Claimed> claimed;
    int rowsRead = 0; // claimed, and skipped at the last check
    if (status.isOk() && (wanted > 0 || !m_outcomes.isEmpty()))
        status = commitTurn(wanted, &claimed, &rowsRead);
    if (!status.isOk()) {
        halt(Halt::Stop, status.message());
        m_report.status = status;
    }
    if (status.isOk() && wanted > 0 && rowsRead < wanted)
        m_noMorePending = true;
    for (const Claimed &row : std::as_const(claimed))
        send(row);
    if (elapsed - m_lastProgress >= kProgressMsecs) {
        m_lastProgress = elapsed;
        Status ignored = Status::ok();
        emit progressed({m_report.sent + m_report.failed + m_report.skipped + m_report.unknown,
                         pendingRows(&ignored), elapsed, m_waitingUntil});
    }
    const bool idle = m_inFlight == 0 && m_outcomes.isEmpty();
    if (idle && (m_halt != Halt::None || m_noMorePending))
        finish(m_report.status);
}

Status OutboxRunner::commitTurn(int claimCount, QList<Claimed> *claimed, int *rowsRead)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeOutcomes());
    if (claimCount > 0)
        WX_TRY(claim(claimCount, claimed, rowsRead));
    WX_TRY(transaction.commit());
    m_outcomes.clear();
    return Status::ok();
}

Status OutboxRunner::claim(int count, QList<Claimed> *claimed, int *rowsRead)
{
    const qint64 now = m_clock.nowMsecs();
    const CampaignDefinition &d = m_campaign.definition;
    QList<QPair<qint64, QString>> excluded; // delivery, reason
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT d.id, d.client_msg_id, d.profile_id, a.openid, p.member_id, "
                       "a.remark, %1 FROM deliveries d JOIN accounts a ON a.id = d.account_id "
                       "LEFT JOIN profiles p ON p.id = d.profile_id WHERE d.campaign_id = ? AND "
                       "d.state = 'pending' ORDER BY d.id LIMIT ?")
            .arg(CampaignStore::exclusionReasonSql()),
        CampaignStore::exclusionBinds(d, now) + QVariantList{m_campaignId, count}, &status);
    WX_TRY(status);
    while (q.next()) {
        ++*rowsRead;
        Claimed row;
        row.deliveryId = q.value(0).toLongLong();
        row.clientMsgId = q.value(1).toString();
        row.recipient = {q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                         q.value(5).toString()};
        QString reason = q.value(6).toString();
        if (reason.isEmpty() && !m_renderer->emptyField(row.recipient).isEmpty())
            reason = QStringLiteral("empty_field"); // WeChat would refuse it (47003)
        if (reason.isEmpty())
            claimed->append(row);
        else
            excluded.append({row.deliveryId, reason});
    }
    q.finish();
    for (const auto &[deliveryId, reason] : std::as_const(excluded)) {
        m_sql.run(QStringLiteral("UPDATE deliveries SET state = 'skipped', reason = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  {reason, now, deliveryId}, &status);
        WX_TRY(status);
    }
    m_report.skipped += excluded.size();
    for (const Claimed &row : std::as_const(*claimed)) {
        m_sql.run(QStringLiteral("UPDATE deliveries SET state = 'sending', attempts = attempts + "
                                 "1, claimed_by = ?, updated_at = ? WHERE id = ? AND state = "
                                 "'pending'"),
                  {runnerActor(), now, row.deliveryId}, &status);
        WX_TRY(status);
    }
    return Status::ok();
}

Status OutboxRunner::writeOutcomes()
{
    const qint64 now = m_clock.nowMsecs();
    for (const Outcome &o : std::as_const(m_outcomes)) {
        Status status = Status::ok();
        const bool sent = o.state == QStringLiteral("sent");
        m_sql.run(
            QStringLiteral("UPDATE deliveries SET state = ?, reason = ?, errcode = ?, "
                           "errmsg = ?, msgid = ?, sent_at = ?, updated_at = ? WHERE id = ? "
                           "AND state = 'sending'"),
            {o.state, Sql::textOrNull(o.reason),
             o.errcode ? QVariant(o.errcode) : QVariant(QMetaType(QMetaType::Int)),
             Sql::textOrNull(o.errmsg),
             o.msgid ? QVariant(QString::number(o.msgid)) : QVariant(QMetaType(QMetaType::QString)),
             sent ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), now, o.deliveryId},
            &status);
        WX_TRY(status);
    }
    return Status::ok();
}

void OutboxRunner::send(const Claimed &row)
{
    ++m_inFlight;
    MessageApi(m_client).sendTemplate(
        m_renderer->templateBody(row.recipient, row.clientMsgId), this,
        [this, row](const Result<qint64> &result) { onSent(row, result.error, result.value); });
}

void OutboxRunner::onSent(const Claimed &row, const ApiError &error, qint64 msgid)
{
    --m_inFlight;
    m_firstAnswered = true;
    Outcome o{row.deliveryId, QStringLiteral("sent"), QString(),
              error.errcode,  error.errmsg,           msgid};
    if (error.ok()) {
        o.errcode = 0;
        o.errmsg.clear();
    } else if (error.kind == ApiError::Kind::Wechat && error.errcode == 45009) {
        o.state = QStringLiteral("pending"); // refused, not sent: it goes when the quota resets
        halt(Halt::Pause, Text::tr("WeChat's daily quota for template messages is used up "
                                   "(45009). Resume after it resets at midnight, Beijing time."));
    } else if (error.kind == ApiError::Kind::Wechat &&
               (error.errcode == 40037 || error.errcode == 47003 || error.errcode == 40036)) {
        o.state = QStringLiteral("failed");
        halt(Halt::Stop, Text::tr("WeChat refused the template (errcode %1: %2). Fix the "
                                  "template or its fields, then resume.")
                             .arg(error.errcode)
                             .arg(error.errmsg));
    } else if (error.kind == ApiError::Kind::Wechat &&
               (error.errcode == 43004 || error.errcode == 43101)) {
        o.state = QStringLiteral("skipped");
        o.reason =
            error.errcode == 43004 ? QStringLiteral("unsubscribed") : QStringLiteral("refused");
    } else if (error.isFatalForApp() || error.kind == ApiError::Kind::Credentials ||
               error.kind == ApiError::Kind::Refused) {
        o.state = error.requestSent ? QStringLiteral("unknown") : QStringLiteral("pending");
        halt(Halt::Pause, error.userMessage(m_client.app()));
    } else if (error.requestSent &&
               (error.isTransient() || error.kind == ApiError::Kind::BadReply)) {
        // It may have reached WeChat, and the client's own retries (with the same
        // client_msg_id) are over: only staff may send it again.
        o.state = QStringLiteral("unknown");
        o.reason = QStringLiteral("no_answer");
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
    } else if (error.isTransient()) {
        o.state = QStringLiteral("pending"); // never left this machine: try again later
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
        m_noMorePending = false;
    } else {
        o.state = QStringLiteral("failed");
    }
    if (o.state == QStringLiteral("pending"))
        m_noMorePending = false;
    else if (o.state == QStringLiteral("sent"))
        ++m_report.sent;
    else if (o.state == QStringLiteral("failed"))
        ++m_report.failed;
    else if (o.state == QStringLiteral("skipped"))
        ++m_report.skipped;
    else
        ++m_report.unknown;
    if (o.state != QStringLiteral("sent") && o.state != QStringLiteral("pending"))
        qCInfo(lcMessaging).noquote() << QStringLiteral("campaign %1 delivery %2: %3 (%4)")
                                             .arg(m_campaignId)
                                             .arg(row.deliveryId)
                                             .arg(o.state, error.summary());
    m_outcomes.append(o);
}

void OutboxRunner::finish(const Status &given)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Status status = given;
    // Rows put back to pending in the last turn go out with the next run.
    if (status.isOk() && !m_outcomes.isEmpty())
        status = commitTurn(0, nullptr, nullptr);
    const QString actor = runnerActor();
    if (status.isOk()) {
        switch (m_halt) {
        case Halt::Pause:
            status = m_store.setState(m_campaignId, QStringLiteral("paused"), m_haltReason, actor);
            break;
        case Halt::Stop:
            status = m_store.setState(m_campaignId, QStringLiteral("stopped"), m_haltReason, actor);
            break;
        case Halt::None: {
            Status counted = Status::ok();
            if (pendingRows(&counted) == 0 && counted.isOk())
                status =
                    m_store.setState(m_campaignId, QStringLiteral("finished"), QString(), actor);
            break;
        }
        case Halt::Interrupt:
        case Halt::CampaignChanged:
            break;
        }
    }
    m_durable.reset();
    CampaignStore::Campaign now;
    if (m_store.load(m_campaignId, &now).isOk()) {
        m_report.state = now.state;
        m_report.reason = now.pausedReason;
    }
    m_report.interrupted = m_halt == Halt::Interrupt;
    m_report.status = status;
    m_report.elapsedMsecs = m_elapsed.elapsed();
    emit finished(m_report);
}
