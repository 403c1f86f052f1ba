#include "CampaignStore.h"

#include "DeliveryRepository.h"
#include "ExclusionRules.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
};

const QString kColumns =
    QStringLiteral("id, content, app_id, segment_id, state, paused_reason, created_by, "
                   "created_at, started_at, finished_at, resume_at");

Status fromRow(const QSqlQuery &q, CampaignStore::Campaign *c)
{
    c->id = q.value(0).toLongLong();
    WX_TRY(CampaignDefinition::parse(q.value(1).toString().toUtf8(), &c->definition));
    c->appRowId = q.value(2).toLongLong();
    c->segmentId = q.value(3).toLongLong();
    const std::optional<CampaignState> state = States::campaignState(q.value(4).toString());
    if (!state)
        return Status::failure(Text::tr("Campaign %1 has a state this version does not know "
                                        "(\"%2\"): a newer wxops may have written it.")
                                   .arg(c->id)
                                   .arg(q.value(4).toString()));
    c->state = *state;
    c->pausedReason = q.value(5).toString();
    c->createdBy = q.value(6).toString();
    c->createdAt = q.value(7).toLongLong();
    c->startedAt = q.value(8).toLongLong();
    c->finishedAt = q.value(9).toLongLong();
    c->resumeAt = q.value(10).toLongLong();
    return Status::ok();
}

QString text(DeliveryState state)
{
    return States::text(state);
}

QString text(CampaignState state)
{
    return States::text(state);
}

QVariantList texts(const QList<CampaignState> &states)
{
    QVariantList list;
    for (CampaignState state : states)
        list << States::text(state);
    return list;
}

} // namespace

qint64 CampaignStore::Counts::total() const
{
    qint64 sum = 0;
    for (qint64 rows : byState)
        sum += rows;
    return sum;
}

CampaignStore::CampaignStore(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

// In "NOT EXISTS (… a.profile_id = m.profile_id AND +a.app_id = ?)" the unary plus keeps
// SQLite from probing by app (a scan of every account of the app per person: 950k × 1M at a
// million followers); the profile's few accounts are the ones to check. PostgreSQL reads it as
// the same comparison.

QString CampaignStore::noAccountSql()
{
    return QStringLiteral("SELECT m.profile_id FROM segment_members m WHERE m.segment_id = ? AND "
                          "NOT EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = "
                          "m.profile_id AND +a.app_id = ?)");
}

CampaignStore::Recipients CampaignStore::recipients(const CampaignDefinition &d,
                                                    const ExclusionRules &rules, qint64 appRow,
                                                    qint64 segmentId)
{
    // Binds in the order of the SQL: the reason (select list), the joins, the WHERE.
    if (d.massByTag()) // everyone holding the tag, as last synced: WeChat sends to all of them
        return {QStringLiteral("SELECT a.id AS account_id, a.profile_id, %1 AS reason FROM tags "
                               "g JOIN account_tags t ON t.tag_ref = g.id JOIN accounts a ON a.id "
                               "= t.account_id%2 WHERE g.app_id = ? AND g.tag_id = ?")
                    .arg(rules.reasonSql, rules.joinSql),
                rules.binds + rules.joinBinds + QVariantList{appRow, d.massTagId}};
    return {QStringLiteral("SELECT a.id AS account_id, a.profile_id, %1 AS reason FROM "
                           "segment_members m JOIN accounts a ON a.profile_id = m.profile_id AND "
                           "a.app_id = ?%2 WHERE m.segment_id = ?")
                .arg(rules.reasonSql, rules.joinSql),
            rules.binds + QVariantList{appRow} + rules.joinBinds + QVariantList{segmentId}};
}

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

Status CampaignStore::create(const CampaignDefinition &definition, const QString &actor, qint64 *id)
{
    const StatusOr<AppConfig> app = appOf(definition);
    WX_TRY(app.status());
    const bool miniProgram = app.value().kind == AppConfig::Kind::MiniProgram;
    if (definition.sentByMiniProgram() && !miniProgram)
        return Status::failure(Text::tr("Subscribe messages are sent by a Mini Program; %1 is "
                                        "an Official Account.")
                                   .arg(definition.appid));
    if (!definition.sentByMiniProgram() && miniProgram)
        return Status::failure(Text::tr("%1 messages are sent by an Official Account; %2 is a "
                                        "Mini Program.")
                                   .arg(definition.channel, definition.appid));
    SegmentStore::Segment segment;
    if (!definition.massByTag() &&
        !SegmentStore(m_db, m_clock).find(definition.segment, &segment).isOk())
        return Status::failure(
            Text::tr("No saved segment is called \"%1\".").arg(definition.segment));
    const StatusOr<QVariant> tags =
        definition.massByTag()
            ? Sql::scalar(
                  m_db, QStringLiteral("SELECT COUNT(*) FROM tags WHERE app_id = ? AND tag_id = ?"),
                  {AppRepository(m_db).rowId(definition.appid), definition.massTagId})
            : StatusOr<QVariant>(QVariant());
    WX_TRY(tags.status()); // a database error, not "no such tag"
    if (definition.massByTag() && tags.value().toLongLong() == 0)
        return Status::failure(Text::tr("%1 has no tag with id %2 (as last synced): sync the "
                                        "tags, or choose another.")
                                   .arg(definition.appid)
                                   .arg(definition.massTagId));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    Status status = Status::ok();
    const QString content =
        QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
    *id = Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("INSERT INTO campaigns (name, segment_id, app_id, channel, "
                                   "template_id, content, state, rate_per_second, "
                                   "scheduled_at, quiet_start_minute, quiet_end_minute, "
                                   "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?) RETURNING id"),
                    {definition.name,
                     segment.id ? QVariant(segment.id) : QVariant(QMetaType(QMetaType::LongLong)),
                     AppRepository(m_db).rowId(definition.appid), definition.channel,
                     Sql::textOrNull(definition.templateId), content, text(CampaignState::Draft),
                     definition.ratePerSecond,
                     definition.scheduledAt ? QVariant(definition.scheduledAt)
                                            : QVariant(QMetaType(QMetaType::LongLong)),
                     definition.quietFrom >= 0 ? QVariant(definition.quietFrom)
                                               : QVariant(QMetaType(QMetaType::Int)),
                     definition.quietTo >= 0 ? QVariant(definition.quietTo)
                                             : QVariant(QMetaType(QMetaType::Int)),
                     actor, m_clock.nowMsecs()}),
        &status);
    WX_TRY(status);
    WX_TRY(audit(actor, QStringLiteral("campaign.create"), *id,
                 {{QStringLiteral("definition"), definition.toJson()}}));
    return transaction.commit();
}

Status CampaignStore::load(qint64 id, Campaign *campaign) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kColumns), {id}))
        return Sql::failure(q);
    if (!q.next())
        return Status::failure(Text::tr("No campaign with id %1.").arg(id));
    return fromRow(q, campaign);
}

Status CampaignStore::list(QList<Campaign> *campaigns) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM campaigns ORDER BY id DESC").arg(kColumns)))
        return Sql::failure(q);
    while (q.next()) {
        Campaign c;
        WX_TRY(fromRow(q, &c));
        campaigns->append(c);
    }
    return Status::ok();
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
    Status checked = Status::ok();
    if (campaign.definition.isMass() && !hasPreview(id, &checked))
        return checked.isOk() ? Status::failure(Text::tr("A mass message cannot be recalled: send "
                                                         "campaign %1 as a preview to a staff "
                                                         "member first (Send test, or wxops "
                                                         "campaign preview %1 --openid …).")
                                                    .arg(id))
                              : checked;
    // The audience is who matches now, not at the segment's last refresh.
    SegmentStore::Refresh refreshed;
    if (!byTag)
        WX_TRY(SegmentStore(m_db, m_clock).refresh(campaign.segmentId, &refreshed));

    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    const ExclusionRules rules = ExclusionRules::of(campaign.definition, SqlDialect::of(m_db), now,
                                                    ExclusionRules::Scope::EveryRecipient);
    const Recipients source =
        recipients(campaign.definition, rules, campaign.appRowId, campaign.segmentId);
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
        WX_TRY(Sql::exec(m_db,
                         QStringLiteral("INSERT INTO campaign_exclusions (campaign_id, "
                                        "profile_id, reason) SELECT ?, n.profile_id, "
                                        "'no_account' FROM (%1) n")
                             .arg(noAccountSql()),
                         {id, campaign.segmentId, campaign.appRowId}));
    }
    Transition started;
    WX_TRY(compareAndSet(id, {CampaignState::Draft}, CampaignState::Running, QString(), &started));
    if (!started.made)
        return refused(id, started.now, CampaignState::Running);
    WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE campaigns SET started_at = ? WHERE id = ?"),
                     {now, id}));
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
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("UPDATE campaigns SET state = ?, paused_reason = ?, "
                                 "finished_at = ?, resume_at = NULL WHERE id = ? AND state IN "
                                 "(%1)")
                      .arg(Sql::placeholders(int(from.size()))),
                  QVariantList{text(to), Sql::textOrNull(reason),
                               States::isFinal(to) ? QVariant(m_clock.nowMsecs())
                                                   : QVariant(QMetaType(QMetaType::LongLong)),
                               id} +
                      texts(from)))
        return Sql::failure(q);
    result->made = q.numRowsAffected() == 1;
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
        WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE campaigns SET resume_at = ? WHERE id = ?"),
                         {resumeAt, id}));
    return transaction.commit();
}

Status CampaignStore::resumeAfterReset(qint64 id, const QString &actor, bool *resumed)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("UPDATE campaigns SET state = ?, paused_reason = NULL, "
                                 "resume_at = NULL WHERE id = ? AND state = ? AND "
                                 "resume_at IS NOT NULL"),
                  {text(CampaignState::Running), id, text(CampaignState::Paused)}))
        return Sql::failure(q);
    *resumed = q.numRowsAffected() == 1;
    if (*resumed)
        WX_TRY(audit(actor, QStringLiteral("campaign.") + text(CampaignState::Running), id,
                     {{QStringLiteral("reason"), QStringLiteral("quota reset")}}));
    return transaction.commit();
}

Status CampaignStore::recordPreview(qint64 id, const QString &openid, const QString &actor)
{
    return audit(actor, QStringLiteral("campaign.preview"), id,
                 {{QStringLiteral("openid"), openid}});
}

bool CampaignStore::hasPreview(qint64 id, Status *status) const
{
    return Sql::toCount(
               Sql::scalar(m_db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object = ? AND "
                                          "action = 'campaign.preview'"),
                           {QStringLiteral("campaign:%1").arg(id)}),
               status) > 0;
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

Status CampaignStore::recoverInterrupted(qint64 id, const QStringList &aliveRunners, qint64 *rows)
{
    const StatusOr<qint64> recovered =
        DeliveryRepository(m_db).markInterrupted(id, aliveRunners, m_clock.nowMsecs());
    *rows = recovered.value();
    return recovered.status();
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
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT reason, COUNT(*) FROM campaign_exclusions WHERE "
                                 "campaign_id = ? GROUP BY reason"),
                  {id}))
        return Sql::failure(q);
    while (q.next())
        counts->byReason[q.value(0).toString()] += q.value(1).toLongLong();
    return Status::ok();
}

Status CampaignStore::rowsInState(qint64 id, DeliveryState state, qint64 *rows) const
{
    const StatusOr<qint64> counted = DeliveryRepository(m_db).countIn(id, {state});
    *rows = counted.value();
    return counted.status();
}

Status CampaignStore::audience(const CampaignDefinition &definition, Counts *counts) const
{
    *counts = Counts{};
    SegmentStore::Segment segment;
    if (!definition.massByTag())
        WX_TRY(SegmentStore(m_db, m_clock).find(definition.segment, &segment));
    Status status = Status::ok();
    const qint64 app = AppRepository(m_db).rowId(definition.appid, &status);
    WX_TRY(status);
    const ExclusionRules rules =
        ExclusionRules::of(definition, SqlDialect::of(m_db), m_clock.nowMsecs(),
                           ExclusionRules::Scope::EveryRecipient);
    const Recipients source = recipients(definition, rules, app, segment.id);
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT r.reason, COUNT(*) FROM (%1) r GROUP BY r.reason")
                      .arg(source.sql),
                  source.binds))
        return Sql::failure(q);
    while (q.next()) {
        const qint64 rows = q.value(1).toLongLong();
        if (q.value(0).isNull()) {
            counts->byState[DeliveryState::Pending] += rows;
        } else {
            counts->byState[DeliveryState::Skipped] += rows;
            counts->byReason[q.value(0).toString()] += rows;
        }
    }
    if (!definition.massByTag())
        counts->byReason[QStringLiteral("no_account")] = Sql::toCount(
            Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (%1) n").arg(noAccountSql()),
                        {segment.id, app}),
            &status);
    return status;
}

StatusOr<MessageRenderer::Recipient>
CampaignStore::sampleRecipient(const QString &appid, const QString &segment, int index) const
{
    Status status = Status::ok();
    const qint64 app = AppRepository(m_db).rowId(appid, &status);
    WX_TRY(status);
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT a.profile_id, a.openid, p.member_id, a.remark FROM "
                                 "segment_members m JOIN segments s ON s.id = m.segment_id JOIN "
                                 "accounts a ON a.profile_id = m.profile_id AND a.app_id = ? LEFT "
                                 "JOIN profiles p ON p.id = a.profile_id WHERE s.name = ? ORDER "
                                 "BY a.id LIMIT 1 OFFSET ?"),
                  {app, segment, index}))
        return Sql::failure(q);
    if (!q.next())
        return MessageRenderer::Recipient{};
    return MessageRenderer::Recipient{q.value(0).toLongLong(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString()};
}

Status CampaignStore::sendsOverTime(qint64 id, qint64 bucketMsecs,
                                    QList<QPair<qint64, qint64>> *points) const
{
    const StatusOr<QList<QPair<qint64, qint64>>> sent =
        DeliveryRepository(m_db).sentPerBucket(id, bucketMsecs);
    *points = sent.value();
    return sent.status();
}

Status CampaignStore::sendWindow(qint64 id, qint64 *first, qint64 *last) const
{
    return DeliveryRepository(m_db).sentBetween(id, first, last);
}
