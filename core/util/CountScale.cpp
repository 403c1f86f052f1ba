#include "CountScale.h"

CountScale CountScale::forHighest(qint64 highest, int maxSteps)
{
    CountScale scale;
    if (highest <= 0 || maxSteps < 1)
        return scale;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            const qint64 steps = (highest + step - 1) / step; // ceil
            if (steps <= maxSteps) {
                scale.step = step;
                scale.top = qMax<qint64>(steps, 1) * step;
                return scale;
            }
        }
    }
}
