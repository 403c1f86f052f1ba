#include "RetryPolicy.h"

#include <QRandomGenerator>

int RetryPolicy::delayBeforeRetry(int attempt) const
{
    const qint64 ceiling =
        qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qBound(0, attempt - 1, 20));
    // Half fixed, half random: spreads many clients out while still backing off.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}
