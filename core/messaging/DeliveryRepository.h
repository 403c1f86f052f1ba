#pragma once

#include "CampaignStates.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <memory>
#include <QList>
#include <QPair>
#include <QVariantList>

class PreparedStatements;

// The outbox rows (table `deliveries`): one per recipient account of a campaign. Every move
// of a row's state is a compare-and-set against the state it must be in. Works on its caller's
// PreparedStatements, so the runner's and the linker's per-row statements stay prepared.
class DeliveryRepository
{
public:
    // A pending row as a run reads it to send: who it goes to, and why it must not go now
    // (empty: it may).
    struct Pending
    {
        qint64 id = 0;
        QString clientMsgId;
        qint64 profileId = 0;
        QString openid;
        QString memberId;
        QString remark;
        QString exclusion;
    };
    // What WeChat's answer made of a row that was sending.
    struct Outcome
    {
        qint64 id = 0;
        DeliveryState state = DeliveryState::Sent;
        QString reason;
        int errcode = 0;
        QString errmsg;
        qint64 msgid = 0;
    };

    // Rows per state, reason and errcode: the campaign's report.
    struct Tally
    {
        DeliveryState state = DeliveryState::Pending;
        QString reason;   // null when none
        QVariant errcode; // null when none
        qint64 rows = 0;
    };

    // On the caller's statements (the runner, the linker: per-row work) ...
    explicit DeliveryRepository(PreparedStatements &sql) : m_sql(sql) {}
    // ... or on statements of its own (a store's occasional work).
    explicit DeliveryRepository(DbConnection db);

    // A campaign's outbox from `recipientsSql` (account_id, profile_id, reason; binds
    // `binds`): pending where the reason is null, skipped with it otherwise.
    Status materialise(qint64 campaignId, const QString &recipientsSql, const QVariantList &binds,
                       qint64 now);
    StatusOr<qint64> countSkippedExcept(qint64 campaignId, const QString &reason);
    // Every pending row of the campaign becomes skipped with `reason` (a cancel).
    Status skipAllPending(qint64 campaignId, const QString &reason, qint64 now);
    // Staff decided to send the unknown rows again: they are pending. Returns how many.
    StatusOr<qint64> requeueUnknown(qint64 campaignId, qint64 now);
    // Rows left in sending by runs not in `aliveRunners` become unknown. Returns how many.
    StatusOr<qint64> markInterrupted(qint64 campaignId, const QStringList &aliveRunners,
                                     qint64 now);
    StatusOr<QList<Tally>> tally(qint64 campaignId);
    // Sent rows per time bucket (start of bucket in epoch ms, rows).
    StatusOr<QList<QPair<qint64, qint64>>> sentPerBucket(qint64 campaignId, qint64 bucketMsecs);
    // When the first and the last message went out (0 when none has).
    Status sentBetween(qint64 campaignId, qint64 *first, qint64 *last);

    StatusOr<qint64> countIn(qint64 campaignId, const QList<DeliveryState> &states);
    // The first `limit` pending rows with the reason each must not be sent now, from
    // `exclusionSql` (a CASE over the account `a`, ExclusionRules) and its binds; `lockClause`
    // lets other consoles pass over the rows this transaction reads.
    StatusOr<QList<Pending>> readPending(qint64 campaignId, int limit, const QString &exclusionSql,
                                         const QVariantList &exclusionBinds,
                                         const QString &lockClause);
    Status skip(qint64 id, const QString &reason, qint64 now);
    // True when this call moved the row from pending (another console may have first).
    StatusOr<bool> markSending(qint64 id, const QString &runnerId, qint64 now);
    // A row claimed but not sent after all.
    Status putBack(qint64 id);
    Status record(const Outcome &outcome, qint64 now);

    // A delivery counts for the person its account belongs to (frequency cap, segments): it
    // follows the account through merges (per moved account) and rebuilds (all at once).
    Status moveAccount(qint64 accountId, qint64 toProfile);
    Status followAllAccounts();

private:
    std::shared_ptr<PreparedStatements> m_own;
    PreparedStatements &m_sql;
};
