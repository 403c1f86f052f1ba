#pragma once

#include <QtGlobal>

// A chart axis for counts: whole-number ticks at a round step (1, 2 or 5 times a power of
// ten) from 0 to the first tick at or above the highest count, so 1,801 members read on
// 0/500/1,000/1,500/2,000 rather than 0/990/1981, and nothing is drawn between whole numbers.
struct CountScale
{
    qint64 step = 1;
    qint64 top = 4;
    int ticks() const { return int(top / step) + 1; }

    // At most `maxSteps` steps; an empty or all-zero chart gets 0..4.
    static CountScale forHighest(qint64 highest, int maxSteps = 5);
};
