#pragma once

#include <bit>
#include <QList>
#include <QtGlobal>
#include <vector>

// A set of profile ids below a bound, one bit each: a million profiles take 125 KB, and the
// set operations a segment's groups need run over machine words.
class ProfileSet
{
public:
    explicit ProfileSet(qint64 bound = 0);

    qint64 bound() const { return m_bound; }
    // Ids outside [0, bound) are not profiles and are ignored.
    void insert(qint64 id)
    {
        if (id >= 0 && id < m_bound)
            m_words[size_t(id) >> 6] |= quint64(1) << (id & 63);
    }
    bool contains(qint64 id) const
    {
        return id >= 0 && id < m_bound && (m_words[size_t(id) >> 6] >> (id & 63)) & 1;
    }
    qint64 count() const;
    // Calls `f(id)` for each id in the set, in ascending order.
    template <typename F> void forEach(F f) const
    {
        for (size_t w = 0; w < m_words.size(); ++w)
            for (quint64 bits = m_words[w]; bits; bits &= bits - 1)
                f(qint64(w * 64 + size_t(std::countr_zero(bits))));
    }

    // The `n` lowest ids in the set.
    QList<qint64> first(qsizetype n) const;

    // Each keeps `this` and `other` at the same bound.
    void intersect(const ProfileSet &other);
    void unite(const ProfileSet &other);
    void subtract(const ProfileSet &other);

private:
    qint64 m_bound;
    std::vector<quint64> m_words;
};

// How many rows each profile has, for "at least N times" (saturating, far above any limit).
class ProfileTally
{
public:
    explicit ProfileTally(qint64 bound) : m_counts(size_t(qMax<qint64>(bound, 0)), 0) {}
    void add(qint64 id)
    {
        if (id >= 0 && size_t(id) < m_counts.size() && m_counts[size_t(id)] != kMax)
            ++m_counts[size_t(id)];
    }
    // The profiles with between `least` and `most` rows (`most` < 0: no upper limit).
    ProfileSet between(qint64 least, qint64 most) const;

private:
    static constexpr quint32 kMax = 0xffffffffu;
    std::vector<quint32> m_counts;
};
