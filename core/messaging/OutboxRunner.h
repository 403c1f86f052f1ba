#pragma once

#include "CampaignStore.h"
#include "ChannelSender.h"
#include "DeliveryRepository.h"
#include "MessageRenderer.h"
#include "OutboxClaim.h"
#include "RunLease.h"
#include "storage/DbConnection.h"
#include "util/TokenBucket.h"
#include "wechat/ApiError.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class Clock;
class WechatClient;
class DurableCommits;
class PreparedStatements;

// Works a running campaign's outbox to its end, at the campaign's rate and concurrency.
// Each turn commits, in one transaction, the outcomes of the sends that came back and the
// move of the next rows to `sending` — durably (synchronous commit) before any of those
// requests is written, so a crash at any point leaves every row either final or in `sending`,
// which the next run turns into `unknown` instead of sending it again.
// Just before a send, the opt-out list and the frequency cap are checked again. Several
// consoles may work one campaign at once: each claims rows the others do not hold, and a run
// takes over only the rows of runs that died (RunnerLeases).
// Before its scheduled start and in its quiet hours the run waits (sends are deferred, never
// dropped). WeChat's answers steer the run: a used-up daily quota (45009, 45028) pauses the
// campaign until the reset at midnight in Beijing, when the run goes on by itself; a bad
// template (40037, 47003) stops it after that one failure; an app setting to fix (IP
// whitelist, secret) pauses it with what to do; a failure that may have reached WeChat makes
// the row unknown. A mass campaign sends up to batch_size openids in one request.
class OutboxRunner : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        qint64 sent = 0; // this run
        qint64 failed = 0;
        qint64 skipped = 0;
        qint64 unknown = 0;
        qint64 recovered = 0; // rows a crashed run left in `sending`, now unknown
        CampaignState state = CampaignState::Running; // the campaign's state at the end
        QString reason;                               // why it paused or stopped
        bool interrupted = false;
        Status status = Status::ok();
        qint64 elapsedMsecs = 0;
    };
    struct Progress
    {
        qint64 done = 0;    // rows finished in this run
        qint64 pending = 0; // rows still to send
        qint64 elapsedMsecs = 0;
        qint64 waitingUntil = 0; // the scheduled start or the end of quiet hours; 0: sending
    };

    OutboxRunner(DbConnection db, qint64 campaignId, WechatClient &client, const Clock &clock,
                 QObject *parent = nullptr);
    ~OutboxRunner() override;

    void start();
    // Stops taking rows; what is on the wire finishes. The campaign stays running.
    void interrupt();

signals:
    void progressed(const OutboxRunner::Progress &progress);
    void finished(const OutboxRunner::Report &report);

private:
    enum class Halt
    {
        None,
        Pause,      // the campaign pauses with m_haltReason
        QuotaPause, // it pauses until the quota resets, and the run waits for that
        Stop,       // the campaign stops with m_haltReason
        Interrupt,
        CampaignChanged // paused or cancelled from elsewhere
    };

    void turn();
    int rowsToClaim(int requests, Status *status);
    Status commitTurn(int claimCount, OutboxClaim::Result *claimed);
    Status writeOutcomes();
    void send(const OutboxClaim::Batch &batch);
    void onSent(const OutboxClaim::Batch &batch, const ApiError &error, qint64 msgid);
    void halt(Halt why, const QString &reason);
    bool waitForQuotaReset();
    void finish(const Status &status = Status::ok());
    qint64 rowsIn(const QList<DeliveryState> &states, Status *status);
    // Moves the campaign from Running to `to` at the end of the run; a refusal (staff changed
    // it meanwhile) is logged and leaves their state.
    Status endAs(CampaignState to, const QString &reason);
    void checkCampaignState(Status *status);

    DbConnection m_db;
    qint64 m_campaignId;
    WechatClient &m_client;
    const Clock &m_clock;
    CampaignStore m_store;
    CampaignStore::Campaign m_campaign;
    std::unique_ptr<MessageRenderer> m_renderer;
    std::unique_ptr<ChannelSender> m_sender;
    std::unique_ptr<OutboxClaim> m_claim;
    std::unique_ptr<TokenBucket> m_bucket;
    std::unique_ptr<DurableCommits> m_durable;
    std::unique_ptr<PreparedStatements> m_sql;
    DeliveryRepository m_deliveries; // on m_sql
    RunLease m_lease;                // its runner id is stamped on the rows moved to `sending`
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    qint64 m_lastStateCheck = 0;
    qint64 m_lastProgress = 0;
    qint64 m_lastHeartbeat = 0;
    qint64 m_backoffUntil = 0;
    qint64 m_waitingUntil = 0; // outside the campaign's send window until then
    qint64 m_quotaResetAt = 0; // paused for the daily quota until then
    int m_inFlight = 0;
    bool m_noMorePending = false;
    bool m_pendingBeyondClaim = false; // mass: rows stay pending after this turn's claim
    bool m_firstAnswered = false;
    bool m_done = false;
    Halt m_halt = Halt::None;
    QString m_haltReason;
    QList<DeliveryRepository::Outcome> m_outcomes; // came back, not yet committed
    Report m_report;
};
