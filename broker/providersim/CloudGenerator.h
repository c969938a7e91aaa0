#pragma once

#include "providersim/SimulatedCloud.h"

#include <memory>

namespace sc::providersim {

// What a cloud is told to offer instead of generated regions and profiles
// (the demo broker's clouds cover what each demo provider sells). Its name
// and credential are still those of (seed, index).
struct CloudShape
{
    struct Profile
    {
        int vcpus = 0;
        int memoryMiB = 0;
        int diskGiB = 0;
        int gpus = 0;
        int slotCount = 0; // 0: as many as a generated profile of this kind
    };
    struct Region
    {
        QString city; // a code of CloudGenerator::cityCodes(), "fra", "ams", ...
        QList<Profile> profiles;
    };
    QList<Region> regions;
};

// Makes simulated clouds from a seed: a cloud's name, credential, regions and
// profiles depend only on (seed, index), so cloud 17 is the same whatever the
// fleet size. Regions are real cities, mostly those of the broker's catalog
// seed (same city, country and coordinates, so the broker can map them), a few
// elsewhere. Every profile matches or exceeds a catalog instance type.
class CloudGenerator
{
public:
    static std::unique_ptr<SimulatedCloud> make(quint64 seed, int index);
    // The same cloud with the regions and profiles of `shape` (cities it does
    // not know are left out). Profiles keep the size asked for exactly, named
    // after the generator's profile of that size when there is one.
    static std::unique_ptr<SimulatedCloud> make(quint64 seed, int index, const CloudShape &shape);
    // The cities a shape can name.
    static QStringList cityCodes();
};

} // namespace sc::providersim
