#pragma once

#include <QtGlobal>

namespace sc::broker {

class Database;
class DemoParticipants;
class DemoPriceModel;
class DemoRandom;

// The demo market's past: days of trades for every instrument of the price
// model, written straight into the store with the filled ask and bid each
// trade matched (so every foreign key and order invariant holds), and leases
// for the demo buyer's few trades. Trades come every hour or so, every 5 to
// 20 minutes in the last two days and every few minutes in the last hours,
// more often in the local daytime, so 1 m, 1 h and 1 d candles all have
// something to show.
class DemoHistory
{
public:
    struct Summary
    {
        qint64 trades = 0;
        qint64 leases = 0;
        int instruments = 0;
    };

    // One transaction; throws DatabaseError.
    static Summary write(Database &database, const DemoPriceModel &prices, const DemoParticipants &participants,
                         DemoRandom &random, qint64 nowMs, int days = 30);
};

} // namespace sc::broker
