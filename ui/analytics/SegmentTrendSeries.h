#pragma once

#include "analytics/SegmentTrend.h"

#include <QMap>

// A segment's days as the three series its charts draw; a day before the first refresh has no
// size (a gap in the line, not zero).
struct SegmentTrendSeries
{
    QMap<QDate, double> size;
    QMap<QDate, double> activeOnMp;
    QMap<QDate, double> messagesSent;

    static SegmentTrendSeries of(const QList<SegmentTrendDay> &days);
};
