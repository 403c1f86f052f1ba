#include "ExclusionRules.h"

#include "CampaignDefinition.h"
#include "CampaignStates.h"
#include "SendWindow.h"
#include "storage/SqlDialect.h"

namespace {
const qint64 kMinuteMsecs = 60 * 1000;
const qint64 kDayMsecs = 24 * 60 * kMinuteMsecs;

// How many messages of `channel` an account was sent since a time (an SQL expression).
QString sentOnChannelSince(const QString &channel, const QString &since)
{
    return QStringLiteral("(SELECT COUNT(*) FROM deliveries s JOIN campaigns c ON c.id = "
                          "s.campaign_id WHERE s.account_id = a.id AND c.channel = '%1' AND "
                          "s.state = %3 AND s.sent_at >= %2)")
        .arg(channel, since, States::sqlLiteral(DeliveryState::Sent));
}

class Builder
{
public:
    void add(const QString &condition, const char *reason, const QVariantList &binds = {})
    {
        m_whens << QStringLiteral("WHEN %1 THEN '%2'").arg(condition, QLatin1String(reason));
        m_rules.binds += binds;
    }
    void join(const QString &sql, const QVariantList &binds)
    {
        m_rules.joinSql += sql;
        m_rules.joinBinds += binds;
    }
    ExclusionRules done()
    {
        m_rules.reasonSql = QStringLiteral("CASE %1 END").arg(m_whens.join(u' '));
        return m_rules;
    }

private:
    QStringList m_whens;
    ExclusionRules m_rules;
};

void addCustomerServiceWindow(Builder *b, qint64 now)
{
    // The user's own actions that open a window and are still inside it; the latest one
    // decides when the window began and how many replies it allows.
    const QString opening = QStringLiteral(
        "SELECT %1 FROM events e WHERE e.account_id = a.id AND e.occurred_at >= ? AND (e.name "
        "= 'message' OR (e.name IN ('menu_click', 'subscribe', 'scan') AND e.occurred_at >= ?))");
    const QVariantList window{now - 2 * kDayMsecs, now - kMinuteMsecs};
    b->add(QStringLiteral("NOT EXISTS (%1)").arg(opening.arg(QStringLiteral("1"))),
           "outside_window", window);
    b->add(QStringLiteral("%1 >= CASE WHEN (%2 ORDER BY e.occurred_at DESC LIMIT 1) = 'message' "
                          "THEN 5 ELSE 3 END")
               .arg(sentOnChannelSince(QStringLiteral("custom"),
                                       QStringLiteral("(%1)").arg(
                                           opening.arg(QStringLiteral("MAX(e.occurred_at)")))),
                    opening.arg(QStringLiteral("e.name"))),
           "window_used", window + window);
}

void addAcceptances(Builder *b, const CampaignDefinition &d, const SqlDialect &dialect,
                    ExclusionRules::Scope scope)
{
    // Each send consumes one acceptance; a send that may have reached WeChat counts as one.
    const QString consumed =
        QStringLiteral("(SELECT COUNT(*) FROM deliveries s JOIN campaigns c ON c.id = "
                       "s.campaign_id WHERE s.account_id = a.id AND c.channel = 'subscribe' AND "
                       "c.template_id = ? AND s.state IN (%1, %2, %3))")
            .arg(States::sqlLiteral(DeliveryState::Sent),
                 States::sqlLiteral(DeliveryState::Sending),
                 States::sqlLiteral(DeliveryState::Unknown));
    // Written as the partial index events_accepted_template has it (migration 8).
    const QString accepts =
        QStringLiteral("FROM events e WHERE e.name = 'subscribe_msg_accept' AND %1 = ?")
            .arg(dialect.propsTemplateId(QStringLiteral("e.")));
    if (scope == ExclusionRules::Scope::EveryRecipient) {
        // One pass over the template's accept events instead of every account's events.
        b->join(QStringLiteral(" LEFT JOIN (SELECT e.account_id, COUNT(*) AS accepted %1 GROUP "
                               "BY e.account_id) acc ON acc.account_id = a.id")
                    .arg(accepts),
                {d.templateId});
        b->add(QStringLiteral("COALESCE(acc.accepted, 0) <= %1").arg(consumed), "no_acceptance",
               {d.templateId});
        return;
    }
    b->add(
        QStringLiteral("(SELECT COUNT(*) %1 AND e.account_id = a.id) <= %2").arg(accepts, consumed),
        "no_acceptance", {d.templateId, d.templateId});
}
} // namespace

ExclusionRules ExclusionRules::of(const CampaignDefinition &d, const SqlDialect &dialect,
                                  qint64 now, Scope scope)
{
    Builder b;
    if (!d.sentByMiniProgram()) {
        b.add(QStringLiteral("a.subscribed = 0"), "unsubscribed");
        // On the Official Account's blacklist: none of its messages reach them.
        b.add(QStringLiteral("a.blocked = 1"), "blocked");
    }
    b.add(QStringLiteral("EXISTS (SELECT 1 FROM opt_outs o WHERE o.profile_id = a.profile_id AND "
                         "o.channel IN ('all', ?))"),
          "opted_out", {d.channel});
    if (d.capMessages > 0)
        b.add(QStringLiteral("(SELECT COUNT(*) FROM deliveries s WHERE s.profile_id = "
                             "a.profile_id AND s.state = %1 AND s.sent_at >= ?) >= ?")
                  .arg(States::sqlLiteral(DeliveryState::Sent)),
              "frequency_cap", {now - d.capDays * kDayMsecs, d.capMessages});
    if (d.channel == QStringLiteral("custom"))
        addCustomerServiceWindow(&b, now);
    else if (d.channel == QStringLiteral("subscribe"))
        addAcceptances(&b, d, dialect, scope);
    else if (d.isMass())
        b.add(QStringLiteral("%1 >= ?").arg(
                  sentOnChannelSince(QStringLiteral("mass"), QStringLiteral("?"))),
              "monthly_limit", {SendWindow::beijingMonthStart(now), kMassPerMonth});
    return b.done();
}
