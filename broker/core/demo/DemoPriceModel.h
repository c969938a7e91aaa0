#pragma once

#include "protocol/CatalogDto.h"

#include <QList>
#include <QString>

namespace sc::broker {

// One instrument the demo market trades, with what its price derives from.
struct DemoInstrument
{
    int index = 0; // position in instruments(): keys the instrument's own noise
    QString instanceType;
    QString region;
    double basePrice = 0;    // cents per slot-hour before region, cycle and drift
    double regionFactor = 1; // what the region adds (US East is 1.0)
    double longitude = 0;    // for the local time of day
};

// The demo market's idea of what capacity is worth: a base price from the
// instance type's size, times a regional factor, a daily cycle (cheaper in
// the local night), a slow drift and a market-wide drift. Everything is a
// pure function of the seed and the time, so the 30 days of history and the
// live activity after any restart continue the same curve.
class DemoPriceModel
{
public:
    DemoPriceModel(quint64 seed, const protocol::Catalog &catalog);

    // The popular (type, region) pairs that have history and books, those of
    // them the catalog has.
    const QList<DemoInstrument> &instruments() const { return m_instruments; }

    // The fair price in cents per slot-hour at a time (ms since the epoch, UTC).
    double fairPrice(const DemoInstrument &instrument, qint64 atMs) const;
    qint64 fairCents(const DemoInstrument &instrument, qint64 atMs) const;
    // How busy the instrument's region is: 0 in the local small hours, 1 in
    // the early afternoon.
    double activity(const DemoInstrument &instrument, qint64 atMs) const;

    // The price step for a price: about 1 %, at least one cent.
    static qint64 tick(qint64 price);
    // How many ticks away from the fair price the books reach (4 to 12, about 30 %).
    static int bookReach(qint64 price);
    // About 1.2 cents per vCPU-hour, 0.3 per GiB of RAM, a little for disk and
    // 45 per GPU.
    static double basePrice(const protocol::InstanceType &type);
    // US East is the cheapest, Europe about 10 % more, Asia-Pacific, South
    // America and Africa 15 to 35 % more.
    static double regionFactor(const QString &region);

private:
    double localHour(const DemoInstrument &instrument, qint64 atMs) const;
    // Smooth noise in [-1, 1]: hashed knots every `periodMs`, eased between.
    double drift(quint64 stream, qint64 atMs, qint64 periodMs) const;

    quint64 m_seed;
    QList<DemoInstrument> m_instruments;
};

} // namespace sc::broker
