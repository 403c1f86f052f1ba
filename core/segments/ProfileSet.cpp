#include "ProfileSet.h"

#include <bit>

ProfileSet::ProfileSet(qint64 bound)
    : m_bound(qMax<qint64>(bound, 0)), m_words(size_t((m_bound + 63) / 64), 0)
{
}

qint64 ProfileSet::count() const
{
    qint64 total = 0;
    for (const quint64 word : m_words)
        total += std::popcount(word);
    return total;
}

QList<qint64> ProfileSet::first(qsizetype n) const
{
    QList<qint64> ids;
    for (size_t w = 0; w < m_words.size() && ids.size() < n; ++w)
        for (quint64 bits = m_words[w]; bits && ids.size() < n; bits &= bits - 1)
            ids << qint64(w * 64 + size_t(std::countr_zero(bits)));
    return ids;
}

void ProfileSet::intersect(const ProfileSet &other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
}

void ProfileSet::unite(const ProfileSet &other)
{
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
}

void ProfileSet::subtract(const ProfileSet &other)
{
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        m_words[i] &= ~other.m_words[i];
}

ProfileSet ProfileTally::between(qint64 least, qint64 most) const
{
    ProfileSet set(qint64(m_counts.size()));
    for (size_t id = 0; id < m_counts.size(); ++id) {
        const qint64 n = m_counts[id];
        if (n >= least && (most < 0 || n <= most))
            set.insert(qint64(id));
    }
    return set;
}
