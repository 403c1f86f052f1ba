#pragma once

#include <QDate>

// WeChat counts days in Beijing time (UTC+8, no daylight saving): the day of a moment, and
// where a day begins, for the statistics wxops computes from its own tables.
namespace BeijingDays {

inline constexpr qint64 kDayMsecs = 24LL * 3600 * 1000;
inline constexpr qint64 kOffsetMsecs = 8LL * 3600 * 1000;

// The Julian day number of the Beijing day holding `msecs` since the epoch.
inline qint64 dayOf(qint64 msecs)
{
    const qint64 local = msecs + kOffsetMsecs;
    const qint64 days = local >= 0 ? local / kDayMsecs : -((-local + kDayMsecs - 1) / kDayMsecs);
    return QDate(1970, 1, 1).toJulianDay() + days;
}

// Msecs since the epoch at which the Beijing day `day` begins.
inline qint64 startOf(const QDate &day)
{
    return (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDayMsecs - kOffsetMsecs;
}

} // namespace BeijingDays
