#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>

// A saved segment over time: its size after each day's last refresh, beside what its members
// (as of the last refresh) did: how many used the Mini Program in the 7 days up to the day,
// and how many messages wxops sent them that day.
struct SegmentTrendDay
{
    QDate day;
    qint64 size = -1;        // -1: not refreshed by the end of the day
    qint64 activeOnMp7 = 0;  // members with a Mini Program event in [day - 6, day]
    qint64 messagesSent = 0; // deliveries marked sent to members that day
};

// Reads tables segment_sizes (through SegmentStore), segment_members, events, apps and
// deliveries.
class SegmentTrend
{
public:
    static constexpr int kActiveDays = 7;

    explicit SegmentTrend(DbConnection db) : m_db(db) {}

    StatusOr<QList<SegmentTrendDay>> load(qint64 segmentId, const QDate &from,
                                          const QDate &to) const;

private:
    DbConnection m_db;
};
