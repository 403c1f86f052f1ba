#pragma once

#include <QtGlobal>

struct CampaignDefinition;

// When a campaign may send: not before its scheduled start, and not in its quiet hours
// (minutes of the day in Beijing time, where the followers are; a window may wrap midnight,
// 22:00–08:00). Outside, sends are deferred, never dropped.
namespace SendWindow {

// `now` if sending is allowed at `now`, else the first moment it is (epoch ms).
qint64 nextAllowed(qint64 now, const CampaignDefinition &definition);
// The next midnight in Beijing after `now`: when WeChat's daily quotas reset.
qint64 nextBeijingMidnight(qint64 now);
// The first moment of `now`'s month in Beijing: mass messages are counted per month.
qint64 beijingMonthStart(qint64 now);
// "HH:MM" → minutes after midnight, or -1.
int minuteOfDay(const QString &text);

} // namespace SendWindow
