#include "providersim/UtilizationModel.h"

#include "providersim/DeterministicRandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sc::providersim {

namespace {

constexpr double kDayMs = 24.0 * 3600 * 1000;

// In [-1, 1), the same for the same inputs.
double noise(quint64 seed, qint64 slot)
{
    return DeterministicRandom(seed ^ DeterministicRandom::mix(quint64(slot))).unit() * 2 - 1;
}

} // namespace

protocol::UtilizationSample UtilizationModel::sample(quint64 instanceSeed, qint64 atMs, double longitude)
{
    DeterministicRandom traits(instanceSeed);
    const double cpuLevel = 15 + traits.unit() * 45; // 15-60 %
    const double cpuSwing = 5 + traits.unit() * 25;  // daily amplitude
    const double memoryLevel = 30 + traits.unit() * 50;
    const double networkLevel = 20'000 + traits.unit() * 2'000'000; // bytes/s
    const double outShare = 0.3 + traits.unit() * 1.2;

    // Busiest in the local afternoon: longitude / 15 hours ahead of UTC.
    const double localMs = double(atMs) + longitude / 15.0 * 3600 * 1000;
    const double dayPhase = std::fmod(localMs, kDayMs) / kDayMs;
    const double daily = -std::cos(2 * std::numbers::pi * (dayPhase - 0.1)); // -1 at ~2:30, +1 at ~14:30
    const qint64 slot = atMs / kSampleIntervalMs;

    protocol::UtilizationSample sample;
    sample.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    sample.cpuPercent = std::clamp(cpuLevel + cpuSwing * daily + 8 * noise(instanceSeed, slot), 0.0, 100.0);
    sample.memoryPercent = std::clamp(memoryLevel + 5 * daily + 2 * noise(instanceSeed + 1, slot), 0.0, 100.0);
    const double network = std::max(0.0, networkLevel * (1 + 0.6 * daily + 0.3 * noise(instanceSeed + 2, slot)));
    sample.networkInBytesPerSecond = qint64(network);
    sample.networkOutBytesPerSecond = qint64(network * outShare);
    // Two decimals are plenty and keep the JSON short.
    sample.cpuPercent = std::round(sample.cpuPercent * 100) / 100;
    sample.memoryPercent = std::round(sample.memoryPercent * 100) / 100;
    return sample;
}

QList<protocol::UtilizationSample> UtilizationModel::samples(quint64 instanceSeed, qint64 runningSinceMs,
                                                             qint64 runningUntilMs, qint64 sinceMs, double longitude)
{
    QList<protocol::UtilizationSample> result;
    if (runningSinceMs < 0 || runningUntilMs <= runningSinceMs)
        return result;
    // Sample k is taken at runningSince + k * 10 s, k >= 1, when the instance ran that long.
    const qint64 last = (runningUntilMs - runningSinceMs) / kSampleIntervalMs;
    qint64 first = std::max<qint64>(1, last - kMaxSamples + 1);
    if (sinceMs > runningSinceMs)
        first = std::max(first, (sinceMs - runningSinceMs) / kSampleIntervalMs + 1);
    for (qint64 k = first; k <= last; ++k)
        result.append(sample(instanceSeed, runningSinceMs + k * kSampleIntervalMs, longitude));
    return result;
}

} // namespace sc::providersim
