#pragma once

#include "CampaignApprovals.h"
#include "CampaignRepository.h"
#include "MessageRenderer.h"
#include "storage/DbConnection.h"
#include "util/Status.h"
#include "util/StatusOr.h"
#include "wechat/AppConfig.h"

#include <numeric>
#include <QMap>

class Clock;

// What staff do with campaigns: create, start (which materialises one delivery row per
// recipient account, the excluded ones skipped with their reason), pause, cancel, re-send
// unknowns, and the counts per state. Every action is in the audit log with its actor. The rows
// are CampaignRepository's and DeliveryRepository's; who is reached is CampaignAudience's.
//
// The states and their moves are in CampaignStates.h. Every change of a campaign's state is a
// compare-and-set against the states the caller expects; a refused change is reported.
class CampaignStore
{
public:
    using Campaign = CampaignRepository::Campaign;
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
        qint64 total() const
        {
            return std::accumulate(byState.cbegin(), byState.cend(), qint64(0));
        }
        qint64 count(DeliveryState state) const { return byState.value(state); }
        // Everyone the rules left out: skipped rows and people without an account on the app.
        qint64 leftOut() const
        {
            return count(DeliveryState::Skipped) + byReason.value(QStringLiteral("no_account"));
        }
    };

    CampaignStore(DbConnection db, const Clock &clock);

    Status create(const CampaignDefinition &definition, const QString &actor, qint64 *id);
    // Replaces a draft's definition (audited); a mass message then needs a new preview.
    Status edit(qint64 id, const CampaignDefinition &definition, const QString &actor);
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
    // What starting a campaign with this definition would write now, without writing it: the
    // composer's audience (as of the segment's last refresh).
    Status audience(const CampaignDefinition &definition, Counts *counts) const;

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

    // A campaign paused by WeChat's daily quota goes on by itself at `resumeAt`.
    // Refused (`result`) when the campaign is no longer running.
    Status pauseUntil(qint64 id, const QString &reason, qint64 resumeAt, const QString &actor,
                      Transition *result);
    // At the reset: a campaign still paused for the quota runs again (false: staff changed it).
    Status resumeAfterReset(qint64 id, const QString &actor, bool *resumed);
    // A test of the campaign's message reached a staff member (a mass campaign starts only
    // after one).
    Status recordPreview(qint64 id, const QString &openid, const QString &actor);
    struct TestSend
    {
        QString actor;
        qint64 at = 0;
        QString openid;
    };
    // The newest test of the campaign's message as it is now: none when there was none since
    // its last edit (what an approver and a mass send's start look for).
    StatusOr<std::optional<TestSend>> testSendOfThisVersion(qint64 id) const;

    // A team member's decision on campaign `id` as they saw it (`revisionSeen`), recorded with
    // the audience it would reach now (`audienceSeen`); see CampaignApprovals.
    Status decide(qint64 id, int revisionSeen, CampaignApprovals::Decision decision,
                  const QString &comment, const QString &actor, Counts *audienceSeen = nullptr);
    // What the draft `campaign` waits for before it may start; `newest` the newest decision
    // on its current revision, if any.
    StatusOr<CampaignApprovals::Need>
    approvalNeed(const Campaign &campaign, CampaignApprovals::Entry *newest = nullptr) const;

private:
    // The app row and segment a definition sends through, or why it cannot.
    Status checkTargets(const CampaignDefinition &definition, qint64 *appRow,
                        qint64 *segmentId) const;
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
