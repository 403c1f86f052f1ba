#include "CampaignSnapshot.h"

#include "DeliveryRepository.h"

Status CampaignSnapshot::load(DbConnection db, const Clock &clock, qint64 id, CampaignSnapshot *s)
{
    *s = CampaignSnapshot{};
    const CampaignStore store(db, clock);
    WX_TRY(store.load(id, &s->campaign));
    WX_TRY(store.counts(id, &s->counts));
    DeliveryRepository deliveries(db);
    WX_TRY(deliveries.sentBetween(id, &s->firstSent, &s->lastSent));
    if (s->lastSent <= 0)
        return Status::ok();
    // About sixty points whatever the campaign's length, in whole seconds.
    s->bucketMsecs =
        qBound(qint64(1), (s->lastSent - s->firstSent) / 60 / 1000 + 1, qint64(3600)) * 1000;
    const StatusOr<QList<QPair<qint64, qint64>>> sends =
        deliveries.sentPerBucket(id, s->bucketMsecs);
    s->sendsOverTime = sends.value();
    return sends.status();
}
