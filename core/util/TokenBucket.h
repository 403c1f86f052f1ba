#pragma once

#include <QtGlobal>

class Clock;

// A rate limit: tokens accrue at `ratePerSecond` up to `burst`; each send takes one. It starts
// with one token.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double burst, const Clock &clock);

    // Takes up to `wanted` tokens and returns how many it took.
    int take(int wanted);
    // Milliseconds until the next token (0 when one is there).
    int msecsUntilNext();

private:
    void refill();

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMsecs;
    const Clock &m_clock;
};
