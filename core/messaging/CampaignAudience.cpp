#include "CampaignAudience.h"

#include "ExclusionRules.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Clock.h"

#include <QSqlQuery>

CampaignAudience::Query CampaignAudience::recipients(const CampaignDefinition &d,
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

CampaignAudience::Query CampaignAudience::withoutAccount(qint64 segmentId, qint64 appRow)
{
    // In "NOT EXISTS (… a.profile_id = m.profile_id AND +a.app_id = ?)" the unary plus keeps
    // SQLite from probing by app (a scan of every account of the app per person: 950k × 1M at
    // a million followers); the profile's few accounts are the ones to check. PostgreSQL reads
    // it as the same comparison.
    return {QStringLiteral("SELECT m.profile_id FROM segment_members m WHERE m.segment_id = ? AND "
                           "NOT EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = "
                           "m.profile_id AND +a.app_id = ?)"),
            {segmentId, appRow}};
}

StatusOr<QMap<QString, qint64>>
CampaignAudience::countByReason(const CampaignDefinition &definition) const
{
    SegmentStore::Segment segment;
    if (!definition.massByTag())
        WX_TRY(SegmentStore(m_db, m_clock).find(definition.segment, &segment));
    Status status = Status::ok();
    const qint64 app = AppRepository(m_db).rowId(definition.appid, &status);
    WX_TRY(status);
    const ExclusionRules rules =
        ExclusionRules::of(definition, SqlDialect::of(m_db), m_clock.nowMsecs(),
                           ExclusionRules::Scope::EveryRecipient);
    const Query source = recipients(definition, rules, app, segment.id);
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT r.reason, COUNT(*) FROM (%1) r GROUP BY r.reason")
                      .arg(source.sql),
                  source.binds))
        return Sql::failure(q);
    QMap<QString, qint64> byReason;
    while (q.next())
        byReason[q.value(0).toString()] += q.value(1).toLongLong(); // null: reached
    if (!definition.massByTag()) {
        const Query none = withoutAccount(segment.id, app);
        byReason[QStringLiteral("no_account")] = Sql::toCount(
            Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (%1) n").arg(none.sql),
                        none.binds),
            &status);
    }
    WX_TRY(status);
    return byReason;
}

StatusOr<MessageRenderer::Recipient>
CampaignAudience::sample(const QString &appid, const QString &segment, int index) const
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
