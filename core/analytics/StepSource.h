#pragma once

#include "Funnel.h"

#include <QVariantList>

// Where the rows of a funnel step (or of a campaign's outcome) come from: a FROM clause with
// the alias x, its person and time columns, and the condition that picks the step's rows, with
// its bound values. Shared by the statements Funnel and CampaignOutcome build.
struct StepSource
{
    QString from;
    QString person;
    QString time;
    QString condition;
    QVariantList values;

    static StepSource of(const FunnelStep &step);
    // The table and alias without FROM, to join: "events x". (CROSS JOIN after the previous
    // step keeps SQLite's loop on that step's few people, each looked up by the index on
    // person and time, as a hand-written query does.)
    QString joined() const { return from.mid(5); }
};
