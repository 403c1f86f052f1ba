#pragma once

#include "Exportable.h"

#include <QChartView>

// Horizontal bars, one per category, each labelled with its number (and, for a funnel, its
// share of the first bar): the visitors' portrait and a funnel's steps. A tooltip on hover
// says the category and its number; it saves as PNG and its numbers as CSV.
class BarChart : public QChartView, public Exportable
{
    Q_OBJECT
public:
    struct Bar
    {
        QString category; // may be text from WeChat: shown as plain text
        double value = 0;
    };

    explicit BarChart(QWidget *parent = nullptr);

    // `withShares`: each bar also says its share of the first (a funnel's conversion).
    void showBars(const QString &title, const QString &valueName, const QList<Bar> &bars,
                  bool withShares);
    const QList<Bar> &bars() const { return m_bars; }
    // The text on bar `index`, as drawn ("1,234" or "1,234 (45.6 %)").
    QString barText(int index) const;
    QString csv() const override;

protected:
    QWidget *exportedWidget() override { return this; }

private:
    QString m_valueName;
    QList<Bar> m_bars;
    bool m_withShares = false;
};
