#include "DeliveryRepository.h"

#include "storage/Sql.h"

namespace {
QString text(DeliveryState state)
{
    return States::text(state);
}
} // namespace

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
