#include "CampaignStore.h"

#include "CampaignAudience.h"
#include "DeliveryRepository.h"
#include "ExclusionRules.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqlDialect.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
};

const QString kPreview = QStringLiteral("campaign.preview");
const QString kEdit = QStringLiteral("campaign.edit");
const QString kNoAccount = QStringLiteral("no_account");

using States::text;
} // namespace

CampaignStore::CampaignStore(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status CampaignStore::audit(const QString &actor, const QString &action, qint64 id,
                            const QJsonObject &details)
{
    return AuditLog(m_db).record(actor, action, QStringLiteral("campaign:%1").arg(id), details);
}

StatusOr<AppConfig> CampaignStore::appOf(const CampaignDefinition &definition) const
{
    Status status = Status::ok();
    const std::optional<AppConfig> app = AppRepository(m_db).find(definition.appid, &status);
    WX_TRY(status);
    if (!app)
        return Status::failure(
            Text::tr("No account with AppID %1 is configured.").arg(definition.appid));
    return *app;
}

Status CampaignStore::checkTargets(const CampaignDefinition &definition, qint64 *appRow,
                                   qint64 *segmentId) const
{
    const StatusOr<AppConfig> app = appOf(definition);
    WX_TRY(app.status());
    WX_TRY(definition.checkSender(app.value().kind == AppConfig::Kind::MiniProgram));
    Status status = Status::ok();
    *appRow = AppRepository(m_db).rowId(definition.appid, &status);
    WX_TRY(status);
    SegmentStore::Segment segment;
    if (!definition.massByTag() &&
        !SegmentStore(m_db, m_clock).find(definition.segment, &segment).isOk())
        return Status::failure(
            Text::tr("No saved segment is called \"%1\".").arg(definition.segment));
    *segmentId = segment.id;
    if (definition.massByTag()) {
        const StatusOr<bool> tag = TagRepository(m_db).exists(*appRow, definition.massTagId);
        WX_TRY(tag.status()); // a database error, not "no such tag"
        if (!tag.value())
            return Status::failure(Text::tr("%1 has no tag with id %2 (as last synced): sync the "
                                            "tags, or choose another.")
                                       .arg(definition.appid)
                                       .arg(definition.massTagId));
    }
    return Status::ok();
}

Status CampaignStore::create(const CampaignDefinition &definition, const QString &actor, qint64 *id)
{
    qint64 appRow = 0;
    qint64 segmentId = 0;
    WX_TRY(checkTargets(definition, &appRow, &segmentId));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<qint64> created =
        CampaignRepository(m_db).insert(definition, appRow, segmentId, actor, m_clock.nowMsecs());
    WX_TRY(created.status());
    *id = created.value();
    WX_TRY(audit(actor, QStringLiteral("campaign.create"), *id,
                 {{QStringLiteral("definition"), definition.toJson()}}));
    return transaction.commit();
}

Status CampaignStore::edit(qint64 id, const CampaignDefinition &definition, const QString &actor)
{
    qint64 appRow = 0;
    qint64 segmentId = 0;
    WX_TRY(checkTargets(definition, &appRow, &segmentId));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<bool> changed =
        CampaignRepository(m_db).updateDraft(id, definition, appRow, segmentId);
    WX_TRY(changed.status());
    if (!changed.value())
        return Status::failure(
            Text::tr("Campaign %1 is no longer a draft: only a draft can be edited.").arg(id));
    WX_TRY(audit(actor, kEdit, id, {{QStringLiteral("definition"), definition.toJson()}}));
    return transaction.commit();
}

Status CampaignStore::load(qint64 id, Campaign *campaign) const
{
    return CampaignRepository(m_db).load(id, campaign);
}

Status CampaignStore::list(QList<Campaign> *campaigns) const
{
    return CampaignRepository(m_db).list(campaigns);
}

Status CampaignStore::start(qint64 id, const QString &actor, Counts *result)
{
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    if (campaign.state != CampaignState::Draft)
        return Status::failure(Text::tr("Campaign %1 is %2: only a draft can be started.")
                                   .arg(id)
                                   .arg(text(campaign.state)));
    const bool byTag = campaign.definition.massByTag();
    if (!campaign.segmentId && !byTag)
        return Status::failure(Text::tr("The segment of campaign %1 was deleted.").arg(id));
    if (campaign.definition.isMass()) {
        const StatusOr<std::optional<TestSend>> tested = testSendOfThisVersion(id);
        WX_TRY(tested.status());
        if (!tested.value())
            return Status::failure(Text::tr("A mass message cannot be recalled: send campaign %1 "
                                            "as a preview to a staff member first (Send test, "
                                            "or wxops campaign preview %1 --openid …).")
                                       .arg(id));
    }
    // The audience is who matches now, not at the segment's last refresh.
    SegmentStore::Refresh refreshed;
    if (!byTag)
        WX_TRY(SegmentStore(m_db, m_clock).refresh(campaign.segmentId, &refreshed));

    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    const ExclusionRules rules = ExclusionRules::of(campaign.definition, SqlDialect::of(m_db), now,
                                                    ExclusionRules::Scope::EveryRecipient);
    const CampaignAudience::Query source = CampaignAudience::recipients(
        campaign.definition, rules, campaign.appRowId, campaign.segmentId);
    DeliveryRepository deliveries(m_db);
    WX_TRY(deliveries.materialise(id, source.sql, source.binds, now));
    if (byTag) {
        // A tag send reaches everyone with the tag: nobody can be left out, so nobody may need
        // to be (followers who left get nothing from WeChat anyway).
        const StatusOr<qint64> wouldBeReached =
            deliveries.countSkippedExcept(id, QStringLiteral("unsubscribed"));
        WX_TRY(wouldBeReached.status());
        if (wouldBeReached.value() > 0)
            return Status::failure(
                Text::tr("%1 followers with this tag opted out, are over the frequency cap or "
                         "had 4 mass messages this month, and a send to the tag would reach them "
                         "all the same. Send to a segment's openids instead.")
                    .arg(wouldBeReached.value()));
    } else {
        const CampaignAudience::Query none =
            CampaignAudience::withoutAccount(campaign.segmentId, campaign.appRowId);
        WX_TRY(CampaignRepository(m_db).exclude(id, kNoAccount, none.sql, none.binds));
    }
    Transition started;
    WX_TRY(compareAndSet(id, {CampaignState::Draft}, CampaignState::Running, QString(), &started));
    if (!started.made)
        return refused(id, started.now, CampaignState::Running);
    WX_TRY(CampaignRepository(m_db).setStartedAt(id, now));
    Counts materialised;
    WX_TRY(counts(id, &materialised));
    WX_TRY(audit(actor, QStringLiteral("campaign.start"), id,
                 {{text(DeliveryState::Pending), materialised.count(DeliveryState::Pending)},
                  {text(DeliveryState::Skipped), materialised.count(DeliveryState::Skipped)},
                  {QStringLiteral("no_account"),
                   materialised.byReason.value(QStringLiteral("no_account"))}}));
    WX_TRY(transaction.commit());
    if (result)
        *result = materialised;
    return Status::ok();
}

Status CampaignStore::transition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                 const QString &reason, const QString &actor, Transition *result)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeTransition(id, from, to, reason, actor, result));
    return transaction.commit();
}

Status CampaignStore::compareAndSet(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                    const QString &reason, Transition *result)
{
    const StatusOr<bool> made = CampaignRepository(m_db).compareAndSet(
        id, from, to, reason, States::isFinal(to) ? m_clock.nowMsecs() : 0);
    WX_TRY(made.status());
    result->made = made.value();
    result->now = to;
    if (result->made)
        return Status::ok();
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    result->now = campaign.state;
    return Status::ok();
}

Status CampaignStore::writeTransition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                      const QString &reason, const QString &actor,
                                      Transition *result)
{
    WX_TRY(compareAndSet(id, from, to, reason, result));
    if (!result->made)
        return Status::ok();
    return audit(actor, QStringLiteral("campaign.") + text(to), id,
                 reason.isEmpty() ? QJsonObject{}
                                  : QJsonObject{{QStringLiteral("reason"), reason}});
}

Status CampaignStore::refused(qint64 id, CampaignState now, CampaignState wanted)
{
    return Status::failure(Text::tr("Campaign %1 was changed meanwhile and is now %2, so it was "
                                    "not made %3. Look at it again.")
                               .arg(id)
                               .arg(text(now), text(wanted)));
}

Status CampaignStore::pauseUntil(qint64 id, const QString &reason, qint64 resumeAt,
                                 const QString &actor, Transition *result)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeTransition(id, {CampaignState::Running}, CampaignState::Paused, reason, actor,
                           result));
    if (result->made)
        WX_TRY(CampaignRepository(m_db).setResumeAt(id, resumeAt));
    return transaction.commit();
}

Status CampaignStore::resumeAfterReset(qint64 id, const QString &actor, bool *resumed)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<bool> made = CampaignRepository(m_db).resumeAfterQuotaPause(id);
    WX_TRY(made.status());
    *resumed = made.value();
    if (*resumed)
        WX_TRY(audit(actor, QStringLiteral("campaign.") + text(CampaignState::Running), id,
                     {{QStringLiteral("reason"), QStringLiteral("quota reset")}}));
    return transaction.commit();
}

Status CampaignStore::recordPreview(qint64 id, const QString &openid, const QString &actor)
{
    return audit(actor, kPreview, id, {{QStringLiteral("openid"), openid}});
}

StatusOr<std::optional<CampaignStore::TestSend>>
CampaignStore::testSendOfThisVersion(qint64 id) const
{
    // A preview counts for the message it showed: one made before the last edit does not.
    const AuditLog audit(m_db);
    const QString object = QStringLiteral("campaign:%1").arg(id);
    const auto previewed = audit.newestEntry(object, kPreview);
    WX_TRY(previewed.status());
    const StatusOr<qint64> edited = audit.newest(object, kEdit);
    WX_TRY(edited.status());
    const std::optional<AuditLog::Entry> &entry = previewed.value();
    if (!entry || entry->id <= edited.value())
        return std::optional<TestSend>();
    return std::optional<TestSend>(TestSend{
        entry->actor, entry->at, entry->details.value(QStringLiteral("openid")).toString()});
}

Status CampaignStore::pause(qint64 id, const QString &actor)
{
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    // A campaign waiting for the quota's reset may be paused by staff: it then waits for them.
    const bool waitsForReset = campaign.state == CampaignState::Paused && campaign.resumeAt;
    if (campaign.state != CampaignState::Running && !waitsForReset)
        return Status::failure(Text::tr("Campaign %1 is %2: only a running one can be paused.")
                                   .arg(id)
                                   .arg(text(campaign.state)));
    Transition paused;
    WX_TRY(transition(id, {campaign.state}, CampaignState::Paused,
                      Text::tr("paused by %1").arg(actor), actor, &paused));
    return paused.made ? Status::ok() : refused(id, paused.now, CampaignState::Paused);
}

Status CampaignStore::resume(qint64 id, const QString &actor)
{
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    if (campaign.state != CampaignState::Paused && campaign.state != CampaignState::Stopped)
        return Status::failure(
            Text::tr("Campaign %1 is %2: only a paused or stopped one can be resumed.")
                .arg(id)
                .arg(text(campaign.state)));
    Transition resumed;
    WX_TRY(transition(id, {campaign.state}, CampaignState::Running, QString(), actor, &resumed));
    return resumed.made ? Status::ok() : refused(id, resumed.now, CampaignState::Running);
}

Status CampaignStore::cancel(qint64 id, const QString &actor)
{
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    if (States::isFinal(campaign.state))
        return Status::failure(
            Text::tr("Campaign %1 is already %2.").arg(id).arg(text(campaign.state)));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    Transition cancelled;
    WX_TRY(writeTransition(id, {campaign.state}, CampaignState::Cancelled, QString(), actor,
                           &cancelled));
    if (!cancelled.made)
        return refused(id, cancelled.now, CampaignState::Cancelled); // rolled back
    WX_TRY(DeliveryRepository(m_db).skipAllPending(id, QStringLiteral("cancelled"),
                                                   m_clock.nowMsecs()));
    return transaction.commit();
}

Status CampaignStore::resendUnknown(qint64 id, const QString &actor, qint64 *rows)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<qint64> requeued =
        DeliveryRepository(m_db).requeueUnknown(id, m_clock.nowMsecs());
    WX_TRY(requeued.status());
    *rows = requeued.value();
    WX_TRY(audit(actor, QStringLiteral("campaign.resend_unknown"), id,
                 {{QStringLiteral("rows"), *rows}}));
    // A finished campaign has work again; a paused or stopped one stays so until resumed.
    Transition reopened;
    if (*rows > 0)
        WX_TRY(compareAndSet(id, {CampaignState::Finished}, CampaignState::Running, QString(),
                             &reopened));
    return transaction.commit();
}

Status CampaignStore::counts(qint64 id, Counts *counts) const
{
    *counts = Counts{};
    const StatusOr<QList<DeliveryRepository::Tally>> tally = DeliveryRepository(m_db).tally(id);
    WX_TRY(tally.status());
    for (const DeliveryRepository::Tally &t : tally.value()) {
        counts->rows.append({t.state, t.reason, t.errcode.toInt(), t.rows});
        counts->byState[t.state] += t.rows;
        if (!t.reason.isNull())
            counts->byReason[t.reason] += t.rows;
        if (!t.errcode.isNull())
            counts->byErrcode[t.errcode.toInt()] += t.rows;
    }
    const StatusOr<QMap<QString, qint64>> excluded =
        CampaignRepository(m_db).exclusionsByReason(id);
    WX_TRY(excluded.status());
    for (auto it = excluded.value().cbegin(); it != excluded.value().cend(); ++it)
        counts->byReason[it.key()] += it.value();
    return Status::ok();
}

Status CampaignStore::decide(qint64 id, int revisionSeen, CampaignApprovals::Decision decision,
                             const QString &comment, const QString &actor, Counts *audienceSeen)
{
    Campaign campaign;
    WX_TRY(load(id, &campaign));
    Counts seen;
    WX_TRY(audience(campaign.definition, &seen));
    WX_TRY(CampaignApprovals(m_db).decide(id, revisionSeen, decision, comment,
                                          seen.count(DeliveryState::Pending), actor));
    if (audienceSeen)
        *audienceSeen = seen;
    return Status::ok();
}

StatusOr<CampaignApprovals::Need>
CampaignStore::approvalNeed(const Campaign &campaign, CampaignApprovals::Entry *newest) const
{
    if (campaign.state != CampaignState::Draft)
        return CampaignApprovals::Need::None;
    const StatusOr<bool> enforced = CampaignApprovals(m_db).enforced();
    WX_TRY(enforced.status());
    if (!enforced.value()) // SQLite, or no team: nobody else to ask
        return CampaignApprovals::Need::None;
    Counts reached;
    WX_TRY(audience(campaign.definition, &reached));
    return CampaignApprovals(m_db).need(campaign.id, campaign.revision,
                                        campaign.definition.isMass(),
                                        reached.count(DeliveryState::Pending), newest);
}

Status CampaignStore::audience(const CampaignDefinition &definition, Counts *counts) const
{
    *counts = Counts{};
    const StatusOr<QMap<QString, qint64>> byReason =
        CampaignAudience(m_db, m_clock).countByReason(definition);
    WX_TRY(byReason.status());
    for (auto it = byReason.value().cbegin(); it != byReason.value().cend(); ++it) {
        if (it.key().isEmpty()) { // reached
            counts->byState[DeliveryState::Pending] += it.value();
            continue;
        }
        if (it.key() != kNoAccount)
            counts->byState[DeliveryState::Skipped] += it.value();
        counts->byReason[it.key()] += it.value();
    }
    return Status::ok();
}
