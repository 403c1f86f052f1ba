#include "SendWindow.h"

#include "CampaignDefinition.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
const qint64 kMinute = 60 * 1000;
const qint64 kDay = 24 * 60 * kMinute;
const qint64 kBeijingOffset = 8 * 60 * kMinute; // UTC+8, no daylight saving

bool inQuietHours(int minute, int from, int to)
{
    return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}
} // namespace

namespace SendWindow {

int minuteOfDay(const QString &text)
{
    static const QRegularExpression hhmm(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch m = hhmm.match(text.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}

qint64 nextBeijingMidnight(qint64 now)
{
    const qint64 local = now + kBeijingOffset;
    return local - local % kDay + kDay - kBeijingOffset;
}

qint64 beijingMonthStart(qint64 now)
{
    const QTimeZone beijing(int(kBeijingOffset / 1000));
    const QDate date = QDateTime::fromMSecsSinceEpoch(now, beijing).date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), beijing).toMSecsSinceEpoch();
}

qint64 nextAllowed(qint64 now, const CampaignDefinition &d)
{
    qint64 at = qMax(now, d.scheduledAt);
    if (d.quietFrom < 0 || d.quietTo < 0 || d.quietFrom == d.quietTo)
        return at;
    const qint64 local = at + kBeijingOffset;
    const int minute = int((local % kDay) / kMinute);
    if (!inQuietHours(minute, d.quietFrom, d.quietTo))
        return at;
    // To the end of the quiet hours: today's, or tomorrow's when they wrap past midnight.
    const qint64 dayStart = local - local % kDay;
    qint64 end = dayStart + d.quietTo * kMinute;
    if (end <= local)
        end += kDay;
    return end - kBeijingOffset;
}

} // namespace SendWindow
