#include "DayChart.h"

#include "CountAxis.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

namespace {
// Days are placed at Beijing noon so that an axis in any local time shows the right date.
double xOf(const QDate &day)
{
    return double(QDateTime(day, QTime(12, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
}

QDate dayOf(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), QTimeZone(8 * 3600)).date();
}
} // namespace

DayChart::DayChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

void DayChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitDateTicks();
}

// A date label ("11-06") takes about 60 pixels with its gap; more ticks than fit are elided
// to "11..." (the Segments page's narrow chart). The view's width less the count axis and
// margins, not the plot area: that is laid out only after this resize.
void DayChart::fitDateTicks()
{
    const int kLabelPixels = 60;
    const int kCountAxisPixels = 80;
    const int fitting = std::max(0, width() - kCountAxisPixels) / kLabelPixels + 1;
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis))
            time->setTickCount(
                std::clamp(fitting, 2, std::min<int>(8, int(m_from.daysTo(m_to)) + 2)));
}

void DayChart::showSeries(const QString &title, const QDate &from, const QDate &to,
                          const QList<Series> &series, Style style)
{
    m_from = from;
    m_to = to;
    m_series = series;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) { // removeAxis hands the axis back: delete it
        c->removeAxis(axis);
        delete axis;
    }
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(from.addDays(-1)))),
                   QDateTime::fromMSecsSinceEpoch(qint64(xOf(to.addDays(1)))));
    // The count axis is scaled before it joins the chart: Qt 6.4 draws no labels for dynamic
    // ticks set afterwards.
    double top = 0;
    QMap<QDate, double> heights;
    for (const Series &s : series)
        for (auto it = s.values.lowerBound(from); it != s.values.end() && it.key() <= to; ++it) {
            heights[it.key()] = style == Style::Lines
                                    ? std::max(heights.value(it.key()), it.value())
                                    : heights.value(it.key()) + it.value();
            top = std::max(top, heights.value(it.key()));
        }
    auto *count = new QValueAxis;
    setCountAxis(count, qint64(std::ceil(top)));
    c->addAxis(time, Qt::AlignBottom);
    c->addAxis(count, Qt::AlignLeft);
    QMap<QDate, double> stacked; // the running top of the areas below
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        if (style == Style::Lines) {
            for (auto it = s.values.lowerBound(from); it != s.values.end() && it.key() <= to;
                 ++it) {
                line->append(xOf(it.key()), it.value());
            }
            line->setPointsVisible(from.daysTo(to) <= 31);
            c->addSeries(line);
            line->attachAxis(time);
            line->attachAxis(count);
            connect(line, &QLineSeries::hovered, this,
                    [this, name = s.name](const QPointF &p, bool on) { showTip(name, p, on); });
            continue;
        }
        auto *lower = new QLineSeries;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            lower->append(xOf(d), stacked.value(d));
            stacked[d] += s.values.value(d);
            line->append(xOf(d), stacked.value(d));
        }
        auto *area = new QAreaSeries(line, lower);
        area->setName(s.name);
        c->addSeries(area);
        area->attachAxis(time);
        area->attachAxis(count);
        connect(area, &QAreaSeries::hovered, this,
                [this, name = s.name, values = s.values](const QPointF &p, bool on) {
                    showTip(name, QPointF(p.x(), values.value(dayOf(p.x()))), on);
                });
    }
    c->setTitle(title);
    fitDateTicks();
    connectLegend();
}

void DayChart::connectLegend()
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (int i = 0; i < markers.size(); ++i)
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, i] { toggleSeries(i); });
}

void DayChart::toggleSeries(int index)
{
    const QList<QAbstractSeries *> all = chart()->series();
    if (index < 0 || index >= all.size())
        return;
    QAbstractSeries *series = all.at(index);
    series->setVisible(!series->isVisible());
    // The legend entry stays, dimmed, so the series can be shown again.
    for (QLegendMarker *marker : chart()->legend()->markers(series)) {
        marker->setVisible(true);
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
        marker->setLabelBrush(label);
    }
}

int DayChart::visibleSeries() const
{
    int visible = 0;
    for (QAbstractSeries *series : chart()->series())
        visible += series->isVisible();
    return visible;
}

void DayChart::showTip(const QString &name, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QToolTip::showText(QCursor::pos(),
                       tr("%1, %2: %3")
                           .arg(locale.toString(dayOf(point.x()), QLocale::ShortFormat), name,
                                locale.toString(qRound64(point.y()))),
                       this);
}

QString DayChart::csv() const
{
    QStringList header{QStringLiteral("day")};
    for (const Series &s : m_series)
        header << QLatin1Char('"') + QString(s.name).replace(u'"', QStringLiteral("\"\"")) +
                      QLatin1Char('"');
    QString out = header.join(u',') + u'\n';
    for (QDate d = m_from; m_from.isValid() && d <= m_to; d = d.addDays(1)) {
        QStringList row{d.toString(Qt::ISODate)};
        for (const Series &s : m_series)
            row << (s.values.contains(d) ? QString::number(s.values.value(d), 'g', 15) : QString());
        out += row.join(u',') + u'\n';
    }
    return out;
}
