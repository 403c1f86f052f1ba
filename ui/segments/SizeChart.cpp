#include "SizeChart.h"

#include "CountAxis.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

SizeChart::SizeChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setLocalizeNumbers(true);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    setMinimumHeight(140);
    showHistory({});
}

void SizeChart::showHistory(const QList<SegmentStore::SizePoint> &points)
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis hands the axis back to the caller: without the delete each refresh leaked two
    // (found by LeakSanitizer).
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    qint64 top = 0;
    for (const SegmentStore::SizePoint &p : points) {
        series->append(double(p.at), double(p.size));
        top = qMax(top, p.size);
    }
    m_points = int(points.size());
    c->addSeries(series);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd HH:mm"));
    time->setTickCount(3);
    const qint64 first = points.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : points.first().at;
    const qint64 last = points.isEmpty() ? first : points.last().at;
    time->setRange(QDateTime::fromMSecsSinceEpoch(first - 60000),
                   QDateTime::fromMSecsSinceEpoch(last + 60000));
    auto *size = new QValueAxis;
    setCountAxis(size, top);
    c->addAxis(time, Qt::AlignBottom);
    c->addAxis(size, Qt::AlignLeft);
    series->attachAxis(time);
    series->attachAxis(size);
    c->setTitle(points.isEmpty() ? tr("Size after each refresh (none yet)")
                                 : tr("Size after each refresh"));
}
