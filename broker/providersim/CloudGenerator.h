#pragma once

#include "providersim/SimulatedCloud.h"

#include <memory>

namespace sc::providersim {

// Makes simulated clouds from a seed: a cloud's name, credential, regions and
// profiles depend only on (seed, index), so cloud 17 is the same whatever the
// fleet size. Regions are real cities, mostly those of the broker's catalog
// seed (same city, country and coordinates, so the broker can map them), a few
// elsewhere. Every profile matches or exceeds a catalog instance type.
class CloudGenerator
{
public:
    static std::unique_ptr<SimulatedCloud> make(quint64 seed, int index);
};

} // namespace sc::providersim
