#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace sc::broker {

// The demo market's dice: a small seeded generator (SplitMix64) whose
// sequence is the same on every platform and standard library, so a seed
// gives the same simulated market everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // In [low, high).
    double uniform(double low = 0, double high = 1) { return low + (high - low) * double(next() >> 11) * 0x1.0p-53; }
    // In [low, high], both included.
    qint64 integer(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    // Standard normal (Box-Muller).
    double normal()
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * uniform());
    }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(next() % quint64(items.size())));
    }

    // A value in [-1, 1] that depends only on its key: the same key always
    // gives the same value (the knots of the price model's smooth noise).
    static double hashed(quint64 a, quint64 b, qint64 c)
    {
        const quint64 h = mix(a ^ mix(b + 0x632BE59BD9B4E019ULL) ^ mix(quint64(c) * 0xD6E8FEB86659FD93ULL));
        return double(h >> 11) * 0x1.0p-52 - 1.0;
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

} // namespace sc::broker
