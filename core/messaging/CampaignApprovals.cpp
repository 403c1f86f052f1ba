#include "CampaignApprovals.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "storage/TriggerMessages.h"
#include "team/TeamSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignApprovals)
};

QString decisionText(CampaignApprovals::Decision decision)
{
    return decision == CampaignApprovals::Decision::Approved ? QStringLiteral("approved")
                                                             : QStringLiteral("rejected");
}

// The triggers' own errors carry SQLSTATE WXA01: their texts ({{NAME}}) come from
// storage/TriggerMessages, which also says them again in the reader's language.
const QStringList kRules{
    // Each edit of what a campaign sends is a new revision; the author is the login that
    // created it; neither can be set by hand.
    QStringLiteral(R"(CREATE OR REPLACE FUNCTION wxops_campaign_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    recipients BIGINT;
    threshold BIGINT;
    newest RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        NEW.revision := 1;
        RETURN NEW;
    END IF;
    NEW.created_by := OLD.created_by;
    IF (NEW.name, NEW.segment_id, NEW.app_id, NEW.channel, NEW.template_id, NEW.content,
        NEW.rate_per_second, NEW.scheduled_at, NEW.quiet_start_minute, NEW.quiet_end_minute)
       IS DISTINCT FROM
       (OLD.name, OLD.segment_id, OLD.app_id, OLD.channel, OLD.template_id, OLD.content,
        OLD.rate_per_second, OLD.scheduled_at, OLD.quiet_start_minute, OLD.quiet_end_minute) THEN
        NEW.revision := OLD.revision + 1;
    ELSE
        NEW.revision := OLD.revision;
    END IF;
    IF OLD.state = 'draft' AND NEW.state <> 'draft' AND NEW.state <> 'cancelled' THEN
        SELECT COUNT(*) INTO recipients FROM deliveries
            WHERE campaign_id = NEW.id AND state = 'pending';
        SELECT value::BIGINT INTO threshold FROM team_settings
            WHERE name = 'approval_threshold';
        IF NEW.channel = 'mass' OR recipients > COALESCE(threshold, 1000) THEN
            SELECT decision, actor INTO newest FROM campaign_approvals
                WHERE campaign_id = NEW.id AND revision = NEW.revision
                ORDER BY id DESC LIMIT 1;
            IF newest IS NULL OR newest.decision <> 'approved'
               OR newest.actor = NEW.created_by THEN
                RAISE EXCEPTION {{NEEDS_APPROVAL}},
                    NEW.id, recipients, COALESCE(threshold, 1000), NEW.id
                    USING ERRCODE = 'WXA01';
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END $$)"),
    QStringLiteral("DROP TRIGGER IF EXISTS campaigns_guard ON campaigns"),
    QStringLiteral("CREATE TRIGGER campaigns_guard BEFORE INSERT OR UPDATE ON campaigns FOR "
                   "EACH ROW EXECUTE FUNCTION wxops_campaign_guard()"),
    // Who decides is the login (not a name the client sends), an admin or approver, not the
    // campaign's author, about the revision that is there now; a decision is never changed.
    QStringLiteral(R"(CREATE OR REPLACE FUNCTION wxops_approval_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION {{DECISION_KEPT}}
            USING ERRCODE = 'WXA01';
    END IF;
    NEW.actor := session_user;
    NEW.at := (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT;
    IF NOT (pg_has_role(session_user, 'wxops_admin', 'MEMBER')
            OR pg_has_role(session_user, 'wxops_approver', 'MEMBER')) THEN
        RAISE EXCEPTION {{NOT_AN_APPROVER}},
            session_user USING ERRCODE = 'WXA01';
    END IF;
    SELECT created_by, revision, state INTO c FROM campaigns WHERE id = NEW.campaign_id;
    IF c IS NULL THEN
        RAISE EXCEPTION {{NO_SUCH_CAMPAIGN}}, NEW.campaign_id USING ERRCODE = 'WXA01';
    END IF;
    IF c.created_by = session_user THEN
        RAISE EXCEPTION {{OWN_CAMPAIGN}},
            NEW.campaign_id USING ERRCODE = 'WXA01';
    END IF;
    IF c.state <> 'draft' THEN
        RAISE EXCEPTION {{NOT_A_DRAFT}},
            NEW.campaign_id, c.state USING ERRCODE = 'WXA01';
    END IF;
    IF NEW.revision <> c.revision THEN
        RAISE EXCEPTION {{EDITED_SINCE}},
            NEW.campaign_id, c.revision, NEW.revision USING ERRCODE = 'WXA01';
    END IF;
    RETURN NEW;
END $$)"),
    // What was approved stays what is sent: recipients join a campaign's outbox only while it
    // is a draft (start() writes them then), and a recipient the rules left out stays out.
    QStringLiteral(R"(CREATE OR REPLACE FUNCTION wxops_outbox_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM added a JOIN campaigns c ON c.id = a.campaign_id
                   WHERE c.state <> 'draft') THEN
            RAISE EXCEPTION {{JOIN_BEFORE_START}}
                USING ERRCODE = 'WXA01';
        END IF;
        RETURN NULL;
    END IF;
    RAISE EXCEPTION {{SKIPPED_STAYS_OUT}}
        USING ERRCODE = 'WXA01';
END $$)"),
    QStringLiteral("DROP TRIGGER IF EXISTS deliveries_join_guard ON deliveries"),
    QStringLiteral("CREATE TRIGGER deliveries_join_guard AFTER INSERT ON deliveries REFERENCING "
                   "NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION wxops_outbox_guard()"),
    QStringLiteral("DROP TRIGGER IF EXISTS deliveries_stay_guard ON deliveries"),
    QStringLiteral("CREATE TRIGGER deliveries_stay_guard BEFORE UPDATE ON deliveries FOR EACH ROW "
                   "WHEN ((OLD.state = 'skipped' AND NEW.state <> 'skipped') OR "
                   "OLD.campaign_id <> NEW.campaign_id) EXECUTE FUNCTION wxops_outbox_guard()"),
    QStringLiteral("DROP TRIGGER IF EXISTS campaign_approvals_guard ON campaign_approvals"),
    QStringLiteral("CREATE TRIGGER campaign_approvals_guard BEFORE INSERT OR UPDATE OR DELETE ON "
                   "campaign_approvals FOR EACH ROW EXECUTE FUNCTION wxops_approval_guard()"),
};
} // namespace

Status CampaignApprovals::enforceOnPostgres(DbConnection db)
{
    for (const QString &sql : kRules)
        WX_TRY(Sql::execUnprepared(db, TriggerMessages::fillIn(sql)));
    return Status::ok();
}

StatusOr<bool> CampaignApprovals::enforced() const
{
    if (SqlDialect::of(m_db).backend() != DatabaseSpec::Backend::Postgres)
        return false;
    const StatusOr<QVariant> found = Sql::scalar(
        m_db, QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'campaigns_guard'"));
    WX_TRY(found.status());
    return found.value().isValid();
}

Status CampaignApprovals::decide(qint64 campaignId, int revision, Decision decision,
                                 const QString &comment, qint64 recipients, const QString &actor)
{
    if (comment.trimmed().isEmpty() && decision == Decision::Rejected)
        return Status::failure(Text::tr("Say why campaign %1 is rejected (--comment): its author "
                                        "reads it.")
                                   .arg(campaignId));
    const StatusOr<bool> isEnforced = enforced();
    WX_TRY(isEnforced.status());
    if (!isEnforced.value())
        return Status::failure(
            Text::tr("This database has no team: nobody else is asked before a send here, so "
                     "there is nothing to approve. Approvals are for a team on PostgreSQL "
                     "(docs/team.md)."));
    // Empty, never NULL: a null QString binds as SQL NULL.
    const QString said = comment.trimmed().isEmpty() ? QStringLiteral("") : comment.trimmed();
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("INSERT INTO campaign_approvals (campaign_id, revision, "
                                    "decision, actor, comment, recipients, at) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?)"),
                     {campaignId, revision, decisionText(decision), actor, said, recipients,
                      QDateTime::currentMSecsSinceEpoch()}));
    WX_TRY(AuditLog(m_db).record(actor, QStringLiteral("campaign.") + decisionText(decision),
                                 QStringLiteral("campaign:%1").arg(campaignId),
                                 {{QStringLiteral("revision"), revision},
                                  {QStringLiteral("recipients"), recipients},
                                  {QStringLiteral("comment"), said}}));
    return transaction.commit();
}

StatusOr<QList<CampaignApprovals::Entry>> CampaignApprovals::of(qint64 campaignId) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, revision, decision, actor, comment, recipients, at "
                                 "FROM campaign_approvals WHERE campaign_id = ? ORDER BY id"),
                  {campaignId}))
        return Sql::failure(q);
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toInt(),
                        q.value(2).toString() == QLatin1String("approved") ? Decision::Approved
                                                                           : Decision::Rejected,
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toLongLong()});
    return entries;
}

StatusOr<CampaignApprovals::Need> CampaignApprovals::need(qint64 campaignId, int revision,
                                                          bool massSend, qint64 recipients,
                                                          Entry *newest) const
{
    const StatusOr<qint64> threshold = TeamSettings(m_db).approvalThreshold();
    WX_TRY(threshold.status());
    if (!massSend && recipients <= threshold.value())
        return Need::None;
    const StatusOr<QList<Entry>> entries = of(campaignId);
    WX_TRY(entries.status());
    for (auto it = entries.value().crbegin(); it != entries.value().crend(); ++it) {
        if (it->revision != revision)
            continue;
        if (newest)
            *newest = *it;
        return it->decision == Decision::Approved ? Need::Approved : Need::Rejected;
    }
    return Need::Waiting;
}
