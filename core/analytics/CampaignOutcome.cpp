#include "CampaignOutcome.h"

#include "StepSource.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignOutcome)
};
} // namespace

const QStringList &CampaignOutcome::comparisonReasons()
{
    static const QStringList reasons{
        QStringLiteral("opted_out"),      QStringLiteral("frequency_cap"),
        QStringLiteral("outside_window"), QStringLiteral("window_used"),
        QStringLiteral("no_acceptance"),  QStringLiteral("monthly_limit")};
    return reasons;
}

StatusOr<CampaignOutcomeResult> CampaignOutcome::count(qint64 campaignId, const FunnelStep &outcome,
                                                       int withinHours) const
{
    const StatusOr<QVariant> started = Sql::scalar(
        m_db, QStringLiteral("SELECT started_at FROM campaigns WHERE id = ?"), {campaignId});
    WX_TRY(started.status());
    if (!started.value().isValid())
        return Status::failure(Text::tr("No campaign with id %1.").arg(campaignId));
    if (started.value().isNull())
        return Status::failure(
            Text::tr("Campaign %1 has not started: there is no outcome yet.").arg(campaignId));

    // A person is a recipient when any of their accounts was sent the message (from their
    // first send), else in the comparison group when a rule left one of them out (from the
    // start). Each group's people who took the step in their window are counted.
    const StepSource step = StepSource::of(outcome);
    const QString sql =
        QStringLiteral(
            "WITH sent AS (SELECT profile_id AS p, MIN(sent_at) AS t FROM deliveries WHERE "
            "campaign_id = ? AND state = ? AND profile_id IS NOT NULL AND sent_at IS NOT NULL "
            "GROUP BY profile_id), "
            "left_out AS (SELECT DISTINCT profile_id AS p, CAST(? AS BIGINT) AS t FROM deliveries "
            "WHERE campaign_id = ? AND state = ? AND reason IN (%1) AND profile_id IS NOT NULL "
            "AND profile_id NOT IN (SELECT p FROM sent)), "
            "grouped AS (SELECT p, t, 1 AS g FROM sent UNION ALL SELECT p, t, 0 AS g FROM "
            "left_out) "
            "SELECT g, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 %2 WHERE %3 = grouped.p AND %4 "
            "AND %5 >= grouped.t AND %5 <= grouped.t + ?) THEN 1 ELSE 0 END) FROM grouped "
            "GROUP BY g")
            .arg(Sql::placeholders(int(comparisonReasons().size())), step.from, step.person,
                 step.condition, step.time);
    QVariantList values{campaignId, QStringLiteral("sent"), started.value().toLongLong(),
                        campaignId, QStringLiteral("skipped")};
    values += Sql::values(comparisonReasons());
    values += step.values;
    values << qint64(withinHours) * 3600 * 1000;
    QSqlQuery q(m_db);
    if (!Sql::run(q, sql, values))
        return Sql::failure(q);
    CampaignOutcomeResult result;
    while (q.next()) {
        const bool recipients = q.value(0).toInt() == 1;
        (recipients ? result.recipients : result.comparison) = q.value(1).toLongLong();
        (recipients ? result.recipientsWhoDid : result.comparisonWhoDid) = q.value(2).toLongLong();
    }
    return result;
}
