#pragma once

#include "segments/SegmentStore.h"

#include <QChartView>

// A saved segment's size after each refresh, as a small line chart.
class SizeChart : public QChartView
{
    Q_OBJECT
public:
    explicit SizeChart(QWidget *parent = nullptr);
    void showHistory(const QList<SegmentStore::SizePoint> &points);
    int plottedPoints() const { return m_points; }

private:
    int m_points = 0;
};
