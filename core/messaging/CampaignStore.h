#pragma once

#include "CampaignDefinition.h"
#include "CampaignStates.h"
#include "MessageRenderer.h"
#include "storage/DbConnection.h"
#include "util/Status.h"
#include "util/StatusOr.h"
#include "wechat/AppConfig.h"

#include <QMap>

class Clock;
struct ExclusionRules;

// Campaigns and their outbox (`deliveries`): create, start (which materialises one delivery
// row per recipient account, the excluded ones skipped with their reason), pause, cancel,
// re-send unknowns, and the counts per state. Every action is in the audit log with its actor.
//
// The states and their moves are in CampaignStates.h. Every change of a campaign's state is a
// compare-and-set against the states the caller expects; a refused change is reported.
class CampaignStore
{
public:
    struct Campaign
    {
        qint64 id = 0;
        CampaignDefinition definition;
        qint64 appRowId = 0;
        qint64 segmentId = 0;
        CampaignState state = CampaignState::Draft;
        QString pausedReason; // why it is paused or stopped
        QString createdBy;
        qint64 createdAt = 0;
        qint64 startedAt = 0;
        qint64 finishedAt = 0;
        qint64 resumeAt = 0; // a quota pause ends by itself then; 0: staff resume it
    };
    struct ReportRow // one line of the report: deliveries by state, reason and errcode
    {
        DeliveryState state = DeliveryState::Pending;
        QString reason;
        int errcode = 0;
        qint64 deliveries = 0;
    };
    struct Counts
    {
        QList<ReportRow> rows;               // most deliveries first
        QMap<DeliveryState, qint64> byState; // rows in each state
        QMap<QString, qint64> byReason;      // skip reason (and "no_account" exclusions) -> people
        QMap<int, qint64> byErrcode;         // failed and skipped rows with a WeChat errcode
        qint64 total() const;
        qint64 count(DeliveryState state) const { return byState.value(state); }
    };

    CampaignStore(DbConnection db, const Clock &clock);

    Status create(const CampaignDefinition &definition, const QString &actor, qint64 *id);
    // The configured app a definition sends through, or why there is none.
    StatusOr<AppConfig> appOf(const CampaignDefinition &definition) const;
    Status load(qint64 id, Campaign *campaign) const;
    Status list(QList<Campaign> *campaigns) const;

    // Refreshes the segment and materialises the outbox in one transaction; a draft only.
    Status start(qint64 id, const QString &actor, Counts *result = nullptr);
    Status pause(qint64 id, const QString &actor);
    Status resume(qint64 id, const QString &actor);
    // The rows still pending become skipped ("cancelled"); what was sent stays sent.
    Status cancel(qint64 id, const QString &actor);
    // Staff decision: unknown rows go back to pending (WeChat de-duplicates a template message
    // with the same client_msg_id for a while, so a prompt re-send is safe there). A finished
    // campaign is running again.
    Status resendUnknown(qint64 id, const QString &actor, qint64 *rows);
    Status counts(qint64 id, Counts *counts) const;
    // Deliveries in one state, from the (campaign, state) index: cheap at any size.
    Status rowsInState(qint64 id, DeliveryState state, qint64 *rows) const;
    // What starting a campaign with this definition would write now, without writing it: the
    // composer's audience (as of the segment's last refresh).
    Status audience(const CampaignDefinition &definition, Counts *counts) const;
    // The `index`-th recipient (0 first, by account) of a segment on an app, as of the
    // segment's last refresh, for the composer's preview; profileId 0 past the last.
    StatusOr<MessageRenderer::Recipient> sampleRecipient(const QString &appid,
                                                         const QString &segment, int index) const;
    // Sends per time bucket (start of bucket in epoch ms, messages), for the campaign's chart.
    Status sendsOverTime(qint64 id, qint64 bucketMsecs, QList<QPair<qint64, qint64>> *points) const;
    // When the first and the last message of the campaign went out (0 when none has).
    Status sendWindow(qint64 id, qint64 *first, qint64 *last) const;

    // The outcome of a compare-and-set on a campaign's state: made, or refused because the
    // campaign is no longer in a state the caller expected (`now` is the state it is in).
    struct Transition
    {
        bool made = false;
        CampaignState now = CampaignState::Draft;
    };
    // Moves the campaign to `to` only if it is in one of `from`; audited when made.
    Status transition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                      const QString &reason, const QString &actor, Transition *result);
    // Rows a crashed run left in `sending` become `unknown`: they may have been sent. Rows
    // claimed by one of `aliveRunners` (RunnerLeases) are another console's, in flight.
    Status recoverInterrupted(qint64 id, const QStringList &aliveRunners, qint64 *rows);

    // A campaign paused by WeChat's daily quota goes on by itself at `resumeAt`.
    // Refused (`result`) when the campaign is no longer running.
    Status pauseUntil(qint64 id, const QString &reason, qint64 resumeAt, const QString &actor,
                      Transition *result);
    // At the reset: a campaign still paused for the quota runs again (false: staff changed it).
    Status resumeAfterReset(qint64 id, const QString &actor, bool *resumed);
    // A test of the campaign's message reached a staff member (a mass campaign starts only
    // after one).
    Status recordPreview(qint64 id, const QString &openid, const QString &actor);

private:
    // The outbox rows a start writes, as a SELECT (account_id, profile_id, reason) with its
    // binds: the segment's people's accounts on the app, or for a mass send to a tag the
    // accounts holding the tag; the reason from the ExclusionRules.
    struct Recipients
    {
        QString sql;
        QVariantList binds;
    };
    static Recipients recipients(const CampaignDefinition &definition, const ExclusionRules &rules,
                                 qint64 appRow, qint64 segmentId);
    bool hasPreview(qint64 id, Status *status) const;
    // The segment's people without an account on the app; binds: segment id, app row id.
    static QString noAccountSql();
    // The UPDATE of a transition, without its audit line (the caller writes its own).
    Status compareAndSet(qint64 id, const QList<CampaignState> &from, CampaignState to,
                         const QString &reason, Transition *result);
    Status writeTransition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                           const QString &reason, const QString &actor, Transition *result);
    // A person's action refused because the campaign changed after they looked at it.
    static Status refused(qint64 id, CampaignState now, CampaignState wanted);
    Status audit(const QString &actor, const QString &action, qint64 id,
                 const QJsonObject &details = {});

    DbConnection m_db;
    const Clock &m_clock;
};
