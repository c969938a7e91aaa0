#include "client/MarketClient.h"
#include "protocol/CatalogDto.h"
#include "ui/market/AskModel.h"
#include "ui/market/BidModel.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/InstrumentModel.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/NoMatchExplanation.h"
#include "ui/market/OfferModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;
using sc::protocol::InstrumentSummary;
using sc::ui::AskModel;
using sc::ui::BidModel;
using sc::ui::CatalogIndex;
using sc::ui::InstrumentModel;
using sc::ui::MoneyFormat;
using sc::ui::NoMatchExplanation;
using sc::ui::OfferModel;

namespace {

CatalogIndex sampleCatalog()
{
    sc::protocol::Catalog catalog;
    catalog.instanceTypes = {{u"g1.small"_s, u"General purpose small"_s, u"general"_s, 2, 8192, 50, 0},
                             {u"gpu1.large"_s, u"GPU large"_s, u"gpu"_s, 8, 65536, 200, 1}};
    catalog.regions = {{u"eu-de-fra"_s, u"Frankfurt"_s, u"DE"_s, u"Frankfurt am Main"_s, 50.1, 8.7},
                       {u"eu-gb-lon"_s, u"London"_s, u"GB"_s, u"London"_s, 51.5, -0.1}};
    return CatalogIndex(catalog);
}

InstrumentSummary instrument(const QString &type, const QString &region, std::optional<qint64> last,
                             std::optional<qint64> change, qint64 volume)
{
    InstrumentSummary summary;
    summary.instanceType = type;
    summary.region = region;
    summary.currency = u"EUR"_s;
    summary.lastPrice = last;
    summary.change24h = change;
    summary.volume24h = volume;
    summary.bestAsk = last ? std::optional<qint64>(*last + 2) : std::nullopt;
    summary.openAskQuantity = 4;
    return summary;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// An offer search as the broker answers it when nothing matched.
constexpr char kNoMatch[] = R"json({
  "offers": [], "total": 0,
  "excludedBy": {"maxPricePerHour": 12, "countries": 3},
  "nearMisses": [
    {"offer": {"id": 7, "instanceType": "g1.small", "region": "eu-de-fra", "pricePerHour": 35, "currency": "EUR",
               "availableQuantity": 2, "availableUntil": "2026-12-01T00:00:00.000Z", "minLeaseHours": 1,
               "maxLeaseHours": 72, "renewableHours": 0, "provider": {"pseudonym": "Nimbus-3FA2", "rating": 4.2}},
     "missed": [{"constraint": "maxPricePerHour", "detail": "costs 0.35 per hour, 0.05 over your maximum"}]}
  ]
})json";

} // namespace

class tst_MarketModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void moneyFormat_data();
    void moneyFormat();
    void instrumentModelPassesModelTester();
    void instrumentRefreshKeepsRowsInPlace();
    void instrumentDisplayAndSorting();
    void offerModelShowsOnlyPseudonymAndRating();
    void bidAndAskModelsPassModelTester();
    void offerSearchParsesReasons();
    void explanationSaysWhyInWords();
    void explanationWhenMarketIsEmpty();
};

void tst_MarketModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MarketModels::moneyFormat_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("perHour");
    QTest::addColumn<QString>("signedPerHour");
    QTest::newRow("cents") << qint64(42) << u"€0.42/h"_s << u"+€0.42/h"_s;
    QTest::newRow("zero") << qint64(0) << u"€0.00/h"_s << u"±€0.00/h"_s;
    QTest::newRow("euros") << qint64(123456) << u"€1,234.56/h"_s << u"+€1,234.56/h"_s;
    QTest::newRow("negative") << qint64(-5) << u"−€0.05/h"_s << u"−€0.05/h"_s;
}

void tst_MarketModels::moneyFormat()
{
    QFETCH(qint64, cents);
    QFETCH(QString, perHour);
    QFETCH(QString, signedPerHour);
    QCOMPARE(MoneyFormat::perHour(cents, u"EUR"_s), perHour);
    QCOMPARE(MoneyFormat::signedPerHour(cents, u"EUR"_s), signedPerHour);
    QCOMPARE(MoneyFormat::centsFromUnits(MoneyFormat::unitsFromCents(cents)), cents);
    QCOMPARE(MoneyFormat::centsFromUnits(0.29 + 0.01), qint64(30)); // rounded, not truncated
}

void tst_MarketModels::instrumentModelPassesModelTester()
{
    InstrumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(InstrumentModel::SortRole);
    proxy.sort(InstrumentModel::LastPriceColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setCatalog(sampleCatalog());
    model.setInstruments({instrument(u"g1.small"_s, u"eu-de-fra"_s, 42, 2, 10),
                          instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, std::nullopt, std::nullopt, 0)});
    QCOMPARE(model.rowCount(), 2);
    // Changes, removals and insertions in one refresh.
    model.setInstruments({instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, 300, std::nullopt, 1),
                          instrument(u"g1.small"_s, u"eu-gb-lon"_s, 40, -1, 3)});
    QCOMPARE(model.rowCount(), 2);
    model.setInstruments({});
    QCOMPARE(model.rowCount(), 0);
    model.setInstruments({instrument(u"g1.small"_s, u"eu-de-fra"_s, 42, 2, 10)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_MarketModels::instrumentRefreshKeepsRowsInPlace()
{
    InstrumentModel model;
    model.setInstruments(
        {instrument(u"g1.small"_s, u"eu-de-fra"_s, 42, 2, 10), instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, 300, 0, 1)});
    const QPersistentModelIndex selected = model.index(1, InstrumentModel::LastPriceColumn);
    int resets = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });

    // The same instruments with new prices, in another order, plus a new one.
    model.setInstruments({instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, 310, 10, 2),
                          instrument(u"g1.small"_s, u"eu-de-fra"_s, 42, 2, 10),
                          instrument(u"g1.small"_s, u"eu-gb-lon"_s, 40, std::nullopt, 0)});
    QCOMPARE(resets, 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(InstrumentModel::InstanceTypeRole).toString(), u"gpu1.large"_s);
    QCOMPARE(selected.data().toString(), u"€3.10/h"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(u"g1.small"_s, u"eu-gb-lon"_s), 2);

    // An instrument that leaves the market takes only its own row.
    model.setInstruments({instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, 310, 10, 2)});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 0);
}

void tst_MarketModels::instrumentDisplayAndSorting()
{
    InstrumentModel model;
    model.setCatalog(sampleCatalog());
    model.setInstruments({instrument(u"g1.small"_s, u"eu-de-fra"_s, 42, 2, 1000),
                          instrument(u"gpu1.large"_s, u"eu-gb-lon"_s, 300, -30, 5),
                          instrument(u"g1.small"_s, u"eu-gb-lon"_s, std::nullopt, std::nullopt, 0)});
    auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, InstrumentModel::RegionColumn).toString(), u"Frankfurt, DE"_s);
    QVERIFY(
        cell(0, InstrumentModel::RegionColumn, Qt::ToolTipRole).toString().contains(u"Frankfurt am Main, Germany"_s));
    QCOMPARE(cell(0, InstrumentModel::LastPriceColumn).toString(), u"€0.42/h"_s);
    QCOMPARE(cell(0, InstrumentModel::ChangeColumn).toString(), u"+5.0 %"_s);
    QCOMPARE(cell(0, InstrumentModel::ChangeColumn, Qt::ToolTipRole).toString(), u"+€0.02/h against 24 hours ago"_s);
    QCOMPARE(cell(1, InstrumentModel::ChangeColumn).toString(), u"−9.1 %"_s);
    QCOMPARE(cell(0, InstrumentModel::VolumeColumn).toString(), u"1,000"_s);
    QCOMPARE(cell(2, InstrumentModel::LastPriceColumn).toString(), u"—"_s);
    QCOMPARE(cell(2, InstrumentModel::ChangeColumn).toString(), u"—"_s);
    QCOMPARE(cell(0, InstrumentModel::TypeColumn, Qt::ToolTipRole).toString(), u"2 vCPU · 8 GiB"_s);

    // Rises green, falls red, no change in the default colour.
    const QPalette palette = QGuiApplication::palette();
    QCOMPARE(cell(0, InstrumentModel::ChangeColumn, Qt::ForegroundRole).value<QColor>(),
             sc::ui::MarketColors::rising(palette));
    QCOMPARE(cell(1, InstrumentModel::ChangeColumn, Qt::ForegroundRole).value<QColor>(),
             sc::ui::MarketColors::falling(palette));
    QVERIFY(!cell(2, InstrumentModel::ChangeColumn, Qt::ForegroundRole).isValid());

    // Money right-aligned, names left; headers carry the units.
    QCOMPARE(cell(0, InstrumentModel::LastPriceColumn, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(cell(0, InstrumentModel::TypeColumn, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
    QCOMPARE(model.headerData(InstrumentModel::VolumeColumn, Qt::Horizontal).toString(), u"24 h volume\n(slots)"_s);

    // Prices sort as numbers, not text (€3.00 after €0.42); no price sorts first.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(InstrumentModel::SortRole);
    proxy.sort(InstrumentModel::LastPriceColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, InstrumentModel::LastPriceColumn).data().toString(), u"—"_s);
    QCOMPARE(proxy.index(1, InstrumentModel::LastPriceColumn).data().toString(), u"€0.42/h"_s);
    QCOMPARE(proxy.index(2, InstrumentModel::LastPriceColumn).data().toString(), u"€3.00/h"_s);
}

void tst_MarketModels::offerModelShowsOnlyPseudonymAndRating()
{
    OfferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(sampleCatalog());
    const auto result = MarketClient::parseOfferSearch(json(kNoMatch));
    QVERIFY(result);
    sc::protocol::Offer offer = result->nearMisses.constFirst().offer;
    model.setOffers({offer});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OfferModel::ProviderColumn).data().toString(), u"Nimbus-3FA2"_s);
    QCOMPARE(model.index(0, OfferModel::RatingColumn).data().toString(), u"★ 4.2"_s);
    QCOMPARE(model.index(0, OfferModel::PriceColumn).data().toString(), u"€0.35/h"_s);
    QCOMPARE(model.index(0, OfferModel::LeaseColumn).data().toString(), u"1–72"_s);
    QCOMPARE(model.index(0, OfferModel::RegionColumn).data().toString(), u"Frankfurt"_s);
    offer.pricePerHour = 30;
    model.setOffers({offer});
    QCOMPARE(model.index(0, OfferModel::PriceColumn).data().toString(), u"€0.30/h"_s);
    model.setOffers({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_MarketModels::bidAndAskModelsPassModelTester()
{
    BidModel bids;
    QAbstractItemModelTester bidTester(&bids, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sc::protocol::Bid bid;
    bid.id = 3;
    bid.instanceType = u"g1.small"_s;
    bid.regions = {u"eu-de-fra"_s, u"eu-gb-lon"_s};
    bid.maxPricePerHour = 50;
    bid.currency = u"EUR"_s;
    bid.durationHours = 4;
    bid.quantity = 3;
    bid.filledQuantity = 1;
    bid.timeInForce = u"gtc"_s;
    bid.status = u"open"_s;
    bids.setCatalog(sampleCatalog());
    bids.setBids({bid});
    QCOMPARE(bids.index(0, BidModel::RegionsColumn).data().toString(), u"Frankfurt, London"_s);
    QCOMPARE(bids.index(0, BidModel::FilledColumn).data().toString(), u"1 of 3"_s);
    QCOMPARE(bids.index(0, BidModel::OrderColumn).data().toString(), u"Limit"_s);
    QCOMPARE(bids.index(0, BidModel::IdColumn).data(BidModel::IdRole).toLongLong(), qint64(3));
    sc::protocol::Bid second = bid;
    second.id = 4;
    second.timeInForce = u"ioc"_s;
    bids.setBids({bid, second});
    bids.setBids({second});
    QCOMPARE(bids.rowCount(), 1);
    QCOMPARE(bids.index(0, BidModel::OrderColumn).data().toString(), u"Buy now"_s);

    AskModel asks;
    QAbstractItemModelTester askTester(&asks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sc::protocol::Ask ask;
    ask.id = 9;
    ask.providerId = 1;
    ask.instanceType = u"g1.small"_s;
    ask.region = u"eu-de-fra"_s;
    ask.quantity = 5;
    ask.openQuantity = 2;
    ask.pricePerHour = 42;
    ask.currency = u"EUR"_s;
    ask.minLeaseHours = 2;
    ask.maxLeaseHours = 48;
    ask.status = u"open"_s;
    asks.setAsks({ask});
    QCOMPARE(asks.index(0, AskModel::OpenColumn).data().toString(), u"2 of 5"_s);
    QCOMPARE(asks.index(0, AskModel::PriceColumn).data().toString(), u"€0.42/h"_s);
    QCOMPARE(asks.index(0, AskModel::StatusColumn).data().toString(), u"Open"_s);
    ask.status = u"withdrawn"_s;
    asks.setAsks({ask});
    QCOMPARE(asks.index(0, AskModel::StatusColumn).data().toString(), u"Withdrawn"_s);
    asks.clear();
    QCOMPARE(asks.rowCount(), 0);
}

void tst_MarketModels::offerSearchParsesReasons()
{
    const auto result = MarketClient::parseOfferSearch(json(kNoMatch));
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY(result->offers.isEmpty());
    QCOMPARE(result->excludedBy.value(u"maxPricePerHour"_s), qint64(12));
    QCOMPARE(result->excludedBy.value(u"countries"_s), qint64(3));
    QCOMPARE(result->nearMisses.size(), 1);
    QCOMPARE(result->nearMisses.constFirst().missed.constFirst().constraint, u"maxPricePerHour"_s);

    MarketClient::OfferFilter filter;
    filter.instanceType = u"g1.small"_s;
    filter.countries = {u"DE"_s, u"GB"_s};
    filter.maxPricePerHour = 30;
    filter.minRating = 3.5;
    const QUrlQuery query = filter.toQuery();
    QCOMPARE(query.queryItemValue(u"countries"_s), u"DE,GB"_s);
    QCOMPARE(query.queryItemValue(u"maxPricePerHour"_s), u"30"_s);
    QCOMPARE(query.queryItemValue(u"minRating"_s), u"3.5"_s);
    QVERIFY(!query.hasQueryItem(u"minVcpus"_s)); // zero is no constraint

    // A broken answer is an error, not a crash or an empty result.
    const auto broken = MarketClient::parseOfferSearch(json(R"({"offers": [{"id": "x"}]})"));
    QVERIFY(!broken);
}

void tst_MarketModels::explanationSaysWhyInWords()
{
    const auto result = MarketClient::parseOfferSearch(json(kNoMatch));
    QVERIFY(result);
    MarketClient::OfferFilter filter;
    filter.maxPricePerHour = 30;
    filter.countries = {u"DE"_s};
    const QString text = NoMatchExplanation::describe(*result, filter, sampleCatalog());
    QVERIFY2(text.contains(u"Offers that cost more than your €0.30/h maximum: 12"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Offers outside Germany: 3"_s), qPrintable(text));
    // The price comes first: it is the nearest miss.
    QVERIFY(text.indexOf(u"maximum: 12"_s) < text.indexOf(u"outside Germany"_s));
    QVERIFY2(text.contains(
                 u"Nimbus-3FA2 (★ 4.2): g1.small in Frankfurt at €0.35/h — costs €0.05/h more than your maximum"_s),
             qPrintable(text));

    // Offers found: nothing to explain.
    MarketClient::OfferSearchResult found = *result;
    found.offers.append(found.nearMisses.constFirst().offer);
    QVERIFY(NoMatchExplanation::describe(found, filter, sampleCatalog()).isEmpty());
}

void tst_MarketModels::explanationWhenMarketIsEmpty()
{
    const auto result = MarketClient::parseOfferSearch(
        json(R"({"offers": [], "total": 0, "excludedBy": {}, "nearMisses": []})"));
    QVERIFY(result);
    QCOMPARE(NoMatchExplanation::describe(*result, {}, sampleCatalog()),
             u"There are no open offers on the market right now."_s);
}

QTEST_MAIN(tst_MarketModels)
#include "tst_marketmodels.moc"
