#include "CountAxis.h"

#include "util/CountScale.h"

#include <QChart>
#include <QValueAxis>

void setCountAxis(QValueAxis *axis, qint64 highest)
{
    const CountScale scale = CountScale::forHighest(highest);
    axis->setRange(0, double(scale.top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(scale.step));
    axis->setMinorTickCount(0);
    // "%d" draws no labels once the chart localizes its numbers (Qt 6.4 formats a double):
    // whole numbers come from "%.0f".
    axis->setLabelFormat(QStringLiteral("%.0f"));
}
