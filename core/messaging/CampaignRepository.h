#pragma once

#include "CampaignDefinition.h"
#include "CampaignStates.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <optional>
#include <QMap>

// Tables `campaigns` and `campaign_exclusions`: a campaign's row and the people its start left
// out before the outbox. The rules of its states are CampaignStore's.
class CampaignRepository
{
public:
    struct Campaign
    {
        qint64 id = 0;
        CampaignDefinition definition;
        qint64 appRowId = 0;
        qint64 segmentId = 0;
        CampaignState state = CampaignState::Draft;
        QString pausedReason; // why it is paused or stopped
        QString createdBy;
        qint64 createdAt = 0;
        qint64 startedAt = 0;
        qint64 finishedAt = 0;
        qint64 resumeAt = 0; // a quota pause ends by itself then; 0: staff resume it
        int revision = 1;    // each edit makes a new one; an approval is of one revision
    };

    explicit CampaignRepository(DbConnection db) : m_db(db) {}

    // A new draft; returns its id.
    StatusOr<qint64> insert(const CampaignDefinition &definition, qint64 appRowId, qint64 segmentId,
                            const QString &actor, qint64 now);
    // Replaces a draft's definition (a new revision); false when the campaign is no longer a
    // draft.
    StatusOr<bool> updateDraft(qint64 id, const CampaignDefinition &definition, qint64 appRowId,
                               qint64 segmentId);
    Status load(qint64 id, Campaign *campaign) const; // fails when there is no such campaign
    Status list(QList<Campaign> *campaigns) const;    // newest first

    // What a run checks while it sends: the state (none when the campaign is gone or in a state
    // this version does not know) and the end of a quota pause.
    struct StateNow
    {
        std::optional<CampaignState> state;
        qint64 resumeAt = 0;
    };
    StatusOr<StateNow> stateOf(qint64 id) const;

    // Moves the campaign to `to` only if it is in one of `from` (a final state stamps
    // `finishedAt`); false when it is not.
    StatusOr<bool> compareAndSet(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                 const QString &reason, qint64 finishedAt);
    Status setStartedAt(qint64 id, qint64 at);
    Status setResumeAt(qint64 id, qint64 at);
    // A campaign paused for the daily quota runs again; false when staff changed it meanwhile.
    StatusOr<bool> resumeAfterQuotaPause(qint64 id);

    // Records the profiles `profilesSql` selects as left out of campaign `id` for `reason`.
    Status exclude(qint64 id, const QString &reason, const QString &profilesSql,
                   const QVariantList &binds);
    StatusOr<QMap<QString, qint64>> exclusionsByReason(qint64 id) const;

private:
    DbConnection m_db;
};
