#pragma once

#include "protocol/Expected.h"

#include <QHash>
#include <QString>

#include <optional>

namespace sc::providersim {

// The faults one simulated cloud injects, as written on the command line and
// in the control API: kinds joined by '+', each with an optional parameter,
// e.g. "timeout", "slow:1500+error5xx:0.5", "" (none).
//   timeout             accepts the request and never answers it
//   error5xx[:p]        answers 503 unavailable with probability p (default 1)
//   malformed           answers 2xx with a body that is not the JSON promised
//   slow[:ms]           answers after ms (default 1500), without blocking others
//   flapping[:periodMs] up for a period, then 503 unavailable for a period (default 20000)
//   vanish[:afterMs]    instances disappear (state and all) afterMs of running (default 30000)
//   refuse              creating instances answers 503 not_accepting
struct CloudFaults
{
    bool timeout = false;
    std::optional<double> error5xxProbability;
    bool malformed = false;
    std::optional<int> slowMs;
    std::optional<int> flappingPeriodMs;
    std::optional<int> vanishAfterMs;
    bool refuse = false;

    bool isEmpty() const { return *this == CloudFaults(); }
    // The canonical text, parseable again.
    QString toString() const;
    static protocol::Expected<CloudFaults> parse(QStringView text);
    // "--faults": "3=timeout,7=error5xx:0.5,9=slow:1500+refuse" → per cloud index.
    static protocol::Expected<QHash<int, CloudFaults>> parseFleet(QStringView spec);

    bool operator==(const CloudFaults &) const = default;
};

} // namespace sc::providersim
