#include "BarChart.h"

#include "CountAxis.h"
#include "segments/CsvWriter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

BarChart::BarChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->setVisible(false);
}

QString BarChart::barText(int index) const
{
    const QLocale locale;
    const Bar &bar = m_bars.at(index);
    QString text = locale.toString(qRound64(bar.value));
    if (m_withShares && !m_bars.isEmpty() && m_bars.constFirst().value > 0)
        text += QStringLiteral(" (%1 %)").arg(
            locale.toString(100.0 * bar.value / m_bars.constFirst().value, 'f', 1));
    return text;
}

void BarChart::showBars(const QString &title, const QString &valueName, const QList<Bar> &bars,
                        bool withShares)
{
    m_valueName = valueName;
    m_bars = bars;
    m_withShares = withShares;
    // A chart of its own each time: axes removed from a chart left their labels drawn.
    QChart *old = chart();
    setChart(new QChart);
    delete old;
    chart()->legend()->setVisible(false);
    chart()->setTitle(title);

    auto *set = new QBarSet(valueName);
    QStringList categories;
    // The first bar on top: a horizontal bar axis counts from the bottom.
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        *set << bars.at(i).value;
        // Numbered so two equal names (a step taken twice) stay two categories.
        categories << (withShares ? QStringLiteral("%1. ").arg(i + 1) : QString()) +
                          bars.at(i).category + QStringLiteral("  ") + barText(int(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart()->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart()->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *counts = new QValueAxis;
    double highest = 0;
    for (const Bar &bar : bars)
        highest = std::max(highest, bar.value);
    setCountAxis(counts, qint64(highest));
    chart()->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool entered, int index) {
        const int bar = int(m_bars.size()) - 1 - index;
        if (!entered || bar < 0 || bar >= m_bars.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 %3").arg(m_bars.at(bar).category, barText(bar), m_valueName),
                           this);
    });
}

QString BarChart::csv() const
{
    QString out = CsvWriter::cell(tr("category")) + u',' + CsvWriter::cell(m_valueName) +
                  QStringLiteral("\r\n");
    for (const Bar &bar : m_bars)
        out += CsvWriter::cell(bar.category) + u',' + QString::number(bar.value, 'g', 15) +
               QStringLiteral("\r\n");
    return out;
}
