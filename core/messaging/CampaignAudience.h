#pragma once

#include "CampaignDefinition.h"
#include "MessageRenderer.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QMap>

class Clock;
struct ExclusionRules;

// Who a campaign reaches, as SQL generated from its definition: the segment's people's accounts
// on the app (or, for a mass send to a tag, the accounts holding the tag), each with the reason
// the ExclusionRules leave it out, if any; and the segment's people without an account there.
class CampaignAudience
{
public:
    // A SELECT and its binds.
    struct Query
    {
        QString sql;
        QVariantList binds;
    };
    // (account_id, profile_id, reason): the rows a start writes to the outbox.
    static Query recipients(const CampaignDefinition &definition, const ExclusionRules &rules,
                            qint64 appRow, qint64 segmentId);
    // (profile_id): the segment's people with no account on the app.
    static Query withoutAccount(qint64 segmentId, qint64 appRow);

    CampaignAudience(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // What starting a campaign with this definition would write now: recipients by reason
    // (a null reason: reached), and "no_account" for the people without an account.
    StatusOr<QMap<QString, qint64>> countByReason(const CampaignDefinition &definition) const;
    // The `index`-th recipient (0 first, by account) of a segment on an app, as of the
    // segment's last refresh; profileId 0 past the last.
    StatusOr<MessageRenderer::Recipient> sample(const QString &appid, const QString &segment,
                                                int index) const;

private:
    DbConnection m_db;
    const Clock &m_clock;
};
