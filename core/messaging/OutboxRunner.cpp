#include "OutboxRunner.h"

#include "ExclusionRules.h"
#include "logging/LogCategories.h"
#include "SendWindow.h"
#include "storage/AuditLog.h"
#include "storage/DurableCommits.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "wechat/Errcodes.h"
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
const QList<DeliveryState> kPending{DeliveryState::Pending};
const QList<DeliveryState> kPendingOrSending{DeliveryState::Pending, DeliveryState::Sending};

QString runnerActor()
{
    return QStringLiteral("runner:") + AuditLog::currentActor();
}
} // namespace

OutboxRunner::OutboxRunner(DbConnection db, qint64 campaignId, WechatClient &client,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_campaignId(campaignId), m_client(client), m_clock(clock),
      m_store(db, clock), m_leases(db, clock), m_runnerId(RunnerLeases::newRunnerId()),
      m_sql(std::make_unique<PreparedStatements>(db)), m_deliveries(*m_sql)
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
    // A campaign paused for the daily quota is taken up: the run waits for the reset.
    if (m_campaign.state == CampaignState::Paused && m_campaign.resumeAt > 0)
        m_quotaResetAt = m_campaign.resumeAt;
    else if (status.isOk() && m_campaign.state != CampaignState::Running)
        status =
            Status::failure(Text::tr("Campaign %1 is %2, not running: start or resume it first.")
                                .arg(m_campaignId)
                                .arg(States::text(m_campaign.state)));
    if (status.isOk())
        status = m_leases.hold(m_runnerId, m_campaignId);
    if (status.isOk())
        status = recoverRowsOfDeadRuns(&m_report.recovered);
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
    m_sender = std::make_unique<ChannelSender>(m_client, *m_renderer, m_campaign.definition);
    const double rate = m_campaign.definition.ratePerSecond;
    // A burst of one turn's worth keeps the pace even without letting sends bunch up.
    m_bucket =
        std::make_unique<TokenBucket>(rate, std::max(1.0, rate * kTurnMsecs / 1000.0 * 2), m_clock);
    m_client.setMaxInFlight(m_campaign.definition.concurrency);
    m_lastStateCheck = m_lastHeartbeat = m_elapsed.elapsed();
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

void OutboxRunner::checkCampaignState(Status *status)
{
    SqlRows &q = m_sql->run(QStringLiteral("SELECT state, resume_at FROM campaigns WHERE id = ?"),
                            {m_campaignId}, status);
    const bool found = status->isOk() && q.next();
    // A campaign gone or in a state this version does not know halts the run like a cancel.
    const CampaignState state =
        found ? States::campaignState(q.value(0).toString()).value_or(CampaignState::Cancelled)
              : CampaignState::Cancelled;
    const qint64 resumeAt = found ? q.value(1).toLongLong() : 0;
    q.finish();
    if (!status->isOk())
        return;
    if (m_quotaResetAt && state == CampaignState::Running)
        m_quotaResetAt = 0; // staff resumed it before the reset
    const bool waitingForQuota = m_quotaResetAt && state == CampaignState::Paused && resumeAt;
    if (state != CampaignState::Running && !waitingForQuota)
        halt(Halt::CampaignChanged, QString());
}

// The rows in `sending` of runs that are not alive (a crash, here or on another console)
// become unknown.
Status OutboxRunner::recoverRowsOfDeadRuns(qint64 *rows)
{
    QStringList alive;
    WX_TRY(m_leases.alive(m_campaignId, &alive));
    if (!alive.contains(m_runnerId))
        alive << m_runnerId;
    return m_store.recoverInterrupted(m_campaignId, alive, rows);
}

// Renews this run's lease; every few beats, takes over what a run that died left in flight,
// so the campaign can still finish.
Status OutboxRunner::heartbeat()
{
    WX_TRY(m_leases.hold(m_runnerId, m_campaignId));
    if (++m_beats % 5 != 0)
        return Status::ok();
    qint64 recovered = 0;
    WX_TRY(recoverRowsOfDeadRuns(&recovered));
    m_report.recovered += recovered;
    if (recovered > 0)
        m_noMorePending = false; // the finish check looks again
    return Status::ok();
}

// The campaign's rows in the given states; a failure goes to `status` unless it holds one.
qint64 OutboxRunner::rowsIn(const QList<DeliveryState> &states, Status *status)
{
    const StatusOr<qint64> rows = m_deliveries.countIn(m_campaignId, states);
    if (!rows.isOk() && status->isOk())
        *status = rows.status();
    return rows.value();
}

void OutboxRunner::turn()
{
    if (m_done)
        return;
    const qint64 elapsed = m_elapsed.elapsed();
    Status status = Status::ok();
    if (m_halt == Halt::None && elapsed - m_lastStateCheck >= kStateCheckMsecs) {
        m_lastStateCheck = elapsed;
        checkCampaignState(&status);
    }
    if (status.isOk() && elapsed - m_lastHeartbeat >= RunnerLeases::kHeartbeatMsecs) {
        m_lastHeartbeat = elapsed;
        status = heartbeat();
    }
    if (m_halt == Halt::QuotaPause && m_inFlight == 0 && !waitForQuotaReset())
        return; // finished
    // Outside the send window nothing is claimed; the run looks again once a second.
    const qint64 now = m_clock.nowMsecs();
    if (m_quotaResetAt && now >= m_quotaResetAt && m_halt == Halt::None) {
        m_quotaResetAt = 0;
        bool resumed = false;
        status = m_store.resumeAfterReset(m_campaignId, runnerActor(), &resumed);
        if (status.isOk() && !resumed)
            halt(Halt::CampaignChanged, QString()); // staff paused or cancelled it meanwhile
        m_noMorePending = false;
    }
    const qint64 allowedAt = SendWindow::nextAllowed(now, m_campaign.definition);
    m_waitingUntil = std::max(allowedAt > now ? allowedAt : 0, m_quotaResetAt);
    m_timer.setInterval(m_waitingUntil ? kWaitingTurnMsecs : kTurnMsecs);
    int requests = 0;
    if (m_halt == Halt::None && !m_noMorePending && !m_waitingUntil && now >= m_backoffUntil) {
        // The first send of a run goes alone: a bad template fails once, not `concurrency`
        // times.
        const int limit = m_firstAnswered ? m_campaign.definition.concurrency : 1;
        const int free = limit - m_inFlight;
        requests = free > 0 ? m_bucket->take(free) : 0;
    }
    const int wanted = requests > 0 && status.isOk() ? rowsToClaim(requests, &status) : 0;
    QList<Batch> batches;
    int rowsRead = 0; // claimed, and skipped at the last check
    if (status.isOk() && (wanted > 0 || !m_outcomes.isEmpty()))
        status = commitTurn(wanted, &batches, &rowsRead);
    if (!status.isOk()) {
        halt(Halt::Stop, status.message());
        m_report.status = status;
    }
    if (status.isOk() && wanted > 0 && rowsRead < wanted)
        m_noMorePending = true;
    for (const Batch &batch : std::as_const(batches))
        send(batch);
    if (elapsed - m_lastProgress >= kProgressMsecs) {
        m_lastProgress = elapsed;
        Status ignored = Status::ok();
        emit progressed({m_report.sent + m_report.failed + m_report.skipped + m_report.unknown,
                         rowsIn(kPending, &ignored), elapsed, m_waitingUntil});
    }
    const bool idle = m_inFlight == 0 && m_outcomes.isEmpty();
    if (idle && (m_halt != Halt::None || m_noMorePending))
        finish(m_report.status);
}

// One row per request, or for a mass campaign up to batch_size: cut so that the rows left
// are never a lone openid (mass/send takes two at least).
int OutboxRunner::rowsToClaim(int requests, Status *status)
{
    const int perRequest = m_campaign.definition.recipientsPerRequest();
    if (perRequest == 1)
        return requests;
    const qint64 pending = rowsIn(kPending, status);
    qint64 rows = std::min<qint64>(pending, qint64(requests) * perRequest);
    if (pending - rows == 1 && rows > 2 && !m_campaign.definition.massByTag())
        --rows;
    m_pendingBeyondClaim = pending > rows;
    // All that is left goes now: the run ends when it comes back, not a token later (at a mass
    // campaign's pace that is seconds).
    if (!m_pendingBeyondClaim && status->isOk())
        m_noMorePending = true;
    return int(rows);
}

Status OutboxRunner::commitTurn(int claimCount, QList<Batch> *batches, int *rowsRead)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeOutcomes());
    if (claimCount > 0)
        WX_TRY(claim(claimCount, batches, rowsRead));
    WX_TRY(transaction.commit());
    m_outcomes.clear();
    return Status::ok();
}

Status OutboxRunner::claim(int count, QList<Batch> *batches, int *rowsRead)
{
    const qint64 now = m_clock.nowMsecs();
    const ExclusionRules rules =
        ExclusionRules::of(m_campaign.definition, SqlDialect::of(m_db), now);
    QList<QPair<qint64, QString>> excluded; // delivery, reason
    QList<Claimed> claimed;
    const StatusOr<QList<DeliveryRepository::Pending>> pending =
        m_deliveries.readPending(m_campaignId, count, rules.reasonSql, rules.binds,
                                 SqlDialect::of(m_db).lockRowsSkippingLocked(QStringLiteral("d")));
    WX_TRY(pending.status());
    for (const DeliveryRepository::Pending &p : pending.value()) {
        ++*rowsRead;
        Claimed row;
        row.deliveryId = p.id;
        row.clientMsgId = p.clientMsgId;
        row.recipient = {p.profileId, p.openid, p.memberId, p.remark};
        QString reason = p.exclusion;
        if (reason.isEmpty() && !m_renderer->emptyField(row.recipient).isEmpty())
            reason = QStringLiteral("empty_field"); // WeChat would refuse it (47003)
        if (reason.isEmpty())
            claimed.append(row);
        else
            excluded.append({row.deliveryId, reason});
    }
    *batches = batched(claimed, &excluded);
    for (const auto &[deliveryId, reason] : std::as_const(excluded))
        WX_TRY(m_deliveries.skip(deliveryId, reason, now));
    m_report.skipped += excluded.size();
    // Only rows this transaction moved to `sending` are sent: a row another console claimed
    // first is left to it (on PostgreSQL the SELECT already passes over rows it holds).
    QList<Batch> mine;
    for (const Batch &batch : std::as_const(*batches)) {
        Batch moved;
        for (const Claimed &row : batch) {
            const StatusOr<bool> mine = m_deliveries.markSending(row.deliveryId, m_runnerId, now);
            WX_TRY(mine.status());
            if (mine.value())
                moved.append(row);
        }
        if (m_campaign.definition.isMass() && !m_campaign.definition.massByTag() &&
            moved.size() == 1) { // a lone openid waits
            WX_TRY(m_deliveries.putBack(moved.constFirst().deliveryId));
            moved.clear();
        }
        if (!moved.isEmpty())
            mine.append(moved);
    }
    *batches = mine;
    return Status::ok();
}

// The requests for the claimed rows. A mass batch needs two openids at least: a lone last one
// borrows from the batch before it, waits for more rows, or (the campaign's very last) is
// skipped.
QList<OutboxRunner::Batch> OutboxRunner::batched(QList<Claimed> rows,
                                                 QList<QPair<qint64, QString>> *excluded) const
{
    const int perRequest = m_campaign.definition.recipientsPerRequest();
    QList<Batch> batches;
    for (qsizetype at = 0; at < rows.size(); at += perRequest)
        batches.append(rows.mid(at, perRequest));
    if (!m_campaign.definition.isMass() || m_campaign.definition.massByTag() || batches.isEmpty() ||
        batches.constLast().size() > 1)
        return batches;
    if (batches.size() > 1 && batches.at(batches.size() - 2).size() > 2) {
        batches.last().prepend(batches[batches.size() - 2].takeLast());
    } else {
        const Claimed lone = batches.takeLast().constFirst();
        if (!m_pendingBeyondClaim) // never sent alone: mass/send takes two openids at least
            excluded->append({lone.deliveryId, QStringLiteral("mass_needs_two")});
    }
    return batches;
}

Status OutboxRunner::writeOutcomes()
{
    const qint64 now = m_clock.nowMsecs();
    for (const Outcome &outcome : std::as_const(m_outcomes))
        WX_TRY(m_deliveries.record(outcome, now));
    return Status::ok();
}

void OutboxRunner::send(const Batch &batch)
{
    ++m_inFlight;
    QList<MessageRenderer::Recipient> recipients;
    for (const Claimed &row : batch)
        recipients << row.recipient;
    // A mass request's id names its rows, so the same batch sent again is one message to WeChat.
    const QString clientMsgId =
        m_campaign.definition.massByTag() ? QStringLiteral("wxops-%1-tag").arg(m_campaignId)
        : m_campaign.definition.isMass()  ? QStringLiteral("wxops-%1-m%2-%3")
                                               .arg(m_campaignId)
                                               .arg(batch.constFirst().deliveryId)
                                               .arg(batch.size())
                                         : batch.constFirst().clientMsgId;
    m_sender->send(
        recipients, clientMsgId, this,
        [this, batch](const ApiError &error, qint64 msgid) { onSent(batch, error, msgid); });
}

// What WeChat's answer means for the rows of a request, and for the run.
OutboxRunner::Outcome OutboxRunner::outcomeOf(const ApiError &error, qint64 msgid)
{
    Outcome o{0, DeliveryState::Sent, QString(), error.errcode, error.errmsg, msgid};
    const bool wechat = error.kind == ApiError::Kind::Wechat;
    const int code = wechat ? error.errcode : 0;
    if (error.ok()) {
        o.errcode = 0;
        o.errmsg.clear();
    } else if (code == Errcode::AlreadySent) {
        o.reason = QStringLiteral("already_sent"); // this clientmsgid went out before
    } else if (code == Errcode::DailyQuota || code == Errcode::MassQuota) {
        o.state = DeliveryState::Pending; // refused, not sent: it goes when the quota resets
        halt(Halt::QuotaPause,
             Text::tr("WeChat's daily quota for this kind of message is used up (%1). The "
                      "campaign goes on by itself after the reset at midnight, Beijing time.")
                 .arg(code));
    } else if (code == Errcode::BadTemplateId || code == Errcode::BadField ||
               code == Errcode::BadTemplateSize) {
        o.state = DeliveryState::Failed;
        halt(Halt::Stop, Text::tr("WeChat refused the template (errcode %1: %2). Fix the "
                                  "template or its fields, then resume.")
                             .arg(code)
                             .arg(error.errmsg));
    } else if (code == Errcode::NotFollower || code == Errcode::UserRefused ||
               code == Errcode::OutsideWindow || code == Errcode::WindowUsed) {
        static const QHash<int, QString> reasons{
            {Errcode::NotFollower, QStringLiteral("unsubscribed")},
            {Errcode::OutsideWindow, QStringLiteral("outside_window")},
            {Errcode::WindowUsed, QStringLiteral("window_used")}};
        o.state = DeliveryState::Skipped;
        // 43101 depends on the channel: a subscribe message has no acceptance left, a
        // template message was refused by the person.
        o.reason = code != Errcode::UserRefused                ? reasons.value(code)
                   : m_campaign.definition.sentByMiniProgram() ? QStringLiteral("no_acceptance")
                                                               : QStringLiteral("refused");
    } else if (code == Errcode::MinuteLimit) {
        o.state = DeliveryState::Pending; // WeChat asked us to slow down: nothing was sent
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
    } else if (error.isFatalForApp() || error.kind == ApiError::Kind::Credentials ||
               error.kind == ApiError::Kind::Refused) {
        o.state = error.requestSent ? DeliveryState::Unknown : DeliveryState::Pending;
        halt(Halt::Pause, error.userMessage(m_client.app()));
    } else if (error.requestSent &&
               (error.isTransient() || error.kind == ApiError::Kind::BadReply)) {
        // It may have reached WeChat, and the client's own retries (with the same
        // client_msg_id) are over: only staff may send it again.
        o.state = DeliveryState::Unknown;
        o.reason = QStringLiteral("no_answer");
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
    } else if (error.isTransient()) {
        o.state = DeliveryState::Pending; // never left this machine: try again later
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
    } else {
        o.state = DeliveryState::Failed;
    }
    return o;
}

void OutboxRunner::onSent(const Batch &batch, const ApiError &error, qint64 msgid)
{
    --m_inFlight;
    m_firstAnswered = true;
    const Outcome outcome = outcomeOf(error, msgid);
    qint64 *counter = outcome.state == DeliveryState::Sent      ? &m_report.sent
                      : outcome.state == DeliveryState::Failed  ? &m_report.failed
                      : outcome.state == DeliveryState::Skipped ? &m_report.skipped
                      : outcome.state == DeliveryState::Unknown ? &m_report.unknown
                                                                : nullptr;
    if (counter)
        *counter += batch.size();
    else
        m_noMorePending = false; // back to pending
    if (outcome.state != DeliveryState::Sent && outcome.state != DeliveryState::Pending)
        qCInfo(lcMessaging).noquote() << QStringLiteral("campaign %1 deliveries %2 (+%3): %4 (%5)")
                                             .arg(m_campaignId)
                                             .arg(batch.constFirst().deliveryId)
                                             .arg(batch.size() - 1)
                                             .arg(States::text(outcome.state), error.summary());
    for (const Claimed &row : batch) {
        Outcome o = outcome;
        o.id = row.deliveryId;
        m_outcomes.append(o);
    }
}

// After a quota pause, once nothing is in flight: the campaign is paused until the reset and
// the run waits for it. False when the run ended instead.
bool OutboxRunner::waitForQuotaReset()
{
    Status status = commitTurn(0, nullptr, nullptr);
    const qint64 resetAt = SendWindow::nextBeijingMidnight(m_clock.nowMsecs());
    CampaignStore::Transition paused;
    if (status.isOk())
        status = m_store.pauseUntil(m_campaignId, m_haltReason, resetAt, runnerActor(), &paused);
    if (!status.isOk()) {
        m_halt = Halt::None;
        halt(Halt::Stop, status.message());
        finish(status);
        return false;
    }
    if (!paused.made) { // staff paused or cancelled it meanwhile: theirs stands
        m_halt = Halt::CampaignChanged;
        finish();
        return false;
    }
    qCInfo(lcMessaging).noquote()
        << QStringLiteral("campaign %1: %2").arg(m_campaignId).arg(m_haltReason);
    m_halt = Halt::None;
    m_quotaResetAt = resetAt;
    return true;
}

Status OutboxRunner::endAs(CampaignState to, const QString &reason)
{
    CampaignStore::Transition ended;
    WX_TRY(m_store.transition(m_campaignId, {CampaignState::Running}, to, reason, runnerActor(),
                              &ended));
    if (!ended.made)
        qCInfo(lcMessaging).noquote()
            << QStringLiteral("campaign %1: the run ended, and the campaign stays %2 (changed "
                              "meanwhile), not %3")
                   .arg(m_campaignId)
                   .arg(States::text(ended.now), States::text(to));
    return Status::ok();
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
    if (status.isOk()) {
        switch (m_halt) {
        case Halt::Pause:
        case Halt::QuotaPause:
            status = endAs(CampaignState::Paused, m_haltReason);
            break;
        case Halt::Stop:
            status = endAs(CampaignState::Stopped, m_haltReason);
            break;
        case Halt::None: {
            Status counted = Status::ok();
            // Rows in `sending` here belong to another console working the same campaign.
            if (rowsIn(kPendingOrSending, &counted) == 0 && counted.isOk())
                status = endAs(CampaignState::Finished, QString());
            break;
        }
        case Halt::Interrupt:
        case Halt::CampaignChanged:
            break;
        }
    }
    // A lease left behind goes stale by itself: a failed release only delays a takeover.
    Sql::warnIfFailed(m_leases.release(m_runnerId), "releasing the run's lease");
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
