#include "ui/market/NoMatchExplanation.h"

#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {

// The order the broker ranks near misses in: the nearest first.
const QStringList kConstraintOrder{u"maxPricePerHour"_s,
                                   u"minAvailableHours"_s,
                                   u"minRating"_s,
                                   u"distance"_s,
                                   u"regions"_s,
                                   u"countries"_s,
                                   u"minDiskGiB"_s,
                                   u"minMemoryMiB"_s,
                                   u"minVcpus"_s,
                                   u"instanceType"_s};

QString gib(int mebibytes)
{
    return QLocale().toString(mebibytes / 1024.0, 'g', QLocale::FloatingPointShortest);
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

QString NoMatchExplanation::providerBadge(const protocol::ProviderBadge &provider)
{
    return tr("%1 (★ %2)").arg(provider.pseudonym, QLocale().toString(provider.rating, 'f', 1));
}

QString NoMatchExplanation::describe(const MarketClient::OfferSearchResult &result,
                                     const MarketClient::OfferFilter &filter, const CatalogIndex &catalog)
{
    if (!result.offers.isEmpty())
        return {};
    if (result.excludedBy.isEmpty())
        return tr("There are no open offers on the market right now.");

    QStringList lines{tr("No open offer meets all of your conditions.")};
    QStringList constraints = result.excludedBy.keys();
    std::stable_sort(constraints.begin(), constraints.end(), [](const QString &a, const QString &b) {
        return kConstraintOrder.indexOf(a) < kConstraintOrder.indexOf(b);
    });
    for (const QString &constraint : constraints)
        lines.append(u"• "_s + constraintLine(constraint, result.excludedBy.value(constraint), filter, catalog));
    if (!result.nearMisses.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Nearly matching:"));
        for (const auto &nearMiss : result.nearMisses)
            lines.append(u"• "_s + nearMissLine(nearMiss, filter, catalog));
    }
    return lines.join(u'\n');
}

QString NoMatchExplanation::constraintLine(const QString &constraint, qint64 count,
                                           const MarketClient::OfferFilter &filter, const CatalogIndex &catalog)
{
    const QLocale locale;
    const QString n = locale.toString(count);
    if (constraint == u"maxPricePerHour") {
        return tr("Offers that cost more than your %1 maximum: %2")
            .arg(MoneyFormat::perHour(filter.maxPricePerHour.value_or(0), {}), n);
    }
    if (constraint == u"minRating")
        return tr("Offers from providers rated below %1: %2").arg(locale.toString(filter.minRating, 'f', 1), n);
    if (constraint == u"minAvailableHours") {
        return tr("Offers not available for the %1 hours you need: %2")
            .arg(locale.toString(filter.minAvailableHours), n);
    }
    if (constraint == u"instanceType")
        return tr("Offers of other instance types than %1: %2").arg(filter.instanceType, n);
    if (constraint == u"minVcpus")
        return tr("Offers with fewer than %1 vCPUs: %2").arg(locale.toString(filter.minVcpus), n);
    if (constraint == u"minMemoryMiB")
        return tr("Offers with less than %1 GiB of RAM: %2").arg(gib(filter.minMemoryMiB), n);
    if (constraint == u"minDiskGiB")
        return tr("Offers with less than %1 GiB of disk: %2").arg(locale.toString(filter.minDiskGiB), n);
    if (constraint == u"countries") {
        QStringList names;
        for (const QString &code : filter.countries)
            names.append(countryName(code));
        return tr("Offers outside %1: %2").arg(names.join(u", "_s), n);
    }
    if (constraint == u"regions") {
        QStringList names;
        for (const QString &region : filter.regions)
            names.append(catalog.regionName(region));
        return tr("Offers in other regions than %1: %2").arg(names.join(u", "_s), n);
    }
    if (constraint == u"distance")
        return tr("Offers too far away: %1").arg(n);
    return tr("Offers excluded by “%1”: %2").arg(constraint, n);
}

QString NoMatchExplanation::nearMissLine(const MarketClient::NearMiss &nearMiss,
                                         const MarketClient::OfferFilter &filter, const CatalogIndex &catalog)
{
    const protocol::Offer &offer = nearMiss.offer;
    const QLocale locale;
    QStringList misses;
    for (const MarketClient::Miss &miss : nearMiss.missed) {
        const QString &constraint = miss.constraint;
        if (constraint == u"maxPricePerHour" && filter.maxPricePerHour) {
            misses.append(tr("costs %1 more than your maximum")
                              .arg(MoneyFormat::perHour(offer.pricePerHour - *filter.maxPricePerHour, offer.currency)));
        } else if (constraint == u"minRating") {
            misses.append(tr("is rated %1").arg(locale.toString(offer.provider.rating, 'f', 1)));
        } else if (constraint == u"instanceType") {
            misses.append(tr("is a %1").arg(offer.instanceType));
        } else if (constraint == u"minVcpus" && catalog.type(offer.instanceType)) {
            misses.append(tr("has %1 vCPUs").arg(locale.toString(catalog.type(offer.instanceType)->vcpus)));
        } else if (constraint == u"minMemoryMiB" && catalog.type(offer.instanceType)) {
            misses.append(tr("has %1 GiB of RAM").arg(gib(catalog.type(offer.instanceType)->memoryMiB)));
        } else if (constraint == u"minDiskGiB" && catalog.type(offer.instanceType)) {
            misses.append(tr("has %1 GiB of disk").arg(locale.toString(catalog.type(offer.instanceType)->diskGiB)));
        } else if ((constraint == u"countries" || constraint == u"regions") && catalog.region(offer.region)) {
            misses.append(tr("is in %1").arg(catalog.location(offer.region)));
        } else if (constraint == u"minAvailableHours") {
            misses.append(tr("is available until %1")
                              .arg(locale.toString(offer.availableUntil.toLocalTime(), QLocale::ShortFormat)));
        } else {
            misses.append(miss.detail); // the broker's own words
        }
    }
    return tr("%1: %2 at %3 — %4")
        .arg(providerBadge(offer.provider),
             catalog.instrumentLabel(offer.instanceType, offer.region),
             MoneyFormat::perHour(offer.pricePerHour, offer.currency),
             misses.join(u"; "_s));
}

} // namespace sc::ui
