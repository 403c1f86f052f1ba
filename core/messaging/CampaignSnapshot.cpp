#include "CampaignSnapshot.h"

Status CampaignSnapshot::load(const CampaignStore &store, qint64 id, CampaignSnapshot *s)
{
    *s = CampaignSnapshot{};
    WX_TRY(store.load(id, &s->campaign));
    WX_TRY(store.counts(id, &s->counts));
    WX_TRY(store.sendWindow(id, &s->firstSent, &s->lastSent));
    if (s->lastSent <= 0)
        return Status::ok();
    // About sixty points whatever the campaign's length, in whole seconds.
    s->bucketMsecs =
        qBound(qint64(1), (s->lastSent - s->firstSent) / 60 / 1000 + 1, qint64(3600)) * 1000;
    return store.sendsOverTime(id, s->bucketMsecs, &s->sendsOverTime);
}
