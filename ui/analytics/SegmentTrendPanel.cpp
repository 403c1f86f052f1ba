#include "SegmentTrendPanel.h"

#include "analytics/StatsCalendar.h"
#include "BackgroundJob.h"
#include "DayChart.h"
#include "ExportBox.h"
#include "JobBar.h"
#include "MessageBanner.h"
#include "SegmentPicker.h"
#include "SegmentTrendSeries.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SegmentTrendPanel::SegmentTrendPanel(const ConsoleContext &context, MessageBanner *banner,
                                     QWidget *parent)
    : QWidget(parent), m_context(context), m_banner(banner),
      m_segment(new SegmentPicker(SegmentPicker::Everyone::NotOffered, this)),
      m_jobs(new JobBar(this)), m_summary(new QLabel(this)), m_members(new DayChart(this)),
      m_messages(new DayChart(this))
{
    m_segment->setObjectName(QStringLiteral("trendSegmentBox"));
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setTextFormat(Qt::PlainText); // holds a segment name staff typed
    m_summary->setWordWrap(true);
    m_members->setObjectName(QStringLiteral("segmentMembersChart"));
    m_messages->setObjectName(QStringLiteral("segmentMessagesChart"));
    m_members->setMinimumHeight(320);
    m_messages->setMinimumHeight(240);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        read();
    });
    connect(m_jobs, &JobBar::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_banner->sayOutcome(message, false);
        if (m_stale) // changed while it was read
            read();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Segment:"), this));
    row->addWidget(m_segment);
    row->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->addLayout(row);
    column->addWidget(m_jobs);
    column->addWidget(m_summary);
    const auto stem = [this] { return fileStem(); };
    column->addWidget(
        exportBox(m_members, m_members, QStringLiteral("segment-members"), stem, m_banner), 3);
    column->addWidget(
        exportBox(m_messages, m_messages, QStringLiteral("segment-messages"), stem, m_banner), 2);
    reload();
}

void SegmentTrendPanel::reload()
{
    {
        const QSignalBlocker quiet(m_segment);
        m_segment->reload(m_context.database.connections().connection());
    }
    m_stale = true; // a refresh elsewhere changes the sizes even when the segment stays
    read();         // only while shown: a hidden tab reads when it is opened
}

// WeChat's numbers end yesterday; ours are live: a range ending at WeChat's last day runs on
// to today here, so a segment refreshed today shows its size.
void SegmentTrendPanel::setRange(const QDate &from, const QDate &wechatTo)
{
    const QDate today = StatsCalendar::todayInBeijing(Clock::system().nowMsecs());
    const QDate to = wechatTo == StatsCalendar::lastDay(today) ? today : wechatTo;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_stale = true;
    read();
}

bool SegmentTrendPanel::chooseSegment(const QString &name)
{
    return m_segment->choose(name);
}

void SegmentTrendPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    read();
}

// Reads the chosen segment's days in the background; only while the tab is shown (the page's
// range changes often on the other tabs) and only when something changed.
void SegmentTrendPanel::read()
{
    if (!isVisible() || !m_stale || m_jobs->isBusy() || !m_from.isValid())
        return;
    m_stale = false;
    const qint64 id = m_segment->chosenId();
    const QString name = m_segment->chosenName();
    if (id <= 0) {
        m_summary->setText(tr("Save a segment on the Segments page to follow it here."));
        show(0, QString(), {});
        emit shown(true);
        return;
    }
    auto days = std::make_shared<QList<SegmentTrendDay>>();
    Database &database = m_context.database;
    const QDate from = m_from;
    const QDate to = m_to;
    auto *job = new BackgroundJob([&database, id, from, to, days](BackgroundJob &) {
        const auto loaded = SegmentTrend(database.connections().connection()).load(id, from, to);
        if (!loaded.isOk())
            return BackgroundJob::Outcome{
                false, tr("The segment's days cannot be read: %1").arg(loaded.status().message())};
        *days = loaded.value();
        return BackgroundJob::Outcome{true, QString()};
    });
    connect(job, &BackgroundJob::finished, this, [this, id, name, days](bool ok, const QString &) {
        if (ok)
            show(id, name, *days);
        emit shown(ok);
    });
    m_jobs->run(job, tr("Reading the segment's days…"), false);
}

void SegmentTrendPanel::show(qint64 segmentId, const QString &name,
                             const QList<SegmentTrendDay> &days)
{
    m_days = days;
    const SegmentTrendSeries series = SegmentTrendSeries::of(days);
    m_members->showSeries(tr("Members of the segment"), m_from, m_to,
                          {{tr("Members (after the day's refresh)"), series.size},
                           {tr("Members who used the Mini Program in the last %n day(s)", nullptr,
                               SegmentTrend::kActiveDays),
                            series.activeOnMp}},
                          DayChart::Style::Lines);
    m_messages->showSeries(tr("Messages sent to the members per day"), m_from, m_to,
                           {{tr("Messages sent"), series.messagesSent}}, DayChart::Style::Lines);
    if (segmentId <= 0 || days.isEmpty())
        return;
    const QLocale locale;
    const SegmentTrendDay &last = days.constLast();
    qint64 messages = 0;
    for (const SegmentTrendDay &day : days)
        messages += day.messagesSent;
    const QString members =
        last.size >= 0 ? tr("%1: %2 members on %3, %4 of them used the Mini Program in the 7 days "
                            "up to it.")
                             .arg(name, locale.toString(last.size),
                                  locale.toString(last.day, QLocale::ShortFormat),
                                  locale.toString(last.activeOnMp7))
                       : tr("%1 was not refreshed by %2: refresh it on the Segments page to "
                            "count its members.")
                             .arg(name, locale.toString(last.day, QLocale::ShortFormat));
    m_summary->setText(members + u' ' +
                       tr("%n message(s) sent to its members in these days.", nullptr,
                          int(std::min<qint64>(messages, INT_MAX))));
}

QString SegmentTrendPanel::fileStem() const
{
    return QString::number(m_segment->chosenId()) + u'-' + m_from.toString(Qt::ISODate) + u'-' +
           m_to.toString(Qt::ISODate);
}

QString SegmentTrendPanel::summary() const
{
    return m_summary->text();
}
