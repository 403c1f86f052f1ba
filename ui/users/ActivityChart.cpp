#include "ActivityChart.h"

#include "CountAxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

ActivityChart::ActivityChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    showWeeks({});
}

void ActivityChart::showWeeks(const QList<ProfileActivity::WeekCount> &weeks)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Events per week"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *oa = new QBarSet(tr("Official Account"));
    auto *mp = new QBarSet(tr("Mini Program"));
    oa->setColor(QColor(0x07, 0xc1, 0x60)); // WeChat green
    mp->setColor(QColor(0x57, 0x6b, 0x95));
    QStringList categories;
    m_plotted.clear();
    int highest = 0;
    if (!weeks.isEmpty()) {
        // Every week in the range, also the quiet ones, so the gaps show.
        QDate start = weeks.constLast().weekStart.addDays(-7 * (kWeeks - 1));
        if (start < weeks.constFirst().weekStart)
            start = weeks.constFirst().weekStart;
        qsizetype next = 0;
        while (next < weeks.size() && weeks.at(next).weekStart < start)
            ++next;
        for (QDate week = start; week <= weeks.constLast().weekStart; week = week.addDays(7)) {
            int oaCount = 0;
            int mpCount = 0;
            if (next < weeks.size() && weeks.at(next).weekStart == week) {
                oaCount = weeks.at(next).oa;
                mpCount = weeks.at(next).mp;
                ++next;
            }
            *oa << oaCount;
            *mp << mpCount;
            categories << week.toString(QStringLiteral("MM-dd"));
            m_plotted << QStringLiteral("%1 %2 %3")
                             .arg(week.toString(Qt::ISODate))
                             .arg(oaCount)
                             .arg(mpCount);
            highest = qMax(highest, oaCount + mpCount);
        }
    }
    auto *series = new QStackedBarSeries;
    series->append(oa);
    series->append(mp);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    setCountAxis(y, highest);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
