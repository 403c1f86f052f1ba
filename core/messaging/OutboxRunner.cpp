#include "OutboxRunner.h"

#include "CampaignRepository.h"
#include "logging/LogCategories.h"
#include "SendOutcome.h"
#include "SendWindow.h"
#include "storage/AuditLog.h"
#include "storage/DurableCommits.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
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
      m_store(db, clock), m_sql(std::make_unique<PreparedStatements>(db)), m_deliveries(*m_sql),
      m_lease(db, m_deliveries, clock, campaignId)
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
        status = m_lease.take(&m_report.recovered);
    if (!status.isOk()) {
        finish(status);
        return;
    }
    m_durable = std::make_unique<DurableCommits>(m_db);
    m_renderer = std::make_unique<MessageRenderer>(m_campaign.definition);
    m_sender = std::make_unique<ChannelSender>(m_client, *m_renderer, m_campaign.definition);
    m_claim = std::make_unique<OutboxClaim>(m_deliveries, m_campaign.definition, *m_renderer,
                                            SqlDialect::of(m_db), m_campaignId, m_lease.runnerId());
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
    const StatusOr<CampaignRepository::StateNow> now =
        CampaignRepository(m_db).stateOf(m_campaignId);
    *status = now.status();
    if (!status->isOk())
        return;
    // A campaign gone or in a state this version does not know halts the run like a cancel.
    const CampaignState state = now.value().state.value_or(CampaignState::Cancelled);
    if (m_quotaResetAt && state == CampaignState::Running)
        m_quotaResetAt = 0; // staff resumed it before the reset
    const bool waitingForQuota =
        m_quotaResetAt && state == CampaignState::Paused && now.value().resumeAt;
    if (state != CampaignState::Running && !waitingForQuota)
        halt(Halt::CampaignChanged, QString());
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
        qint64 recovered = 0;
        status = m_lease.beat(&recovered);
        m_report.recovered += recovered;
        if (recovered > 0)
            m_noMorePending = false; // the finish check looks again
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
    OutboxClaim::Result claimed;
    if (status.isOk() && (wanted > 0 || !m_outcomes.isEmpty()))
        status = commitTurn(wanted, &claimed);
    if (!status.isOk()) {
        halt(Halt::Stop, status.message());
        m_report.status = status;
    }
    if (status.isOk() && wanted > 0 && claimed.rowsRead < wanted)
        m_noMorePending = true;
    for (const OutboxClaim::Batch &batch : std::as_const(claimed.batches))
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

Status OutboxRunner::commitTurn(int claimCount, OutboxClaim::Result *claimed)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeOutcomes());
    if (claimCount > 0) {
        WX_TRY(m_claim->claim(claimCount, m_pendingBeyondClaim, m_clock.nowMsecs(), claimed));
        m_report.skipped += claimed->skipped;
    }
    WX_TRY(transaction.commit());
    m_outcomes.clear();
    return Status::ok();
}

Status OutboxRunner::writeOutcomes()
{
    const qint64 now = m_clock.nowMsecs();
    for (const DeliveryRepository::Outcome &outcome : std::as_const(m_outcomes))
        WX_TRY(m_deliveries.record(outcome, now));
    return Status::ok();
}

void OutboxRunner::send(const OutboxClaim::Batch &batch)
{
    ++m_inFlight;
    QList<MessageRenderer::Recipient> recipients;
    for (const OutboxClaim::Row &row : batch)
        recipients << row.recipient;
    m_sender->send(
        recipients, m_claim->clientMsgId(batch), this,
        [this, batch](const ApiError &error, qint64 msgid) { onSent(batch, error, msgid); });
}

void OutboxRunner::onSent(const OutboxClaim::Batch &batch, const ApiError &error, qint64 msgid)
{
    --m_inFlight;
    m_firstAnswered = true;
    const SendOutcome answer = SendOutcome::of(error, msgid, m_campaign.definition, m_client.app());
    static const QHash<SendOutcome::ForRun, Halt> halts{
        {SendOutcome::ForRun::QuotaPause, Halt::QuotaPause},
        {SendOutcome::ForRun::Pause, Halt::Pause},
        {SendOutcome::ForRun::Stop, Halt::Stop}};
    if (answer.forRun == SendOutcome::ForRun::BackOff)
        m_backoffUntil = m_clock.nowMsecs() + kBackoffMsecs;
    else if (halts.contains(answer.forRun))
        halt(halts.value(answer.forRun), answer.reason);
    const DeliveryRepository::Outcome &outcome = answer.rows;
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
    for (const OutboxClaim::Row &row : batch) {
        DeliveryRepository::Outcome o = outcome;
        o.id = row.deliveryId;
        m_outcomes.append(o);
    }
}

// After a quota pause, once nothing is in flight: the campaign is paused until the reset and
// the run waits for it. False when the run ended instead.
bool OutboxRunner::waitForQuotaReset()
{
    OutboxClaim::Result none;
    Status status = commitTurn(0, &none);
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
    OutboxClaim::Result none;
    // Rows put back to pending in the last turn go out with the next run.
    if (status.isOk() && !m_outcomes.isEmpty())
        status = commitTurn(0, &none);
    // Paused or stopped with the reason; finished when nothing is left (rows in `sending` are
    // another console's, working the same campaign); after an interrupt or a change by staff
    // the campaign stays as it is.
    const bool pause = m_halt == Halt::Pause || m_halt == Halt::QuotaPause;
    if (status.isOk() && (pause || m_halt == Halt::Stop))
        status = endAs(pause ? CampaignState::Paused : CampaignState::Stopped, m_haltReason);
    else if (status.isOk() && m_halt == Halt::None && rowsIn(kPendingOrSending, &status) == 0 &&
             status.isOk())
        status = endAs(CampaignState::Finished, QString());
    m_lease.release();
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
