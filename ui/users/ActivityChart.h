#pragma once

#include "profiles/ProfileActivity.h"

#include <QChartView>

// Events per week by platform (Official Account and Mini Program) for one person: stacked bars
// over the weeks from the first event to the last, at most the last 26.
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kWeeks = 26;

    explicit ActivityChart(QWidget *parent = nullptr);
    void showWeeks(const QList<ProfileActivity::WeekCount> &weeks);
    // What is drawn: per week "yyyy-MM-dd oa mp", for tests.
    QStringList plotted() const { return m_plotted; }

private:
    QStringList m_plotted;
};
