#include "core/demo/DemoPriceModel.h"

#include "core/demo/DemoRandom.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr quint64 kMarketStream = 0xFFFF;

// What buyers trade most: general purpose in many places, compute and memory
// in the big hubs, storage and GPUs in a few.
struct PopularPair
{
    QStringView type;
    QStringView region;
};
constexpr PopularPair kPopular[] = {
    {u"g1.medium", u"us-va-ash"},  {u"g1.medium", u"eu-de-fra"},    {u"g1.medium", u"eu-gb-lon"},
    {u"g1.medium", u"ap-jp-tyo"},  {u"g1.medium", u"ap-sg-sin"},    {u"g1.medium", u"sa-br-sao"},
    {u"g1.small", u"us-va-ash"},   {u"g1.small", u"eu-nl-ams"},     {u"g1.small", u"ap-au-syd"},
    {u"g1.large", u"us-or-hil"},   {u"g1.large", u"eu-de-fra"},     {u"g1.large", u"ap-jp-tyo"},
    {u"c1.large", u"us-va-ash"},   {u"c1.large", u"eu-ie-dub"},     {u"c1.large", u"ap-in-bom"},
    {u"c1.xlarge", u"us-tx-dal"},  {u"c1.xlarge", u"eu-fr-par"},    {u"m1.xlarge", u"us-va-ash"},
    {u"m1.xlarge", u"eu-de-fra"},  {u"m1.xlarge", u"eu-se-sto"},    {u"m1.2xlarge", u"us-ca-sjc"},
    {u"s1.large", u"eu-pl-waw"},   {u"s1.large", u"ca-qc-mtl"},     {u"gpu1.large", u"us-va-ash"},
    {u"gpu1.large", u"eu-nl-ams"}, {u"gpu1.4xlarge", u"us-or-hil"},
};

} // namespace

DemoPriceModel::DemoPriceModel(quint64 seed, const protocol::Catalog &catalog)
    : m_seed(seed)
{
    QHash<QString, protocol::InstanceType> types;
    for (const auto &type : catalog.instanceTypes)
        types.insert(type.id, type);
    QHash<QString, protocol::Region> regions;
    for (const auto &region : catalog.regions)
        regions.insert(region.id, region);
    for (const PopularPair &pair : kPopular) {
        const auto type = types.constFind(pair.type.toString());
        const auto region = regions.constFind(pair.region.toString());
        if (type == types.constEnd() || region == regions.constEnd())
            continue;
        DemoInstrument instrument;
        instrument.index = int(m_instruments.size());
        instrument.instanceType = type->id;
        instrument.region = region->id;
        instrument.basePrice = basePrice(*type);
        instrument.regionFactor = regionFactor(region->id);
        instrument.longitude = region->longitude;
        m_instruments.append(instrument);
    }
}

double DemoPriceModel::basePrice(const protocol::InstanceType &type)
{
    return 1.2 * type.vcpus + 0.3 * (type.memoryMiB / 1024.0) + 0.002 * type.diskGiB + 45.0 * type.gpus;
}

double DemoPriceModel::regionFactor(const QString &region)
{
    static const QHash<QString, double> kFactors{
        {u"us-va-ash"_s, 1.00}, {u"us-tx-dal"_s, 1.02}, {u"us-or-hil"_s, 1.03}, {u"us-ca-sjc"_s, 1.08},
        {u"ca-qc-mtl"_s, 1.05}, {u"eu-pl-waw"_s, 1.04}, {u"eu-ie-dub"_s, 1.06}, {u"eu-se-sto"_s, 1.07},
        {u"eu-nl-ams"_s, 1.08}, {u"eu-es-mad"_s, 1.09}, {u"eu-de-fra"_s, 1.10}, {u"eu-fr-par"_s, 1.10},
        {u"eu-gb-lon"_s, 1.11}, {u"ap-in-bom"_s, 1.15}, {u"ap-sg-sin"_s, 1.22}, {u"me-ae-dxb"_s, 1.24},
        {u"af-za-jnb"_s, 1.25}, {u"ap-jp-tyo"_s, 1.28}, {u"ap-au-syd"_s, 1.30}, {u"sa-br-sao"_s, 1.35},
    };
    return kFactors.value(region, 1.15);
}

qint64 DemoPriceModel::tick(qint64 price)
{
    return std::max<qint64>(1, std::llround(double(price) * 0.01));
}

int DemoPriceModel::bookReach(qint64 price)
{
    return int(std::clamp<qint64>(std::llround(0.3 * double(price) / double(tick(price))), 4, 12));
}

double DemoPriceModel::localHour(const DemoInstrument &instrument, qint64 atMs) const
{
    const double hour = double(atMs) / double(kHourMs) + instrument.longitude / 15.0;
    return hour - 24.0 * std::floor(hour / 24.0);
}

double DemoPriceModel::drift(quint64 stream, qint64 atMs, qint64 periodMs) const
{
    const qint64 knot = atMs >= 0 ? atMs / periodMs : (atMs - periodMs + 1) / periodMs;
    const double within = double(atMs - knot * periodMs) / double(periodMs);
    const double from = DemoRandom::hashed(m_seed, stream, knot);
    const double to = DemoRandom::hashed(m_seed, stream, knot + 1);
    const double eased = (1.0 - std::cos(M_PI * within)) / 2.0;
    return from + (to - from) * eased;
}

double DemoPriceModel::fairPrice(const DemoInstrument &instrument, qint64 atMs) const
{
    // Dearest in the local afternoon, cheapest before dawn: +/- 9 %.
    const double cycle = 1.0 + 0.09 * std::cos(2.0 * M_PI * (localHour(instrument, atMs) - 15.0) / 24.0);
    const quint64 own = quint64(instrument.index) * 16;
    const double walk = 0.07 * drift(own + 1, atMs, 48 * kHourMs) + 0.03 * drift(own + 2, atMs, 9 * kHourMs)
                        + 0.012 * drift(own + 3, atMs, 100 * kMinuteMs)
                        + 0.04 * drift(kMarketStream, atMs, 72 * kHourMs);
    return instrument.basePrice * instrument.regionFactor * cycle * std::exp(walk);
}

qint64 DemoPriceModel::fairCents(const DemoInstrument &instrument, qint64 atMs) const
{
    return std::max<qint64>(1, std::llround(fairPrice(instrument, atMs)));
}

double DemoPriceModel::activity(const DemoInstrument &instrument, qint64 atMs) const
{
    return (1.0 + std::cos(2.0 * M_PI * (localHour(instrument, atMs) - 14.0) / 24.0)) / 2.0;
}

} // namespace sc::broker
