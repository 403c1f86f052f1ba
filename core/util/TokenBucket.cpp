#include "TokenBucket.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, double burst, const Clock &clock)
    // One token at the start: the first send goes at once, not a period later (at a mass
    // campaign's pace, seconds).
    : m_rate(ratePerSecond), m_burst(std::max(1.0, burst)), m_tokens(1.0),
      m_lastMsecs(clock.nowMsecs()), m_clock(clock)
{
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.nowMsecs();
    if (now > m_lastMsecs) {
        m_tokens = std::min(m_burst, m_tokens + (now - m_lastMsecs) * m_rate / 1000.0);
        m_lastMsecs = now;
    }
}

int TokenBucket::take(int wanted)
{
    refill();
    // Tokens are summed in tenths and the like: 0.1 ten times is a hair under 1 in binary.
    const int taken = std::min(wanted, int(std::floor(m_tokens + 1e-9)));
    m_tokens -= std::max(0, taken);
    return std::max(0, taken);
}

int TokenBucket::msecsUntilNext()
{
    refill();
    if (m_tokens + 1e-9 >= 1.0)
        return 0;
    return int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
