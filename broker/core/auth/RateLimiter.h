#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace sc::broker {

class Clock;

// Token buckets by key ("addr:127.0.0.1", "login:...", "token:<id>"): each
// holds up to `burst` requests and refills at `perSecond`. Memory is bounded:
// past maxKeys, buckets that are full again are forgotten.
class RateLimiter
{
public:
    struct Rate
    {
        double perSecond = 20;
        double burst = 100;
    };

    RateLimiter(const Clock &clock, qsizetype maxKeys = 100'000);

    // Takes one request from the key's bucket. nullopt when allowed, else the
    // milliseconds until one would be.
    std::optional<qint64> take(const QString &key, const Rate &rate);
    void forget(const QString &key) { m_buckets.remove(key); }
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        double burst = 0;
        double perSecond = 0;
    };
    void prune(qint64 nowMs);

    const Clock &m_clock;
    qsizetype m_maxKeys;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sc::broker
