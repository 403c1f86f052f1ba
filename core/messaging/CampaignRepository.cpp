#include "CampaignRepository.h"

#include "storage/Sql.h"

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
                   "created_at, started_at, finished_at, resume_at, revision");

Status fromRow(const QSqlQuery &q, CampaignRepository::Campaign *c)
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
    c->revision = q.value(11).toInt();
    return Status::ok();
}

QVariant orNull(qint64 value, QMetaType::Type type = QMetaType::LongLong)
{
    return value ? QVariant(value) : QVariant(QMetaType(type));
}

// A quiet-hours minute, or NULL when the campaign has none (-1).
QVariant minuteOrNull(int minute)
{
    return minute >= 0 ? QVariant(minute) : QVariant(QMetaType(QMetaType::Int));
}

// Runs an UPDATE and says whether it changed the one row.
StatusOr<bool> changedOne(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!Sql::run(q, sql, values))
        return Sql::failure(q);
    return q.numRowsAffected() == 1;
}
} // namespace

StatusOr<qint64> CampaignRepository::insert(const CampaignDefinition &d, qint64 appRowId,
                                            qint64 segmentId, const QString &actor, qint64 now)
{
    const QString content =
        QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact));
    Status status = Status::ok();
    const qint64 id = Sql::toCount(
        Sql::scalar(m_db,
                    QStringLiteral("INSERT INTO campaigns (name, segment_id, app_id, channel, "
                                   "template_id, content, state, rate_per_second, "
                                   "scheduled_at, quiet_start_minute, quiet_end_minute, "
                                   "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?) RETURNING id"),
                    {d.name, orNull(segmentId), appRowId, d.channel, Sql::textOrNull(d.templateId),
                     content, States::text(CampaignState::Draft), d.ratePerSecond,
                     orNull(d.scheduledAt), minuteOrNull(d.quietFrom), minuteOrNull(d.quietTo),
                     actor, now}),
        &status);
    WX_TRY(status);
    return id;
}

StatusOr<bool> CampaignRepository::updateDraft(qint64 id, const CampaignDefinition &d,
                                               qint64 appRowId, qint64 segmentId)
{
    const QString content =
        QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact));
    return changedOne(
        m_db,
        QStringLiteral("UPDATE campaigns SET name = ?, segment_id = ?, app_id = ?, "
                       "channel = ?, template_id = ?, content = ?, "
                       "rate_per_second = ?, scheduled_at = ?, quiet_start_minute "
                       "= ?, quiet_end_minute = ?, revision = revision + 1 WHERE id = ? "
                       "AND state = ?"),
        {d.name, orNull(segmentId), appRowId, d.channel, Sql::textOrNull(d.templateId), content,
         d.ratePerSecond, orNull(d.scheduledAt), minuteOrNull(d.quietFrom), minuteOrNull(d.quietTo),
         id, States::text(CampaignState::Draft)});
}

Status CampaignRepository::load(qint64 id, Campaign *campaign) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kColumns), {id}))
        return Sql::failure(q);
    if (!q.next())
        return Status::failure(Text::tr("No campaign with id %1.").arg(id));
    return fromRow(q, campaign);
}

Status CampaignRepository::list(QList<Campaign> *campaigns) const
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

StatusOr<CampaignRepository::StateNow> CampaignRepository::stateOf(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT state, resume_at FROM campaigns WHERE id = ?"), {id}))
        return Sql::failure(q);
    if (!q.next())
        return StateNow{};
    return StateNow{States::campaignState(q.value(0).toString()), q.value(1).toLongLong()};
}

StatusOr<bool> CampaignRepository::compareAndSet(qint64 id, const QList<CampaignState> &from,
                                                 CampaignState to, const QString &reason,
                                                 qint64 finishedAt)
{
    QVariantList values{States::text(to), Sql::textOrNull(reason), orNull(finishedAt), id};
    for (CampaignState state : from)
        values << States::text(state);
    return changedOne(m_db,
                      QStringLiteral("UPDATE campaigns SET state = ?, paused_reason = ?, "
                                     "finished_at = ?, resume_at = NULL WHERE id = ? AND state "
                                     "IN (%1)")
                          .arg(Sql::placeholders(int(from.size()))),
                      values);
}

Status CampaignRepository::setStartedAt(qint64 id, qint64 at)
{
    return Sql::exec(m_db, QStringLiteral("UPDATE campaigns SET started_at = ? WHERE id = ?"),
                     {at, id});
}

Status CampaignRepository::setResumeAt(qint64 id, qint64 at)
{
    return Sql::exec(m_db, QStringLiteral("UPDATE campaigns SET resume_at = ? WHERE id = ?"),
                     {at, id});
}

StatusOr<bool> CampaignRepository::resumeAfterQuotaPause(qint64 id)
{
    return changedOne(
        m_db,
        QStringLiteral("UPDATE campaigns SET state = ?, paused_reason = NULL, "
                       "resume_at = NULL WHERE id = ? AND state = ? AND "
                       "resume_at IS NOT NULL"),
        {States::text(CampaignState::Running), id, States::text(CampaignState::Paused)});
}

Status CampaignRepository::exclude(qint64 id, const QString &reason, const QString &profilesSql,
                                   const QVariantList &binds)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO campaign_exclusions (campaign_id, profile_id, "
                                    "reason) SELECT ?, n.profile_id, ? FROM (%1) n")
                         .arg(profilesSql),
                     QVariantList{id, reason} + binds);
}

StatusOr<QMap<QString, qint64>> CampaignRepository::exclusionsByReason(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT reason, COUNT(*) FROM campaign_exclusions WHERE "
                                 "campaign_id = ? GROUP BY reason"),
                  {id}))
        return Sql::failure(q);
    QMap<QString, qint64> byReason;
    while (q.next())
        byReason[q.value(0).toString()] += q.value(1).toLongLong();
    return byReason;
}
