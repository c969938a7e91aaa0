#include "providersim/CloudGenerator.h"

#include "providersim/DeterministicRandom.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sc::providersim {

namespace {

struct City
{
    QStringView code; // the provider's region code is this and a digit
    QStringView countryCode;
    QStringView city;
    double latitude;
    double longitude;
    bool inCatalog;
};

// The first twenty are the broker catalog's regions (core/store/Migrations.cpp).
constexpr std::array kCities{
    City{u"fra", u"DE", u"Frankfurt am Main", 50.1109, 8.6821, true},
    City{u"ams", u"NL", u"Amsterdam", 52.3676, 4.9041, true},
    City{u"lon", u"GB", u"London", 51.5072, -0.1276, true},
    City{u"par", u"FR", u"Paris", 48.8566, 2.3522, true},
    City{u"dub", u"IE", u"Dublin", 53.3498, -6.2603, true},
    City{u"mad", u"ES", u"Madrid", 40.4168, -3.7038, true},
    City{u"sto", u"SE", u"Stockholm", 59.3293, 18.0686, true},
    City{u"waw", u"PL", u"Warsaw", 52.2297, 21.0122, true},
    City{u"ash", u"US", u"Ashburn", 39.0438, -77.4874, true},
    City{u"dal", u"US", u"Dallas", 32.7767, -96.7970, true},
    City{u"hil", u"US", u"Hillsboro", 45.5229, -122.9898, true},
    City{u"sjc", u"US", u"San Jose", 37.3382, -121.8863, true},
    City{u"mtl", u"CA", u"Montreal", 45.5019, -73.5674, true},
    City{u"sao", u"BR", u"Sao Paulo", -23.5558, -46.6396, true},
    City{u"sin", u"SG", u"Singapore", 1.3521, 103.8198, true},
    City{u"tyo", u"JP", u"Tokyo", 35.6762, 139.6503, true},
    City{u"bom", u"IN", u"Mumbai", 19.0760, 72.8777, true},
    City{u"syd", u"AU", u"Sydney", -33.8688, 151.2093, true},
    City{u"jnb", u"ZA", u"Johannesburg", -26.2041, 28.0473, true},
    City{u"dxb", u"AE", u"Dubai", 25.2048, 55.2708, true},
    // Not in the catalog: the broker has to cope with regions it cannot map.
    City{u"hel", u"FI", u"Helsinki", 60.1699, 24.9384, false},
    City{u"mil", u"IT", u"Milan", 45.4642, 9.1900, false},
    City{u"zrh", u"CH", u"Zurich", 47.3769, 8.5417, false},
    City{u"sel", u"KR", u"Seoul", 37.5665, 126.9780, false},
};
constexpr int kCatalogCities = 20;

struct ProfileTemplate
{
    QStringView id;
    QStringView name;
    int vcpus;
    int memoryGiB;
    int diskGiB;
    int gpus;
};

// Each is the size of a catalog type (named in the comment) or more.
constexpr std::array kStandard{
    ProfileTemplate{u"std-2", u"Standard 2 vCPU", 2, 8, 50, 0},      // g1.small
    ProfileTemplate{u"std-4", u"Standard 4 vCPU", 4, 16, 100, 0},    // g1.medium
    ProfileTemplate{u"std-8", u"Standard 8 vCPU", 8, 32, 200, 0},    // g1.large
    ProfileTemplate{u"std-16", u"Standard 16 vCPU", 16, 64, 400, 0}, // g1.xlarge
};
constexpr std::array kOther{
    ProfileTemplate{u"cpu-2", u"Compute 2 vCPU", 2, 4, 30, 0},      // c1.medium
    ProfileTemplate{u"cpu-4", u"Compute 4 vCPU", 4, 8, 60, 0},      // c1.large
    ProfileTemplate{u"cpu-8", u"Compute 8 vCPU", 8, 16, 120, 0},    // c1.xlarge
    ProfileTemplate{u"cpu-16", u"Compute 16 vCPU", 16, 32, 240, 0}, // c1.2xlarge
    ProfileTemplate{u"cpu-32", u"Compute 32 vCPU", 32, 64, 480, 0}, // c1.4xlarge
    ProfileTemplate{u"mem-2", u"Memory 2 vCPU", 2, 16, 50, 0},      // m1.large
    ProfileTemplate{u"mem-4", u"Memory 4 vCPU", 4, 32, 100, 0},     // m1.xlarge
    ProfileTemplate{u"mem-8", u"Memory 8 vCPU", 8, 64, 200, 0},     // m1.2xlarge
    ProfileTemplate{u"mem-16", u"Memory 16 vCPU", 16, 128, 400, 0}, // m1.4xlarge
    ProfileTemplate{u"sto-4", u"Storage 4 vCPU", 4, 16, 2000, 0},   // s1.large
    ProfileTemplate{u"sto-8", u"Storage 8 vCPU", 8, 32, 4000, 0},   // s1.xlarge
    ProfileTemplate{u"gpu-1", u"GPU 1x, 8 vCPU", 8, 64, 200, 1},    // gpu1.large
    ProfileTemplate{u"gpu-4", u"GPU 4x, 32 vCPU", 32, 256, 800, 4}, // gpu1.4xlarge
};

constexpr std::array kNameFirst{
    u"Nordlicht", u"Blue Harbor", u"Granite", u"Aurora", u"Cedar",  u"Helios",    u"Kestrel", u"Lumen",
    u"Meridian",  u"Nimbus",      u"Orchid",  u"Polar",  u"Quarry", u"Riverbend", u"Saffron", u"Tundra",
    u"Umbra",     u"Vale",        u"Willow",  u"Zephyr", u"Basalt", u"Copper",    u"Drift",   u"Ember",
};
constexpr std::array kNameSecond{
    u"Compute",
    u"Cloud",
    u"Hosting",
    u"Datacenters",
    u"Systems",
    u"Networks",
    u"Racks",
    u"IaaS",
};

SimulatedProfile makeProfile(const ProfileTemplate &t, DeterministicRandom &random)
{
    SimulatedProfile profile;
    profile.id = t.id.toString();
    profile.name = t.name.toString();
    profile.vcpus = t.vcpus;
    profile.memoryMiB = t.memoryGiB * 1024;
    // Some clouds give more disk than the catalog asks for.
    profile.diskGiB = random.chance(0.3) ? t.diskGiB * 2 : t.diskGiB;
    profile.gpus = t.gpus;
    profile.totalSlots = t.gpus > 0 ? random.between(1, 8) : random.between(4, 64);
    return profile;
}

} // namespace

std::unique_ptr<SimulatedCloud> CloudGenerator::make(quint64 seed, int index)
{
    DeterministicRandom random(DeterministicRandom::mix(seed) ^ DeterministicRandom::mix(quint64(index) + 1));

    const QString name = u"%1 %2"_s.arg(kNameFirst[random.below(int(kNameFirst.size()))],
                                        kNameSecond[random.below(int(kNameSecond.size()))]);
    QByteArray credential = "simcred_";
    for (int i = 0; i < 3; ++i)
        credential += QByteArray::number(random.next(), 16).rightJustified(16, '0');

    QList<SimulatedRegion> regions;
    const int regionCount = random.between(1, 3);
    QList<int> usedCities;
    while (regions.size() < regionCount) {
        // One region in twenty is a city outside the catalog.
        const int city = random.chance(0.05) ? kCatalogCities + random.below(int(kCities.size()) - kCatalogCities)
                                             : random.below(kCatalogCities);
        if (usedCities.contains(city))
            continue;
        usedCities.append(city);
        const City &c = kCities[city];
        SimulatedRegion region;
        region.id = c.code + QString::number(random.between(1, 3));
        region.countryCode = c.countryCode.toString();
        region.city = c.city.toString();
        region.latitude = c.latitude;
        region.longitude = c.longitude;

        const int profileCount = random.between(3, 6);
        // One or two standard sizes always, then others.
        const int standards = random.between(1, 2);
        const int firstStandard = random.below(int(kStandard.size()) - standards + 1);
        for (int i = 0; i < standards; ++i)
            region.profiles.append(makeProfile(kStandard[firstStandard + i], random));
        QList<int> usedOther;
        while (region.profiles.size() < profileCount) {
            const int other = random.below(int(kOther.size()));
            if (usedOther.contains(other))
                continue;
            // GPUs are rarer.
            if (kOther[other].gpus > 0 && !random.chance(0.3))
                continue;
            usedOther.append(other);
            region.profiles.append(makeProfile(kOther[other], random));
        }
        regions.append(std::move(region));
    }
    return std::make_unique<SimulatedCloud>(index, name, credential, std::move(regions));
}

std::unique_ptr<SimulatedCloud> CloudGenerator::make(quint64 seed, int index, const CloudShape &shape)
{
    // Name and credential as generated; regions and profiles from the shape.
    const std::unique_ptr<SimulatedCloud> generated = make(seed, index);
    DeterministicRandom random(DeterministicRandom::mix(seed ^ 0x5A5A) ^ DeterministicRandom::mix(quint64(index) + 1));
    QList<SimulatedRegion> regions;
    QStringList usedCodes;
    for (const CloudShape::Region &wanted : shape.regions) {
        const auto city = std::find_if(
            kCities.begin(), kCities.end(), [&](const City &candidate) { return candidate.code == wanted.city; });
        if (city == kCities.end())
            continue;
        SimulatedRegion region;
        // A digit as generated regions have, unique within the cloud.
        for (int digit = 1; region.id.isEmpty() || usedCodes.contains(region.id); ++digit)
            region.id = city->code + QString::number(digit);
        usedCodes.append(region.id);
        region.countryCode = city->countryCode.toString();
        region.city = city->city.toString();
        region.latitude = city->latitude;
        region.longitude = city->longitude;
        QStringList usedIds;
        for (const CloudShape::Profile &size : wanted.profiles) {
            SimulatedProfile profile;
            const auto known = [&](const ProfileTemplate &t) {
                return t.vcpus == size.vcpus && t.memoryGiB * 1024 == size.memoryMiB && t.diskGiB == size.diskGiB
                       && t.gpus == size.gpus;
            };
            if (const auto standard = std::find_if(kStandard.begin(), kStandard.end(), known);
                standard != kStandard.end()) {
                profile.id = standard->id.toString();
                profile.name = standard->name.toString();
            } else if (const auto other = std::find_if(kOther.begin(), kOther.end(), known); other != kOther.end()) {
                profile.id = other->id.toString();
                profile.name = other->name.toString();
            } else {
                profile.id = u"custom-%1-%2"_s.arg(size.vcpus).arg(size.memoryMiB / 1024);
                profile.name = u"Custom %1 vCPU, %2 GiB"_s.arg(size.vcpus).arg(size.memoryMiB / 1024);
            }
            if (usedIds.contains(profile.id))
                continue;
            usedIds.append(profile.id);
            profile.vcpus = size.vcpus;
            profile.memoryMiB = size.memoryMiB;
            profile.diskGiB = size.diskGiB;
            profile.gpus = size.gpus;
            profile.totalSlots = size.slotCount > 0 ? size.slotCount
                                 : size.gpus > 0    ? random.between(1, 8)
                                                    : random.between(4, 64);
            region.profiles.append(std::move(profile));
        }
        regions.append(std::move(region));
    }
    return std::make_unique<SimulatedCloud>(index, generated->name(), generated->credential(), std::move(regions));
}

QStringList CloudGenerator::cityCodes()
{
    QStringList codes;
    for (const City &city : kCities)
        codes.append(city.code.toString());
    return codes;
}

} // namespace sc::providersim
