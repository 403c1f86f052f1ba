#pragma once

#include "Funnel.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QStringList>

// What a sent campaign was followed by: how many of its recipients took a chosen step (an MP
// visit, a purchase, ...) within N hours of their message, against the people of the same
// audience the rules left out (opt-out, frequency cap, the channel's own limits), counted
// from the campaign's start, as a comparison group.
struct CampaignOutcomeResult
{
    qint64 recipients = 0;
    qint64 recipientsWhoDid = 0;
    qint64 comparison = 0;
    qint64 comparisonWhoDid = 0;

    static double rate(qint64 part, qint64 whole)
    {
        return whole > 0 ? double(part) / double(whole) : 0.0;
    }
};

// Reads tables deliveries and campaigns (and the step's table through StepSource).
class CampaignOutcome
{
public:
    explicit CampaignOutcome(DbConnection db) : m_db(db) {}

    // The reasons a skipped row puts its person in the comparison group: left out by a rule,
    // though they could have been reached (not those who unfollowed or are blocked).
    static const QStringList &comparisonReasons();

    StatusOr<CampaignOutcomeResult> count(qint64 campaignId, const FunnelStep &outcome,
                                          int withinHours) const;

private:
    DbConnection m_db;
};
