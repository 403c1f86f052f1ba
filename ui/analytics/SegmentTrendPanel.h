#pragma once

#include "analytics/SegmentTrend.h"
#include "ConsoleContext.h"

#include <QWidget>

class DayChart;
class JobBar;
class MessageBanner;
class QLabel;
class SegmentPicker;

// The Analytics page's Segments tab: a saved segment over the page's range of days, its size
// after each day's refresh beside its members who used the Mini Program in the last 7 days,
// and the messages sent to them per day. Read in the background whenever the segment or the
// range changes while the tab is shown.
class SegmentTrendPanel : public QWidget
{
    Q_OBJECT
public:
    SegmentTrendPanel(const ConsoleContext &context, MessageBanner *banner,
                      QWidget *parent = nullptr);

    // Saved segments may have changed (the Segments page).
    void reload();
    // The page's range; one ending at WeChat's last day (yesterday) runs on to today.
    void setRange(const QDate &from, const QDate &wechatTo);
    bool chooseSegment(const QString &name);
    const QList<SegmentTrendDay> &days() const { return m_days; }
    DayChart *membersChart() const { return m_members; }
    DayChart *messagesChart() const { return m_messages; }
    QString summary() const;

signals:
    // The days of the chosen segment were read (or could not be).
    void shown(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read();
    void show(qint64 segmentId, const QString &name, const QList<SegmentTrendDay> &days);
    QString fileStem() const;

    ConsoleContext m_context; // a copy: the one given may be a temporary
    MessageBanner *m_banner;
    SegmentPicker *m_segment;
    JobBar *m_jobs;
    QLabel *m_summary;
    DayChart *m_members;
    DayChart *m_messages;
    QDate m_from;
    QDate m_to;
    bool m_stale = true; // the segment or the range changed since the last read
    QList<SegmentTrendDay> m_days;
};
