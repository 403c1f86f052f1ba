#include "DeliveryRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)
};

QString text(DeliveryState state)
{
    return States::text(state);
}
} // namespace

DeliveryRepository::DeliveryRepository(DbConnection db)
    : m_own(std::make_shared<PreparedStatements>(db)), m_sql(*m_own)
{
}

Status DeliveryRepository::materialise(qint64 campaignId, const QString &recipientsSql,
                                       const QVariantList &binds, qint64 now)
{
    return Sql::exec(
        m_sql.database(),
        QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, profile_id, state, "
                       "reason, client_msg_id, updated_at) SELECT ?, r.account_id, r.profile_id, "
                       "CASE WHEN r.reason IS NULL THEN CAST(? AS TEXT) ELSE CAST(? AS TEXT) END, "
                       "r.reason, CAST(? AS TEXT) || CAST(r.account_id AS TEXT), ? FROM (%1) r")
            .arg(recipientsSql),
        QVariantList{campaignId, text(DeliveryState::Pending), text(DeliveryState::Skipped),
                     QStringLiteral("wxops-%1-").arg(campaignId), now} +
            binds);
}

StatusOr<qint64> DeliveryRepository::countSkippedExcept(qint64 campaignId, const QString &reason)
{
    const StatusOr<QVariant> rows =
        Sql::scalar(m_sql.database(),
                    QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? AND "
                                   "state = ? AND reason <> ?"),
                    {campaignId, text(DeliveryState::Skipped), reason});
    if (!rows.isOk())
        return rows.status();
    return rows.value().toLongLong();
}

Status DeliveryRepository::skipAllPending(qint64 campaignId, const QString &reason, qint64 now)
{
    return Sql::exec(
        m_sql.database(),
        QStringLiteral("UPDATE deliveries SET state = ?, reason = ?, updated_at = ? "
                       "WHERE campaign_id = ? AND state = ?"),
        {text(DeliveryState::Skipped), reason, now, campaignId, text(DeliveryState::Pending)});
}

StatusOr<qint64> DeliveryRepository::requeueUnknown(qint64 campaignId, qint64 now)
{
    QSqlQuery q(m_sql.database());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE deliveries SET state = ?, updated_at = ? WHERE "
                                 "campaign_id = ? AND state = ?"),
                  {text(DeliveryState::Pending), now, campaignId, text(DeliveryState::Unknown)}))
        return Sql::failure(q);
    return qint64(q.numRowsAffected());
}

StatusOr<qint64> DeliveryRepository::markInterrupted(qint64 campaignId,
                                                     const QStringList &aliveRunners, qint64 now)
{
    QString notAlive = QStringLiteral("claimed_by IS NULL");
    if (!aliveRunners.isEmpty())
        notAlive += QStringLiteral(" OR claimed_by NOT IN (%1)")
                        .arg(Sql::placeholders(int(aliveRunners.size())));
    QVariantList values{text(DeliveryState::Unknown), now, campaignId,
                        text(DeliveryState::Sending)};
    for (const QString &runner : aliveRunners)
        values << runner;
    QSqlQuery q(m_sql.database());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE deliveries SET state = ?, reason = 'interrupted', "
                                 "updated_at = ? WHERE campaign_id = ? AND state = ? AND (%1)")
                      .arg(notAlive),
                  values))
        return Sql::failure(q);
    return qint64(q.numRowsAffected());
}

StatusOr<QList<DeliveryRepository::Tally>> DeliveryRepository::tally(qint64 campaignId)
{
    QSqlQuery q(m_sql.database());
    if (!Sql::run(q,
                  QStringLiteral("SELECT state, reason, errcode, COUNT(*) FROM deliveries WHERE "
                                 "campaign_id = ? GROUP BY state, reason, errcode ORDER BY 4 DESC"),
                  {campaignId}))
        return Sql::failure(q);
    QList<Tally> tally;
    while (q.next()) {
        const std::optional<DeliveryState> state = States::deliveryState(q.value(0).toString());
        if (!state)
            return Status::failure(Text::tr("Campaign %1 has deliveries in a state this version "
                                            "does not know (\"%2\").")
                                       .arg(campaignId)
                                       .arg(q.value(0).toString()));
        tally.append({*state, q.value(1).toString(), q.value(2), q.value(3).toLongLong()});
    }
    return tally;
}

StatusOr<QList<QPair<qint64, qint64>>> DeliveryRepository::sentPerBucket(qint64 campaignId,
                                                                         qint64 bucketMsecs)
{
    QSqlQuery q(m_sql.database());
    if (!Sql::run(q,
                  QStringLiteral("SELECT (sent_at / ?) * ? AS bucket, COUNT(*) FROM deliveries "
                                 "WHERE campaign_id = ? AND state = ? GROUP BY bucket ORDER BY "
                                 "bucket"),
                  {bucketMsecs, bucketMsecs, campaignId, text(DeliveryState::Sent)}))
        return Sql::failure(q);
    QList<QPair<qint64, qint64>> points;
    while (q.next())
        points.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return points;
}

Status DeliveryRepository::sentBetween(qint64 campaignId, qint64 *first, qint64 *last)
{
    QSqlQuery q(m_sql.database());
    if (!Sql::run(q,
                  QStringLiteral("SELECT MIN(sent_at), MAX(sent_at) FROM deliveries WHERE "
                                 "campaign_id = ? AND state = ?"),
                  {campaignId, text(DeliveryState::Sent)}) ||
        !q.next())
        return Sql::failure(q);
    *first = q.value(0).toLongLong();
    *last = q.value(1).toLongLong();
    return Status::ok();
}

StatusOr<qint64> DeliveryRepository::countIn(qint64 campaignId, const QList<DeliveryState> &states)
{
    QVariantList values{campaignId};
    for (DeliveryState state : states)
        values << text(state);
    Status status = Status::ok();
    const qint64 rows =
        m_sql
            .scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? AND "
                                   "state IN (%1)")
                        .arg(Sql::placeholders(int(states.size()))),
                    values, &status)
            .toLongLong();
    if (!status.isOk())
        return status;
    return rows;
}

StatusOr<QList<DeliveryRepository::Pending>>
DeliveryRepository::readPending(qint64 campaignId, int limit, const QString &exclusionSql,
                                const QVariantList &exclusionBinds, const QString &lockClause)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT d.id, d.client_msg_id, d.profile_id, a.openid, p.member_id, "
                       "a.remark, %1 FROM deliveries d JOIN accounts a ON a.id = d.account_id "
                       "LEFT JOIN profiles p ON p.id = d.profile_id WHERE d.campaign_id = ? AND "
                       "d.state = ? ORDER BY d.id LIMIT ?%2")
            .arg(exclusionSql, lockClause),
        exclusionBinds + QVariantList{campaignId, text(DeliveryState::Pending), limit}, &status);
    if (!status.isOk())
        return status;
    QList<Pending> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()});
    q.finish();
    return rows;
}

Status DeliveryRepository::skip(qint64 id, const QString &reason, qint64 now)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE deliveries SET state = ?, reason = ?, updated_at = ? WHERE "
                             "id = ? AND state = ?"),
              {text(DeliveryState::Skipped), reason, now, id, text(DeliveryState::Pending)},
              &status);
    return status;
}

StatusOr<bool> DeliveryRepository::markSending(qint64 id, const QString &runnerId, qint64 now)
{
    Status status = Status::ok();
    SqlRows &u = m_sql.run(
        QStringLiteral("UPDATE deliveries SET state = ?, attempts = attempts + 1, claimed_by = ?, "
                       "updated_at = ? WHERE id = ? AND state = ? RETURNING id"),
        {text(DeliveryState::Sending), runnerId, now, id, text(DeliveryState::Pending)}, &status);
    if (!status.isOk())
        return status;
    const bool moved = u.next();
    u.finish();
    return moved;
}

Status DeliveryRepository::putBack(qint64 id)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE deliveries SET state = ? WHERE id = ? AND state = ?"),
              {text(DeliveryState::Pending), id, text(DeliveryState::Sending)}, &status);
    return status;
}

Status DeliveryRepository::record(const Outcome &o, qint64 now)
{
    Status status = Status::ok();
    const bool sent = o.state == DeliveryState::Sent;
    m_sql.run(
        QStringLiteral("UPDATE deliveries SET state = ?, reason = ?, errcode = ?, errmsg = ?, "
                       "msgid = ?, sent_at = ?, updated_at = ? WHERE id = ? AND state = ?"),
        {text(o.state), Sql::textOrNull(o.reason),
         o.errcode ? QVariant(o.errcode) : QVariant(QMetaType(QMetaType::Int)),
         Sql::textOrNull(o.errmsg),
         o.msgid ? QVariant(QString::number(o.msgid)) : QVariant(QMetaType(QMetaType::QString)),
         sent ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), now, o.id,
         text(DeliveryState::Sending)},
        &status);
    return status;
}

Status DeliveryRepository::moveAccount(qint64 accountId, qint64 toProfile)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE deliveries SET profile_id = ? WHERE account_id = ?"),
              {toProfile, accountId}, &status);
    return status;
}

Status DeliveryRepository::followAllAccounts()
{
    return Sql::exec(m_sql.database(),
                     QStringLiteral("UPDATE deliveries SET profile_id = (SELECT profile_id FROM "
                                    "accounts WHERE accounts.id = deliveries.account_id)"));
}
