#pragma once

#include <QtGlobal>

class QValueAxis;

// Sets `axis` up for counts up to `highest`: whole, round ticks (CountScale) and labels in the
// locale's number format ("1,500", "1 500").
void setCountAxis(QValueAxis *axis, qint64 highest);
