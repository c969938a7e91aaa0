#pragma once

// A month of usage written in bulk SQL, as BillingService would have written
// it: buyers with a top-up, sellers with a provider, two leases per buyer,
// and `records` captures (one ledger transaction and one meter record each)
// spread over [startMs, endMs). For bench_monthend and tst_monthendcrash.
#include "core/billing/BillingService.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"

#include <random>

namespace sc::test {

inline qint64 writeMonthOfUsage(sc::broker::Database &database, sc::broker::Ledger &ledger, qint64 startMs,
                                qint64 endMs, qint64 records, int buyers, int kSellers = 50)
{
    using namespace Qt::StringLiterals;
    using namespace sc::broker;
    constexpr int kLeasesPerBuyer = 2;
    // Organizations, users, providers, one ask per provider, one bid and
    // trade per lease; then the captures.
    Transaction transaction(database);
    QList<qint64> sellers, providers;
    for (int s = 0; s < kSellers; ++s) {
        const qint64 organization = database
                                        .exec(
                                            u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                                            "VALUES (?, 'seller', 'active', 'NL', 0)"_s,
                                            {u"Seller %1"_s.arg(s)})
                                        .lastInsertId()
                                        .toLongLong();
        sellers.append(organization);
        providers.append(database
                             .exec(u"INSERT INTO providers (organization_id, name, pseudonym, created_at) "
                                   "VALUES (?, ?, ?, 0)"_s,
                                   {organization, u"Cloud %1"_s.arg(s), u"Provider %1"_s.arg(s)})
                             .lastInsertId()
                             .toLongLong());
        database.exec(u"INSERT INTO asks (provider_id, organization_id, instance_type_id, region_id, quantity, "
                      "open_quantity, price_per_hour, currency, available_from, available_until, "
                      "min_lease_hours, max_lease_hours, status, created_at, updated_at) VALUES "
                      "(?, ?, 'c1.medium', 'eu-de-fra', 1000000, 0, 100, 'EUR', 0, ?, 1, 1000, 'filled', 0, 0)"_s,
                      {providers.constLast(), organization, endMs});
    }
    // Accounts, created once.
    QList<qint64> clearing{ledger.accountFor(AccountKind::PaymentClearing, std::nullopt, u"EUR"_s)};
    const qint64 revenue = ledger.accountFor(AccountKind::BrokerRevenue, std::nullopt, u"EUR"_s);
    const qint64 tax = ledger.accountFor(AccountKind::TaxPayable, std::nullopt, u"EUR"_s);
    QList<qint64> payable;
    for (qint64 seller : sellers)
        payable.append(ledger.accountFor(AccountKind::SellerPayable, seller, u"EUR"_s));

    std::mt19937_64 random(20261101);
    const qint64 perLease = std::max<qint64>(1, records / (qint64(buyers) * kLeasesPerBuyer));
    const qint64 span = (endMs - startMs) / perLease;
    qint64 written = 0;
    for (int b = 0; b < buyers && written < records; ++b) {
        const qint64 organization = database
                                        .exec(
                                            u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                                            "VALUES (?, 'buyer', 'active', ?, 0)"_s,
                                            {u"Buyer %1"_s.arg(b), b % 3 == 0 ? u"US"_s : u"DE"_s})
                                        .lastInsertId()
                                        .toLongLong();
        const qint64 user = database
                                .exec(u"INSERT INTO users (organization_id, email, display_name, role, "
                                      "password_hash, created_at, password_changed_at) "
                                      "VALUES (?, ?, 'Buyer', 'buyer', 'x', 0, 0)"_s,
                                      {organization, u"b%1@example.org"_s.arg(b)})
                                .lastInsertId()
                                .toLongLong();
        const qint64 balanceAccount = ledger.accountFor(AccountKind::BuyerBalance, organization, u"EUR"_s);
        const int vat = b % 3 == 0 ? 0 : 1900;
        // A top-up large enough for the month.
        const qint64 topUp = 1'000'000;
        const qint64 topUpId = database
                                   .exec(u"INSERT INTO ledger_transactions (kind, reference, description, "
                                         "created_at) VALUES ('topup', ?, 'Top-up', ?)"_s,
                                         {u"bench-topup-%1"_s.arg(b), startMs})
                                   .lastInsertId()
                                   .toLongLong();
        database.exec(u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) VALUES "
                      "(?, ?, ?, 'EUR'), (?, ?, ?, 'EUR')"_s,
                      {topUpId, clearing.constFirst(), -topUp, topUpId, balanceAccount, topUp});
        for (int l = 0; l < kLeasesPerBuyer && written < records; ++l) {
            const int s = int(random() % kSellers);
            const qint64 price = 20 + qint64(random() % 400);
            const qint64 bid = database
                                   .exec(u"INSERT INTO bids (organization_id, user_id, instance_type_id, "
                                         "region_ids, max_price_per_hour, currency, duration_hours, quantity, "
                                         "filled_quantity, time_in_force, status, created_at, updated_at) VALUES "
                                         "(?, ?, 'c1.medium', 'eu-de-fra', ?, 'EUR', 744, 1, 1, 'ioc', 'filled', "
                                         "?, ?)"_s,
                                         {organization, user, price, startMs, startMs})
                                   .lastInsertId()
                                   .toLongLong();
            const qint64 trade = database
                                     .exec(u"INSERT INTO trades (bid_id, ask_id, instance_type_id, region_id, "
                                           "price_per_hour, currency, quantity, taker_side, executed_at) VALUES "
                                           "(?, ?, 'c1.medium', 'eu-de-fra', ?, 'EUR', 1, 'buy', ?)"_s,
                                           {bid, s + 1, price, startMs})
                                     .lastInsertId()
                                     .toLongLong();
            const qint64 lease = database
                                     .exec(u"INSERT INTO leases (trade_id, organization_id, user_id, provider_id, "
                                           "instance_type_id, region_id, price_per_hour, currency, starts_at, "
                                           "ends_at, status, created_at) VALUES (?, ?, ?, ?, 'c1.medium', "
                                           "'eu-de-fra', ?, 'EUR', ?, ?, 'ended', ?)"_s,
                                           {trade, organization, user, providers.at(s), price, startMs, endMs, startMs})
                                     .lastInsertId()
                                     .toLongLong();
            for (qint64 r = 0; r < perLease && written < records; ++r, ++written) {
                const qint64 from = startMs + r * span;
                const qint64 to = from + span;
                const qint64 seconds = span / 1000;
                const qint64 net = std::max<qint64>(1, seconds * price / 3600);
                const qint64 gross = BillingService::grossOf(net, vat);
                const qint64 commission = (net * 2000 + 5'000) / 10'000;
                const qint64 id = database
                                      .exec(
                                          u"INSERT INTO ledger_transactions (kind, reference, description, "
                                          "created_at) VALUES ('capture', ?, ?, ?)"_s,
                                          {u"meter:%1:%2"_s.arg(lease).arg(to), u"Usage of lease %1"_s.arg(lease), to})
                                      .lastInsertId()
                                      .toLongLong();
                const QString leg = u"INSERT INTO ledger_entries (transaction_id, account_id, amount, currency) "
                                    "VALUES (?, ?, ?, 'EUR')"_s;
                database.exec(leg, {id, balanceAccount, -gross});
                database.exec(leg, {id, payable.at(s), net - commission});
                if (commission > 0)
                    database.exec(leg, {id, revenue, commission});
                if (gross > net)
                    database.exec(leg, {id, tax, gross - net});
                database.exec(u"INSERT INTO billing_meter_records (lease_id, organization_id, "
                              "seller_organization_id, provider_id, period, from_ms, to_ms, seconds, net, vat, "
                              "commission, currency, ledger_transaction_id) VALUES "
                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?)"_s,
                              {lease,
                               organization,
                               sellers.at(s),
                               providers.at(s),
                               BillingService::periodOf(startMs),
                               from,
                               to,
                               seconds,
                               net,
                               gross - net,
                               commission,
                               id});
            }
        }
    }
    // The balance cache, as the ledger keeps it.
    database.exec(u"INSERT OR REPLACE INTO ledger_balances (account_id, balance, entry_count) "
                  "SELECT account_id, SUM(amount), COUNT(*) FROM ledger_entries GROUP BY account_id"_s);
    transaction.commit();
    return written;
}

} // namespace sc::test
