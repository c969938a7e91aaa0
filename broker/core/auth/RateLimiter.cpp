#include "core/auth/RateLimiter.h"

#include "core/Clock.h"

#include <cmath>

namespace sc::broker {

RateLimiter::RateLimiter(const Clock &clock, qsizetype maxKeys)
    : m_clock(clock)
    , m_maxKeys(maxKeys)
{
}

std::optional<qint64> RateLimiter::take(const QString &key, const Rate &rate)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            prune(nowMs);
        it = m_buckets.insert(key, Bucket{rate.burst, nowMs, rate.burst, rate.perSecond});
    }
    Bucket &bucket = *it;
    const double elapsedSeconds = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) / 1000.0;
    bucket.tokens = std::min(rate.burst, bucket.tokens + elapsedSeconds * rate.perSecond);
    bucket.updatedMs = nowMs;
    bucket.burst = rate.burst;
    bucket.perSecond = rate.perSecond;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return qint64(std::ceil((1.0 - bucket.tokens) / rate.perSecond * 1000.0));
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = double(nowMs - it->updatedMs) / 1000.0;
        if (it->tokens + elapsed * it->perSecond >= it->burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    // Under a flood of distinct keys nothing may be full again: start over
    // rather than grow without bound.
    if (m_buckets.size() >= m_maxKeys)
        m_buckets.clear();
}

} // namespace sc::broker
