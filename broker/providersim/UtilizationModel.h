#pragma once

#include "protocol/ProviderDto.h"

#include <QDateTime>
#include <QList>

namespace sc::providersim {

// Made-up but plausible utilization: a daily cycle in the region's local
// time, a level and swing of its own per instance, and noise. A pure function
// of the instance's seed and the time, so nothing is stored per sample.
class UtilizationModel
{
public:
    static constexpr qint64 kSampleIntervalMs = 10'000;
    static constexpr int kMaxSamples = 360;

    static protocol::UtilizationSample sample(quint64 instanceSeed, qint64 atMs, double longitude);

    // One sample per 10 s of running time in [runningSinceMs, runningUntilMs),
    // after sinceMs, at most the last 360, oldest first.
    static QList<protocol::UtilizationSample> samples(quint64 instanceSeed, qint64 runningSinceMs,
                                                      qint64 runningUntilMs, qint64 sinceMs, double longitude);
};

} // namespace sc::providersim
