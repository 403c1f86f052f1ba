#pragma once

#include "ProfileSet.h"
#include "SegmentPlan.h"
#include "storage/DbConnection.h"
#include "util/Status.h"

#include <optional>

// Counts a segment's profiles by reading each condition's profile ids once (one indexed SELECT
// per condition, every value bound) into a bit set and combining the sets as the groups say.
// On SQLite this beats the one-statement count: SQLite builds a temporary B-tree for every set
// of a million ids and groups events with a sorter, where here a set is a bit per profile and
// events are tallied in an array (bench/README.md). The statements run in one read
// transaction, so they all see the same data.
class SegmentCounter
{
public:
    explicit SegmentCounter(DbConnection db) : m_db(db) {}

    // Whether to count this way here: on SQLite, with profile ids low enough for a bit and a
    // counter each (ids are assigned in order, so they stay near the number ever made).
    static bool suits(DbConnection db);

    Status count(const SegmentPlan &plan, qint64 *count);
    // The profiles the plan selects.
    Status members(const SegmentPlan &plan, ProfileSet *members);

private:
    struct Result
    {
        ProfileSet set;
        bool onlyProfiles = true; // no id of a profile that is gone
    };
    // The profiles `node` selects among `context` (all profiles when null).
    Status evaluate(const SegmentPlan &node, const Result *context, Result *out);
    Status evaluateAll(const SegmentPlan &node, const Result *context, Result *out);
    Status read(const QString &sql, const QVariantList &values, ProfileSet *set,
                ProfileTally *tally = nullptr);
    Status everyone(const Result *context, Result *out);
    Status keepLivingProfiles(ProfileSet *set);

    DbConnection m_db;
    qint64 m_bound = 0;
    std::optional<ProfileSet> m_universe;
};
