#pragma once

#include <QtGlobal>

// Bounded exponential backoff with full jitter: attempt n waits a random time up to
// min(maxDelay, baseDelay * 2^(n-1)); no more than maxAttempts tries or totalBudget time.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 300;
    int maxDelayMs = 8000;
    int totalBudgetMs = 60000;
    int transferTimeoutMs = 15000;

    // The wait before retry number `attempt` (1 = the first retry).
    int delayBeforeRetry(int attempt) const;
};
