#pragma once

#include "core/auth/Principal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sc::broker {

class Database;
class DemoRandom;

// Who trades in the demo market: simulated seller organizations with their
// providers (each serving a few regions), simulated buyer organizations, and
// the demo's own buyer and seller accounts. The simulated names are
// distinctive on purpose: buyers must never see them, and the opaqueness scan
// looks for them in every buyer-facing response.
class DemoParticipants
{
public:
    struct Trader
    {
        qint64 organizationId = 0;
        qint64 userId = 0;
        Role role = Role::Buyer;
        bool isValid() const { return organizationId > 0 && userId > 0; }
        // What MarketService needs to act for this trader.
        Principal principal() const;
    };
    struct Provider
    {
        qint64 id = 0;
        Trader owner;
        double rating = 0;
        QStringList regions;
        bool demoSeller = false; // the demo's own seller account
    };

    // Makes the simulated organizations, users and providers (and the demo
    // seller's two providers) that do not exist yet, in one transaction, and
    // returns all of them. Ratings and pseudonyms come from `random`. Missing
    // demo accounts (user id 0) are left out. Throws DatabaseError.
    static DemoParticipants ensure(Database &database, qint64 nowMs, DemoRandom &random, qint64 demoBuyerUserId,
                                   qint64 demoSellerUserId);

    const QList<Provider> &providers() const { return m_providers; }
    const QList<Trader> &simulatedBuyers() const { return m_buyers; }
    const Trader &demoBuyer() const { return m_demoBuyer; }
    const Trader &demoSeller() const { return m_demoSeller; }
    // Providers that serve a region; the demo seller's only when asked for.
    QList<Provider> providersIn(const QString &region, bool withDemoSeller) const;
    // The simulated organizations (never the demo accounts).
    QList<qint64> simulatedSellerOrganizations() const;
    QList<qint64> simulatedBuyerOrganizations() const;

private:
    QList<Provider> m_providers;
    QList<Trader> m_buyers;
    Trader m_demoBuyer;
    Trader m_demoSeller;
};

} // namespace sc::broker
