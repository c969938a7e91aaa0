#pragma once

#include <QtGlobal>

namespace sc::providersim {

// SplitMix64: a tiny random sequence that is the same on every platform and
// library version for the same seed, so a --seed always makes the same fleet.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed)
        : m_state(seed)
    {
    }

    static quint64 mix(quint64 value)
    {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }

    quint64 next()
    {
        const quint64 value = mix(m_state);
        m_state += 0x9e3779b97f4a7c15ULL;
        return value;
    }
    // In [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    // In [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // In [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

} // namespace sc::providersim
