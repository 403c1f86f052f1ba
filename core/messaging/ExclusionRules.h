#pragma once

#include <QString>
#include <QVariantList>

struct CampaignDefinition;
class SqlDialect;

// Why an account must not get a campaign's message now, as one SQL expression over accounts
// `a` (a reason, or NULL to send) with its bound values. The same rules decide when a campaign
// starts and again just before each send:
//   unsubscribed    an Official Account follower who left (not for Mini Program users)
//   blocked         on the Official Account's blacklist (not for Mini Program users)
//   opted_out       on the opt-out list for all channels or this one
//   frequency_cap   N messages sent to the person in the last D days, across campaigns
//   outside_window  custom: no own action of the user opens a customer-service window now
//                   (a `message` in the last 48 h; `menu_click`, `subscribe`, `scan` in the
//                   last minute)
//   window_used     custom: the window's replies are used (5 after a message, 3 otherwise)
//   no_acceptance   subscribe: every `subscribe_msg_accept` for the template is consumed
//   monthly_limit   mass: 4 mass messages reached the follower this month (Beijing time)
struct ExclusionRules
{
    // Over every recipient at once (a start, the composer's audience), or over a few claimed
    // rows: the same rules, but a count a correlated lookup answers cheaply for a few rows is
    // computed once for all (a LEFT JOIN) when the rows are a million.
    enum class Scope
    {
        FewRows,
        EveryRecipient
    };

    QString reasonSql;
    QVariantList binds;
    QString joinSql; // joined after accounts `a` (EveryRecipient only), with its binds
    QVariantList joinBinds;

    static constexpr int kMassPerMonth = 4;

    static ExclusionRules of(const CampaignDefinition &definition, const SqlDialect &dialect,
                             qint64 now, Scope scope = Scope::FewRows);
};
