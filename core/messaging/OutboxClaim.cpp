#include "OutboxClaim.h"

#include "CampaignDefinition.h"
#include "DeliveryRepository.h"
#include "ExclusionRules.h"
#include "storage/SqlDialect.h"

OutboxClaim::OutboxClaim(DeliveryRepository &deliveries, const CampaignDefinition &definition,
                         const MessageRenderer &renderer, const SqlDialect &dialect,
                         qint64 campaignId, const QString &runnerId)
    : m_deliveries(deliveries), m_definition(definition), m_renderer(renderer), m_dialect(dialect),
      m_campaignId(campaignId), m_runnerId(runnerId)
{
}

Status OutboxClaim::claim(int count, bool moreBeyond, qint64 now, Result *result)
{
    const ExclusionRules rules = ExclusionRules::of(m_definition, m_dialect, now);
    QList<QPair<qint64, QString>> excluded; // delivery, reason
    QList<Row> claimed;
    const StatusOr<QList<DeliveryRepository::Pending>> pending =
        m_deliveries.readPending(m_campaignId, count, rules.reasonSql, rules.binds,
                                 m_dialect.lockRowsSkippingLocked(QStringLiteral("d")));
    WX_TRY(pending.status());
    for (const DeliveryRepository::Pending &p : pending.value()) {
        ++result->rowsRead;
        const Row row{p.id, p.clientMsgId, {p.profileId, p.openid, p.memberId, p.remark}};
        QString reason = p.exclusion;
        if (reason.isEmpty() && !m_renderer.emptyField(row.recipient).isEmpty())
            reason = QStringLiteral("empty_field"); // WeChat would refuse it (47003)
        if (reason.isEmpty())
            claimed.append(row);
        else
            excluded.append({row.deliveryId, reason});
    }
    const QList<Batch> batches = batched(claimed, moreBeyond, &excluded);
    for (const auto &[deliveryId, reason] : std::as_const(excluded))
        WX_TRY(m_deliveries.skip(deliveryId, reason, now));
    result->skipped += int(excluded.size());
    // Only rows this transaction moved to `sending` are sent: a row another console claimed
    // first is left to it (on PostgreSQL the SELECT already passes over rows it holds).
    for (const Batch &batch : batches) {
        Batch moved;
        for (const Row &row : batch) {
            const StatusOr<bool> mine = m_deliveries.markSending(row.deliveryId, m_runnerId, now);
            WX_TRY(mine.status());
            if (mine.value())
                moved.append(row);
        }
        if (m_definition.isMass() && !m_definition.massByTag() &&
            moved.size() == 1) { // a lone openid waits
            WX_TRY(m_deliveries.putBack(moved.constFirst().deliveryId));
            moved.clear();
        }
        if (!moved.isEmpty())
            result->batches.append(moved);
    }
    return Status::ok();
}

// A lone last mass openid borrows from the batch before it, waits for more rows, or (the
// campaign's very last) is skipped.
QList<OutboxClaim::Batch> OutboxClaim::batched(const QList<Row> &rows, bool moreBeyond,
                                               QList<QPair<qint64, QString>> *excluded) const
{
    const int perRequest = m_definition.recipientsPerRequest();
    QList<Batch> batches;
    for (qsizetype at = 0; at < rows.size(); at += perRequest)
        batches.append(rows.mid(at, perRequest));
    if (!m_definition.isMass() || m_definition.massByTag() || batches.isEmpty() ||
        batches.constLast().size() > 1)
        return batches;
    if (batches.size() > 1 && batches.at(batches.size() - 2).size() > 2) {
        batches.last().prepend(batches[batches.size() - 2].takeLast());
    } else {
        const Row lone = batches.takeLast().constFirst();
        if (!moreBeyond) // never sent alone: mass/send takes two openids at least
            excluded->append({lone.deliveryId, QStringLiteral("mass_needs_two")});
    }
    return batches;
}

QString OutboxClaim::clientMsgId(const Batch &batch) const
{
    if (m_definition.massByTag())
        return QStringLiteral("wxops-%1-tag").arg(m_campaignId);
    if (m_definition.isMass())
        return QStringLiteral("wxops-%1-m%2-%3")
            .arg(m_campaignId)
            .arg(batch.constFirst().deliveryId)
            .arg(batch.size());
    return batch.constFirst().clientMsgId;
}
