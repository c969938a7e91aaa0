#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QCoreApplication>

namespace sc::ui {

// Says in words why a search found nothing: for each constraint, how many
// open offers it excluded ("Offers that cost more than your €0.30/h maximum:
// 12"), and the offers that missed by one constraint with what they miss.
// Only pseudonyms and ratings name providers.
class NoMatchExplanation
{
    Q_DECLARE_TR_FUNCTIONS(NoMatchExplanation)

public:
    // Empty when the result has offers.
    static QString describe(const client::MarketClient::OfferSearchResult &result,
                            const client::MarketClient::OfferFilter &filter, const CatalogIndex &catalog);
    static QString constraintLine(const QString &constraint, qint64 count,
                                  const client::MarketClient::OfferFilter &filter, const CatalogIndex &catalog);
    static QString nearMissLine(const client::MarketClient::NearMiss &nearMiss,
                                const client::MarketClient::OfferFilter &filter, const CatalogIndex &catalog);
    // "Nimbus-3FA2 (★ 4.2)"
    static QString providerBadge(const protocol::ProviderBadge &provider);
};

} // namespace sc::ui
