#pragma once

#include <QtGlobal>

namespace sc::broker {

class Clock;
class Database;

// Gives the offline demo a past in money, once, on its first start: the demo
// buyer's top-up five weeks ago, its leases of the seeded market history that
// have ended (their instances ran from two minutes after the trade to the
// lease's end), metered day by day through BillingService as if the broker had
// been running, and last month's month-end (invoices, statements, payouts).
// Every amount goes through the same services as live usage, each with a
// clock set to when it happened.
class DemoBilling
{
public:
    struct Accounts
    {
        qint64 buyerOrganizationId = 0;
        qint64 buyerUserId = 0;
    };
    // Throws DatabaseError. Does nothing when the demo buyer was billed before.
    static void seed(Database &database, const Clock &clock, const Accounts &accounts);
    // The demo buyer's top-up, dated five weeks before `now` (idempotent).
    static void topUpDemoBuyer(Database &database, const Clock &clock, qint64 organizationId);
};

} // namespace sc::broker
