#pragma once

#include "Exportable.h"

#include <QChartView>
#include <QDate>
#include <QMap>
#include <QSet>

class QLabel;

// A chart of daily numbers (lines, or areas stacked on each other) with a tooltip on hover and
// a legend whose entries hide and show their series. Days without a value are left out of a
// line (not drawn as zero); it saves as PNG and its numbers as CSV.
class DayChart : public QChartView, public Exportable
{
    Q_OBJECT
public:
    enum class Style
    {
        Lines,
        StackedAreas
    };
    struct Series
    {
        QString name;
        QMap<QDate, double> values;
    };

    explicit DayChart(QWidget *parent = nullptr);

    void showSeries(const QString &title, const QDate &from, const QDate &to,
                    const QList<Series> &series, Style style);
    // The numbers shown, one row a day: "day,<series>,...". Empty cells are days without one.
    QString csv() const override;
    // Series shown, and how many of them are visible (the legend hides them).
    int seriesCount() const { return int(m_series.size()); }
    int visibleSeries() const;
    // Hides or shows series `index`, as a click on its legend entry does.
    void toggleSeries(int index);

protected:
    QWidget *exportedWidget() override { return this; }
    void resizeEvent(QResizeEvent *event) override;

private:
    void connectLegend();
    // As many dates on the time axis as fit the chart's width, at most 8.
    void fitDateTicks();
    void showTip(const QString &name, const QPointF &point, bool entered);

    QDate m_from;
    QDate m_to;
    QList<Series> m_series;
};
