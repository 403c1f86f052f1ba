#pragma once

#include "CampaignStore.h"

// Everything a campaign's detail view shows, read in one go: the campaign, its counts, and
// its sends over time in about sixty buckets. Loading it costs a few GROUP BYs over the
// campaign's deliveries, so while a campaign sends the window loads it off its own thread.
struct CampaignSnapshot
{
    CampaignStore::Campaign campaign;
    CampaignStore::Counts counts;
    qint64 firstSent = 0; // epoch ms; 0 when nothing went out yet
    qint64 lastSent = 0;
    qint64 bucketMsecs = 1000;
    QList<QPair<qint64, qint64>> sendsOverTime; // bucket start, messages

    static Status load(DbConnection db, const Clock &clock, qint64 id, CampaignSnapshot *snapshot);
};
