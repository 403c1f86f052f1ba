#include "SegmentTrendSeries.h"

SegmentTrendSeries SegmentTrendSeries::of(const QList<SegmentTrendDay> &days)
{
    SegmentTrendSeries series;
    for (const SegmentTrendDay &day : days) {
        if (day.size >= 0)
            series.size.insert(day.day, double(day.size));
        series.activeOnMp.insert(day.day, double(day.activeOnMp7));
        series.messagesSent.insert(day.day, double(day.messagesSent));
    }
    return series;
}
